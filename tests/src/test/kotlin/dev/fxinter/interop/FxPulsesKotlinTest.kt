package dev.fxinter.interop

import dev.fxinter.interop.internal.Attachment
import dev.fxinter.interop.internal.PulseSource
import dev.fxinter.test.FxTestExtension
import dev.fxinter.test.RealTime
import dev.fxinter.test.runFxTest
import kotlinx.coroutines.CoroutineStart
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.async
import kotlinx.coroutines.awaitAll
import kotlinx.coroutines.flow.take
import kotlinx.coroutines.flow.toList
import kotlinx.coroutines.launch
import kotlinx.coroutines.withContext
import kotlinx.coroutines.yield
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.extension.ExtendWith

/** `awaitPulse()` and `pulses()` as Kotlin code calls them. */
@ExtendWith(FxTestExtension::class)
// Pulses come from the toolkit's own timer (16 ms on Monocle and Headless), in real time: the tests wait for them.
@RealTime
class FxPulsesKotlinTest {

    /** Whether fxinter's pulse timer runs, read on the FX thread after every hop queued so far (FIFO: [yield] goes behind them). */
    private suspend fun timerRunning(): Boolean {
        yield()
        return PulseSource.isRunning()
    }

    @Test
    fun `awaitPulse returns increasing timestamps and leaves no timer running`() = runFxTest {
        val listeners = Attachment.live()
        val first = awaitPulse()
        val second = withContext(Dispatchers.Default) { awaitPulse() } // off the FX thread: the waiter hops there
        assertTrue(second > first)
        assertFalse(timerRunning(), "after awaiting a pulse no timer of fxinter's runs")
        assertEquals(listeners, Attachment.live(), "each waiter's registration is gone with its pulse")
    }

    @Test
    fun `coroutines awaiting together resume with the same pulse`() = runFxTest {
        val stamps = withContext(Dispatchers.Main) {
            val waiters = List(3) { async(start = CoroutineStart.UNDISPATCHED) { awaitPulse() } }
            assertTrue(PulseSource.isRunning())
            waiters.awaitAll()
        }
        assertEquals(1, stamps.toSet().size, "one timestamp for all: $stamps")
        assertFalse(timerRunning())
    }

    @Test
    fun `cancelling the awaiting coroutine removes its waiter and stops the timer`() = runFxTest {
        withContext(Dispatchers.Main) {
            val waiter = launch(start = CoroutineStart.UNDISPATCHED) { awaitPulse() }
            assertTrue(PulseSource.isRunning())
            waiter.cancel()
        }
        assertFalse(timerRunning())
    }

    @Test
    fun `pulses emits in order while collected and stops the timer when collection ends`() = runFxTest {
        val stamps = pulses().take(3).toList()
        assertEquals(stamps.sorted(), stamps)
        assertEquals(3, stamps.toSet().size)
        assertFalse(timerRunning())
    }
}
