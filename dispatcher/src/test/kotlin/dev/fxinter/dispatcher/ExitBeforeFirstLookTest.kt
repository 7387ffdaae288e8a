package dev.fxinter.dispatcher

import javafx.application.Platform
import kotlinx.coroutines.CancellationException
import kotlinx.coroutines.DelicateCoroutinesApi
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.GlobalScope
import kotlinx.coroutines.async
import kotlinx.coroutines.runBlocking
import kotlinx.coroutines.withContext
import kotlinx.coroutines.withTimeout
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import java.util.concurrent.CountDownLatch
import java.util.concurrent.TimeUnit
import java.util.concurrent.atomic.AtomicReference

/**
 * In its own JVM: the toolkit starts and exits before fxinter ever looks (an app whose
 * `Application.launch` returned and whose `main` goes on), so `runLater` drops tasks silently.
 * Everything must then fail within a bounded time instead of hanging.
 */
@OptIn(DelicateCoroutinesApi::class)
class ExitBeforeFirstLookTest {
    @Test
    fun `after an exit fxinter never saw, dispatches are cancelled and loops refuse to open`() = runBlocking<Unit> {
        val fxThread = AtomicReference<Thread>()
        val up = CountDownLatch(1)
        Platform.startup {
            fxThread.set(Thread.currentThread())
            up.countDown()
        }
        assertTrue(up.await(HangGuard.TIMEOUT.seconds, TimeUnit.SECONDS))
        Platform.exit()
        fxThread.get().join(HangGuard.TIMEOUT.toMillis())
        assertFalse(fxThread.get().isAlive, "the FX thread has ended")

        repeat(2) { // the first dispatch finds out; a later one must not hang either
            val job = GlobalScope.async(Dispatchers.Main) { error("never runs") }
            val reason = withTimeout(HangGuard.TIMEOUT.toMillis()) { runCatching { job.await() }.exceptionOrNull() }
            assertNotNull(reason, "the coroutine did not complete normally")
            assertTrue(job.isCancelled)
            val cause = causeOfType<IllegalStateException>(reason!!)
            assertNotNull(cause, "cancelled with the reason: $reason")
            assertTrue(cause!!.message!!.contains("exited"), cause.message)
        }
        assertThrows<CancellationException> {
            runBlocking { withTimeout(HangGuard.TIMEOUT.toMillis()) { withContext(Dispatchers.Main) { 1 } } }
        }

        val guest = assertThrows<IllegalStateException> { FxLoop.guest() }
        assertTrue(guest.message!!.contains("exited"), guest.message)
        val owner = assertThrows<IllegalStateException> { FxLoop.owner() }
        assertTrue(owner.message!!.contains("exited"), owner.message)
    }
}
