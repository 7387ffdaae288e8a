@file:JvmName("SuspendLambdas")

package dev.fxinter.interop.internal

import dev.fxinter.dispatcher.SuspendBlock
import kotlin.coroutines.intrinsics.startCoroutineUninterceptedOrReturn
import kotlinx.coroutines.CoroutineScope

/**
 * A Kotlin suspend lambda as the Java facades' [SuspendBlock], for the Kotlin API that wraps them:
 * the block is started on the continuation kotlinx hands to [SuspendBlock]'s `invoke`, and returns
 * its value or `COROUTINE_SUSPENDED` (the documented use of `startCoroutineUninterceptedOrReturn`).
 * No cast: a Kotlin suspend lambda is not required to be a `Function2` at run time.
 */
fun <T> (suspend CoroutineScope.() -> T).asSuspendBlock(): SuspendBlock<T> =
    SuspendBlock { scope, cont -> startCoroutineUninterceptedOrReturn(scope, cont) }
