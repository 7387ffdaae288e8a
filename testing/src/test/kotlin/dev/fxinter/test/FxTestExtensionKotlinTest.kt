package dev.fxinter.test

import dev.fxinter.interop.FxThread
import java.time.Duration
import kotlinx.coroutines.TimeoutCancellationException
import kotlinx.coroutines.delay
import kotlinx.coroutines.launch
import kotlinx.coroutines.withTimeout
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.extension.ExtendWith

/** Virtual time under the extension, driven from the test thread, as a Kotlin user writes it. */
@ExtendWith(FxTestExtension::class)
class FxTestExtensionKotlinTest {

    @Test
    fun `a 300 ms debounce fires when virtual time reaches it, not before`(fx: FxTester) {
        var fired = false
        fx.scope().launch {
            delay(300)
            fired = FxThread.isFxThread()
        }
        fx.advanceTimeBy(Duration.ofMillis(299))
        assertEquals(false, fx.call { fired })
        fx.advanceTimeBy(Duration.ofMillis(1))
        assertEquals(true, fx.call { fired })
        assertEquals(300, fx.currentTime())
    }

    @Test
    fun `awaitIdle fires timers in deadline order and moves the clock to the last one`(fx: FxTester) {
        val order = mutableListOf<Long>()
        for (millis in listOf(3_000L, 1_000L, 2_000L)) {
            fx.scope().launch {
                delay(millis)
                order += millis
            }
        }
        fx.awaitIdle()
        assertEquals(listOf(1_000L, 2_000L, 3_000L), fx.call { order.toList() })
        assertEquals(3_000, fx.currentTime())
    }

    @Test
    fun `timers scheduled by a fired timer fire within the same advance, in order`(fx: FxTester) {
        val seen = mutableListOf<String>()
        fx.scope().launch {
            delay(100)
            seen += "first at ${fx.currentTime()}"
            launch {
                delay(50)
                seen += "nested at ${fx.currentTime()}"
            }
            delay(200)
            seen += "second at ${fx.currentTime()}"
        }
        fx.advanceTimeBy(Duration.ofMillis(1_000))
        assertEquals(listOf("first at 100", "nested at 150", "second at 300"), fx.call { seen.toList() })
        assertEquals(1_000, fx.currentTime())
    }

    @Test
    fun `a 5 s withTimeout expires on virtual time`(fx: FxTester) {
        var outcome = "running"
        fx.scope().launch {
            outcome = try {
                withTimeout(5_000) { delay(60_000); "finished" }
            } catch (e: TimeoutCancellationException) {
                "timed out at ${fx.currentTime()}"
            }
        }
        fx.awaitUntil("the timeout to expire") { outcome != "running" }
        assertEquals("timed out at 5000", fx.call { outcome })
    }

    @Test
    fun `a retry with back-off runs its virtual minutes at once`(fx: FxTester) {
        var attempts = 0
        fx.scope().launch {
            var backOff = 1_000L
            while (attempts < 6) {
                attempts++
                delay(backOff)
                backOff *= 2
            }
        }
        fx.awaitIdle()
        assertEquals(6, fx.call { attempts })
        assertEquals(63_000, fx.currentTime())
    }

    @Test
    @RealTime
    fun `RealTime keeps the FX timers on the real clock`(fx: FxTester) {
        var done = false
        fx.scope().launch {
            delay(20)
            done = true
        }
        fx.awaitUntil("a real 20 ms delay to end") { done }
        assertTrue(fx.currentTime() >= 20)
    }
}
