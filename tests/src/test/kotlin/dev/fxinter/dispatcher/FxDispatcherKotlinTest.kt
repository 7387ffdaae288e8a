package dev.fxinter.dispatcher

import dev.fxinter.dispatcher.internal.TimerHeap
import dev.fxinter.test.FxTest
import dev.fxinter.test.RealTime
import dev.fxinter.test.runFxTest
import javafx.application.Platform
import kotlinx.coroutines.CancellationException
import kotlinx.coroutines.CompletableDeferred
import kotlinx.coroutines.async
import kotlinx.coroutines.CoroutineExceptionHandler
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.MainScope
import kotlinx.coroutines.awaitCancellation
import kotlinx.coroutines.cancel
import kotlinx.coroutines.delay
import kotlinx.coroutines.launch
import kotlinx.coroutines.plus
import kotlinx.coroutines.withContext
import kotlinx.coroutines.withTimeoutOrNull
import kotlinx.coroutines.yield
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test

/**
 * fxinter-specific behaviour seen from Kotlin: MainScope, handlers, timers. The bodies run on
 * the FX thread with `runFxTest`, on virtual time unless `@RealTime`. (Which factory wins
 * `Dispatchers.Main` is the dispatcher module's `FxMainDispatcherFactoryTest`, on both paths.)
 */
@FxTest
class FxDispatcherKotlinTest {
    @Test
    fun `MainScope launches on the FX thread, survives a failure and cancels its children`() = runFxTest {
        val failures = CompletableDeferred<Throwable>()
        val scope = MainScope() + CoroutineExceptionHandler { _, e -> failures.complete(e) }
        assertTrue(scope.async { Platform.isFxApplicationThread() }.await())
        scope.launch { throw IllegalArgumentException("child failed") }
        assertEquals("child failed", failures.await().message)
        // a SupervisorJob: the failure did not cancel the scope
        assertEquals(42, scope.async { 42 }.await())
        val finallyOnFx = CompletableDeferred<Boolean>()
        val started = CompletableDeferred<Unit>()
        val child = scope.launch {
            try {
                started.complete(Unit)
                awaitCancellation()
            } finally {
                finallyOnFx.complete(Platform.isFxApplicationThread())
            }
        }
        started.await()
        scope.cancel()
        child.join()
        assertTrue(child.isCancelled)
        assertTrue(finallyOnFx.await())
    }

    @Test
    fun `without a handler an exception reaches the FX thread's uncaught-exception handler`() = runFxTest {
        val uncaught = CompletableDeferred<Throwable>()
        val previous = withContext(Dispatchers.Main) {
            val thread = Thread.currentThread()
            val old = thread.uncaughtExceptionHandler
            thread.setUncaughtExceptionHandler { _, e -> uncaught.complete(e) }
            old
        }
        try {
            val scope = MainScope()
            scope.launch { throw IllegalStateException("nobody handles me") }
            val after = scope.async { "drain went on" }
            assertEquals("nobody handles me", uncaught.await().message)
            assertEquals("drain went on", after.await())
            scope.cancel()
        } finally {
            withContext(Dispatchers.Main) { Thread.currentThread().uncaughtExceptionHandler = previous }
        }
    }

    @Test
    fun `a cancelled delay removes its timer`() = runFxTest {
        val timers = TimerHeap.current() // the virtual clock's heap during the test
        val before = timers.pending()
        val scope = MainScope()
        val started = CompletableDeferred<Unit>()
        val job = scope.launch {
            started.complete(Unit)
            delay(3_600_000)
        }
        started.await()
        yield() // the delay is scheduled once the coroutine has run
        assertEquals(before + 1, timers.pending())
        job.cancel()
        job.join()
        assertEquals(before, timers.pending())
        val timedOut = withTimeoutOrNull(10) { withContext(Dispatchers.Main) { delay(3_600_000) } }
        assertEquals(null, timedOut)
        assertEquals(before, timers.pending())
        scope.cancel()
    }

    @Test
    @RealTime // the real timers' path out of the pulse is the subject
    fun `a delay on the FX thread resumes outside the animation pulse`() = runFxTest {
        // Inside a pulse, showAndWait-style nested loops are refused: canStartNestedEventLoop is false.
        val outsidePulse = withContext(Dispatchers.Main) {
            delay(5)
            Platform.canStartNestedEventLoop()
        }
        assertTrue(outsidePulse)
    }

    @Test
    fun `cancellation reaches a coroutine that waits on the FX thread`() = runFxTest {
        val scope = MainScope()
        val job = scope.launch { awaitCancellation() }
        scope.cancel(CancellationException("stop"))
        job.join()
        assertTrue(job.isCancelled)
    }
}
