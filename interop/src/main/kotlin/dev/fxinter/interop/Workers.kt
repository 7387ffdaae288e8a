@file:JvmName("FxWorkersKt")

package dev.fxinter.interop

import dev.fxinter.interop.internal.CoroutineWorker
import javafx.concurrent.Worker
import kotlin.coroutines.CoroutineContext
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.Dispatchers

/**
 * Starts [block] in a child coroutine of this scope, on [context], and returns a
 * `javafx.concurrent.Worker` for progress bars and cancel buttons, following `Task`'s rules as
 * [FxTasks.worker] does: [block] reports through its [WorkerScope] receiver, coalesced onto the FX
 * thread; `worker.cancel()` cancels the coroutine; cancelling this scope cancels the Worker. A
 * failure sets `exception` and FAILED and goes nowhere else (see the overload with [WorkerFailure]).
 */
fun <T> CoroutineScope.launchWorker(
    context: CoroutineContext = Dispatchers.Default,
    block: suspend WorkerScope.() -> T,
): Worker<T> = CoroutineWorker.start(this, context, WorkerFailure.KEEP, block)

/**
 * [launchWorker], choosing where a failure goes besides the Worker: with [WorkerFailure.REPORT] it
 * also reaches this scope's `CoroutineExceptionHandler` (without cancelling the scope).
 */
fun <T> CoroutineScope.launchWorker(
    failure: WorkerFailure,
    context: CoroutineContext = Dispatchers.Default,
    block: suspend WorkerScope.() -> T,
): Worker<T> = CoroutineWorker.start(this, context, failure, block)
