@file:JvmName("FxTests")

package dev.fxinter.test

import dev.fxinter.dispatcher.internal.DrainQueue
import dev.fxinter.interop.FxThread
import dev.fxinter.test.internal.FxTestSession
import java.util.concurrent.CompletableFuture
import java.util.concurrent.TimeUnit
import kotlin.coroutines.cancellation.CancellationException
import kotlin.time.Duration
import kotlin.time.Duration.Companion.seconds
import kotlin.time.toJavaDuration
import kotlinx.coroutines.CoroutineName
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.coroutineScope
import kotlinx.coroutines.launch
import kotlinx.coroutines.yield

/**
 * The scope of a [runFxTest] body: a coroutine on the FX thread whose `delay`s skip ahead in
 * virtual time.
 */
interface FxTestScope : CoroutineScope {
    /** Virtual milliseconds since the test began. */
    val currentTime: Long

    /**
     * Moves virtual time by [millis], firing the due FX timers in deadline order and letting the
     * FX queue run empty after each.
     */
    suspend fun advanceTimeBy(millis: Long)

    /** Lets the FX queue run empty and fires every pending FX timer, until none is left. */
    suspend fun advanceUntilIdle()
}

/**
 * Runs [body] as a coroutine on the real FX thread with virtual time (kotlinx-coroutines-test's
 * `runTest`, on the FX thread), then the end-of-test checks of [FxTestExtension]. With the
 * extension it runs in the test's session (and its `@RealTime`); without it, it opens a session
 * of its own. Fails when [body] throws, or has not completed after [timeout] of wall time.
 * Called on the FX thread it throws `IllegalStateException` (it blocks).
 */
fun runFxTest(timeout: Duration = 60.seconds, body: suspend FxTestScope.() -> Unit) {
    check(!FxThread.isFxThread()) { "runFxTest blocks, and it was called on the FX thread, where it would deadlock" }
    val outer = FxTestSession.current()
    val session = outer ?: FxTestSession.begin("runFxTest", false)
    var ended = false
    try {
        val done = CompletableFuture<Unit>()
        val job = session.scope().launch(CoroutineName("runFxTest body")) {
            try {
                coroutineScope { SessionScope(this, session).body() }
                done.complete(Unit)
            } catch (e: Throwable) {
                done.completeExceptionally(e)
                if (e is CancellationException) throw e
            }
        }
        try {
            session.awaitUntil("runFxTest's body to complete", timeout.toJavaDuration()) { done.isDone }
        } catch (e: AssertionError) {
            job.cancel()
            throw e
        }
        done.failureOrNull()?.let { throw it }
        if (outer == null) {
            ended = true
            session.end()
        }
    } finally {
        if (outer == null && !ended) {
            ended = true
            runCatching { session.end() }
        }
    }
}

private fun CompletableFuture<Unit>.failureOrNull(): Throwable? =
    try {
        get(0, TimeUnit.SECONDS)
        null
    } catch (e: java.util.concurrent.ExecutionException) {
        e.cause
    }

private class SessionScope(scope: CoroutineScope, private val session: FxTestSession) :
    FxTestScope, CoroutineScope by scope {
    override val currentTime: Long get() = session.currentTime()

    override suspend fun advanceTimeBy(millis: Long) {
        require(millis >= 0) { "millis is negative: $millis" }
        val time = session.virtual("advanceTimeBy")
        val target = time.nowNanos() + TimeUnit.MILLISECONDS.toNanos(millis)
        while (true) {
            awaitQueueIdle()
            val next = time.nextDeadlineNanos()
            if (next < 0 || next > target) break
            time.advanceTo(next)
        }
        time.advanceTo(target)
        awaitQueueIdle()
    }

    override suspend fun advanceUntilIdle() {
        val time = session.virtual("advanceUntilIdle")
        while (true) {
            awaitQueueIdle()
            val next = time.nextDeadlineNanos()
            if (next < 0) break
            time.advanceTo(next)
        }
    }

    /** Yields to the back of the FX queue until nothing is queued behind this coroutine. */
    private suspend fun awaitQueueIdle() {
        do yield() while (!DrainQueue.isEmpty())
    }
}
