package dev.fxinter.dispatcher

import kotlinx.coroutines.CancellationException
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.runBlocking
import kotlinx.coroutines.withContext
import kotlinx.coroutines.withTimeout
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows

/**
 * In its own JVM: when the toolkit fails to start, JavaFX still counts itself initialized and
 * its runLater would wait forever. fxinter remembers the failure: later calls fail fast.
 */
class FailedStartupTest {
    @Test
    fun `after a failed start, owner fails fast and a dispatch does not hang`() {
        System.setProperty("prism.order", "no-such-pipeline") // before the toolkit reads it
        val first = assertThrows<IllegalStateException> { FxLoop.owner() }
        assertTrue(first.message!!.contains("failed to start"), first.message)
        val second = assertThrows<IllegalStateException> { FxLoop.owner() }
        assertTrue(second.message!!.contains("failed to start earlier"), second.message)
        assertThrows<IllegalStateException> { FxLoop.guest() }
        val e = assertThrows<CancellationException> {
            runBlocking { withTimeout(HangGuard.TIMEOUT.toMillis()) { withContext(Dispatchers.Main) { 1 } } }
        }
        assertNotNull(causeOfType<IllegalStateException>(e))
    }
}
