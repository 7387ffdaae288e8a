package dev.fxinter.test

import dev.fxinter.interop.FxThread
import kotlinx.coroutines.delay
import kotlinx.coroutines.launch
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows

/** runFxTest without the extension: its own session, virtual time, the FX thread. */
class RunFxTestKotlinTest {

    @Test
    fun `delay in the body moves virtual time, on the FX thread`() = runFxTest {
        assertTrue(FxThread.isFxThread())
        delay(1_000)
        assertEquals(1_000, currentTime)
        repeat(1_000) { delay(1_000) }
        assertEquals(1_001_000, currentTime)
    }

    @Test
    fun `advanceTimeBy fires children in deadline order`() = runFxTest {
        val order = mutableListOf<Int>()
        launch { delay(300); order += 3 }
        launch { delay(100); order += 1 }
        launch { delay(200); order += 2 }
        advanceTimeBy(250)
        assertEquals(listOf(1, 2), order)
        assertEquals(250, currentTime)
        advanceUntilIdle()
        assertEquals(listOf(1, 2, 3), order)
        assertEquals(300, currentTime)
    }

    @Test
    fun `a failure of the body fails runFxTest with the original exception`() {
        val thrown = assertThrows<IllegalArgumentException> {
            runFxTest { throw IllegalArgumentException("bad input") }
        }
        assertEquals("bad input", thrown.message)
    }

    @Test
    fun `runFxTest on the FX thread refuses at once`() = runFxTest {
        val refused = assertThrows<IllegalStateException> { runFxTest { } }
        assertTrue(refused.message!!.contains("deadlock"), refused.message)
    }
}
