package dev.fxinter.dispatcher

import kotlinx.coroutines.DelicateCoroutinesApi
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.GlobalScope
import kotlinx.coroutines.launch
import kotlinx.coroutines.runBlocking
import kotlinx.coroutines.withTimeout
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import java.io.ByteArrayOutputStream
import java.io.PrintStream

/**
 * In its own JVM, no toolkit: kotlinx never reports a cancellation, so the first rejection for
 * lack of a toolkit is logged (System.Logger, WARNING; its default backends write to
 * System.err), once per JVM, not once per dispatch.
 */
@OptIn(DelicateCoroutinesApi::class)
class NoToolkitWarningTest {
    @Test
    fun `the first launch without a toolkit is logged once, as a warning with the hint`() {
        val err = System.err
        val captured = ByteArrayOutputStream()
        System.setErr(PrintStream(captured, true, Charsets.UTF_8))
        try {
            repeat(3) {
                val job = GlobalScope.launch(Dispatchers.Main) { error("never runs") }
                runBlocking { withTimeout(HangGuard.TIMEOUT.toMillis()) { job.join() } }
                assertTrue(job.isCancelled)
            }
        } finally {
            System.setErr(err)
        }
        val log = captured.toString(Charsets.UTF_8)
        assertEquals(1, Regex("No JavaFX toolkit is running").findAll(log).count(), log)
        assertTrue(log.contains("WARNING"), log)
        assertTrue(log.contains("FxLoop.owner()"), log)
    }
}
