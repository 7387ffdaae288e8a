package dev.fxinter.dispatcher

import dev.fxinter.test.FxTest
import javafx.application.Platform
import kotlinx.coroutines.CompletableDeferred
import kotlinx.coroutines.CoroutineExceptionHandler
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.MainCoroutineDispatcher
import kotlinx.coroutines.SupervisorJob
import kotlinx.coroutines.TimeoutCancellationException
import kotlinx.coroutines.async
import kotlinx.coroutines.cancel
import kotlinx.coroutines.delay
import kotlinx.coroutines.joinAll
import kotlinx.coroutines.launch
import kotlinx.coroutines.runBlocking
import kotlinx.coroutines.withContext
import kotlinx.coroutines.withTimeout
import kotlinx.coroutines.withTimeoutOrNull
import kotlinx.coroutines.yield
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import kotlin.coroutines.EmptyCoroutineContext

/**
 * What kotlinx.coroutines expects of any main dispatcher, run against several implementations:
 * fxinter's, and the incumbent kotlinx-coroutines-javafx (which proves these tests assert the
 * contract, not fxinter's quirks). Everything runs with the kit's running toolkit and GUEST
 * loop. The bodies run in `runBlocking` on the test thread, not in `runFxTest`: calls from
 * outside the FX thread are part of the contract. Subclasses are `@RealTime`: the incumbent's
 * timers know no virtual time, and both must meet the same contract.
 */
@FxTest
abstract class MainDispatcherContract {
    /** The dispatcher under test. */
    protected abstract val main: MainCoroutineDispatcher

    /** Runs [block] off the FX thread, bounded by a hang guard (never a timing). */
    protected fun test(block: suspend CoroutineScope.() -> Unit) = runBlocking {
        withTimeout(30_000) { block() }
    }

    @Test
    fun `main always dispatches, also on the FX thread`() = test {
        val log = mutableListOf<String>()
        withContext(main) {
            launch(main) { log += "launched" }
            log += "caller"
        }
        assertEquals(listOf("caller", "launched"), log)
    }

    @Test
    fun `immediate runs inline up to the first suspension`() = test {
        val log = mutableListOf<String>()
        withContext(main) {
            launch(main.immediate) {
                log += "a"
                yield()
                log += "c"
            }
            log += "b"
        }
        assertEquals(listOf("a", "b", "c"), log)
    }

    @Test
    fun `immediate dispatches off the FX thread only`() = test {
        assertTrue(main.immediate.isDispatchNeeded(EmptyCoroutineContext))
        withContext(main) {
            assertFalse(main.immediate.isDispatchNeeded(coroutineContext))
            assertTrue(main.isDispatchNeeded(coroutineContext))
        }
        assertTrue(main.immediate.immediate === main.immediate)
    }

    @Test
    fun `dispatches from outside the FX thread run in FIFO order`() = test {
        val log = mutableListOf<Int>() // only touched on the FX thread
        val scope = CoroutineScope(main)
        val jobs = (0 until 2_000).map { i -> scope.launch { log += i } }
        jobs.joinAll()
        assertEquals((0 until 2_000).toList(), log)
    }

    @Test
    fun `dispatches from the FX thread run in FIFO order after the caller`() = test {
        val log = mutableListOf<Int>()
        withContext(main) {
            repeat(2_000) { i -> launch { log += i } }
            log += -1
        }
        assertEquals(listOf(-1) + (0 until 2_000).toList(), log)
    }

    @Test
    fun `yield interleaves coroutines in turn`() = test {
        val log = mutableListOf<String>()
        withContext(main) {
            launch { repeat(3) { log += "a$it"; yield() } }
            launch { repeat(3) { log += "b$it"; yield() } }
        }
        assertEquals(listOf("a0", "b0", "a1", "b1", "a2", "b2"), log)
    }

    @Test
    fun `delays resume in deadline order on the FX thread`() = test {
        val log = mutableListOf<Long>()
        withContext(main) {
            // launched in this order, each deadline is later than the one before whatever the
            // gaps between the launches on a loaded machine, so the order is deterministic;
            // out-of-order and equal deadlines are TimerHeapTest's, on a clock the test moves
            for (ms in listOf(0L, 10L, 20L, 30L)) {
                launch {
                    delay(ms)
                    assertTrue(Platform.isFxApplicationThread())
                    log += ms
                }
            }
        }
        assertEquals(listOf(0L, 10L, 20L, 30L), log)
    }

    @Test
    fun `withTimeout and withTimeoutOrNull`() = test {
        withContext(main) {
            assertNull(withTimeoutOrNull(30) { delay(60_000); 1 })
            assertEquals(7, withTimeoutOrNull(60_000) { delay(1); 7 })
            assertTrue(Platform.isFxApplicationThread())
            var timedOut = false
            try {
                withTimeout(30) { delay(60_000) }
            } catch (e: TimeoutCancellationException) {
                timedOut = true
            }
            assertTrue(timedOut)
        }
    }

    @Test
    fun `an exception reaches the CoroutineExceptionHandler and the drain goes on`() = test {
        val caught = CompletableDeferred<Throwable>()
        val scope = CoroutineScope(SupervisorJob() + main + CoroutineExceptionHandler { _, e -> caught.complete(e) })
        scope.launch { throw IllegalStateException("boom") }
        val after = scope.async { "after" }
        assertEquals("boom", caught.await().message)
        assertEquals("after", after.await())
        scope.cancel()
    }
}
