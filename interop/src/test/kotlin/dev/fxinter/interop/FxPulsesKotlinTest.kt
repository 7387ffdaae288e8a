package dev.fxinter.interop

import dev.fxinter.interop.internal.Attachment
import dev.fxinter.interop.internal.PulseSource
import kotlinx.coroutines.CoroutineStart
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.async
import kotlinx.coroutines.awaitAll
import kotlinx.coroutines.flow.take
import kotlinx.coroutines.flow.toList
import kotlinx.coroutines.launch
import kotlinx.coroutines.withContext
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test

/** `awaitPulse()` and `pulses()` as Kotlin code calls them. */
class FxPulsesKotlinTest {

    /** Whether fxinter's pulse timer runs, read on the FX thread after every hop queued so far. */
    private suspend fun timerRunning() = withContext(Dispatchers.Main) { PulseSource.isRunning() }

    @Test
    fun `awaitPulse returns increasing timestamps and leaves no timer running`() = fxTest {
        val listeners = Attachment.live()
        val first = awaitPulse()
        val second = awaitPulse()
        assertTrue(second > first)
        assertFalse(timerRunning(), "after awaiting a pulse no timer of fxinter's runs")
        assertEquals(listeners, Attachment.live(), "each waiter's registration is gone with its pulse")
    }

    @Test
    fun `coroutines awaiting together resume with the same pulse`() = fxTest {
        val stamps = withContext(Dispatchers.Main) {
            val waiters = List(3) { async(start = CoroutineStart.UNDISPATCHED) { awaitPulse() } }
            assertTrue(PulseSource.isRunning())
            waiters.awaitAll()
        }
        assertEquals(1, stamps.toSet().size, "one timestamp for all: $stamps")
        assertFalse(timerRunning())
    }

    @Test
    fun `cancelling the awaiting coroutine removes its waiter and stops the timer`() = fxTest {
        withContext(Dispatchers.Main) {
            val waiter = launch(start = CoroutineStart.UNDISPATCHED) { awaitPulse() }
            assertTrue(PulseSource.isRunning())
            waiter.cancel()
        }
        assertFalse(timerRunning())
    }

    @Test
    fun `pulses emits in order while collected and stops the timer when collection ends`() = fxTest {
        val stamps = pulses().take(3).toList()
        assertEquals(stamps.sorted(), stamps)
        assertEquals(3, stamps.toSet().size)
        assertFalse(timerRunning())
    }
}
