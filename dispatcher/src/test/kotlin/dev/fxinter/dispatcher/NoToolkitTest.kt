package dev.fxinter.dispatcher

import javafx.application.Platform
import kotlinx.coroutines.CancellationException
import kotlinx.coroutines.CoroutineStart
import kotlinx.coroutines.DelicateCoroutinesApi
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.GlobalScope
import kotlinx.coroutines.launch
import kotlinx.coroutines.runBlocking
import kotlinx.coroutines.withContext
import kotlinx.coroutines.withTimeout
import kotlinx.coroutines.yield
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import java.util.concurrent.atomic.AtomicReference

/** In its own JVM: no toolkit is ever started here. */
@OptIn(DelicateCoroutinesApi::class)
class NoToolkitTest {
    @Test
    fun `a dispatch with no toolkit fails clearly, never hangs and starts no toolkit`() {
        val e = assertThrows<CancellationException> {
            runBlocking { withTimeout(HangGuard.TIMEOUT.toMillis()) { withContext(Dispatchers.Main) { "never" } } }
        }
        val reason = causeOfType<IllegalStateException>(e)
        assertNotNull(reason, "an IllegalStateException explains the failure: $e")
        for (hint in listOf("FxLoop.owner()", "FxLoop.guest()", "Application.launch")) {
            assertTrue(reason!!.message!!.contains(hint), "message names $hint: ${reason.message}")
        }

        // a launched coroutine completes cancelled before it starts, with the reason
        val notStarted = GlobalScope.launch(Dispatchers.Main.immediate) { error("the body never runs") }
        val completion = AtomicReference<Throwable>()
        notStarted.invokeOnCompletion { completion.set(it) }
        runBlocking { withTimeout(HangGuard.TIMEOUT.toMillis()) { notStarted.join() } }
        assertTrue(notStarted.isCancelled)
        assertNotNull(causeOfType<IllegalStateException>(completion.get()))

        // one that started elsewhere and suspends on the FX dispatcher finishes on the cleanup thread
        val finallyThread = AtomicReference<String>()
        val job = GlobalScope.launch(Dispatchers.Main, CoroutineStart.UNDISPATCHED) {
            try {
                yield()
            } finally {
                finallyThread.set(Thread.currentThread().name)
            }
        }
        runBlocking { withTimeout(HangGuard.TIMEOUT.toMillis()) { job.join() } }
        assertTrue(job.isCancelled)
        assertTrue(finallyThread.get().startsWith("fxinter-cleanup"), finallyThread.get())

        // still no toolkit: runLater refuses, and no JavaFX thread exists
        assertThrows<IllegalStateException> { Platform.runLater {} }
        val names = Thread.getAllStackTraces().keys.map { it.name }
        assertFalse(names.any { it.startsWith("JavaFX") || it.startsWith("QuantumRenderer") }, names.toString())
        assertEquals(LoopModeProbe.guestFails(), true)
    }
}

/** FxLoop.guest() with no toolkit must fail at once. */
object LoopModeProbe {
    fun guestFails(): Boolean = try {
        FxLoop.guest()
        false
    } catch (e: IllegalStateException) {
        true
    }
}
