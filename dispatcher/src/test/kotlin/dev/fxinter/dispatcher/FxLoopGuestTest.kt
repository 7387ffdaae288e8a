package dev.fxinter.dispatcher

import dev.fxinter.dispatcher.internal.ToolkitWatch
import javafx.application.Platform
import javafx.stage.Stage
import kotlinx.coroutines.CompletableDeferred
import kotlinx.coroutines.awaitCancellation
import kotlinx.coroutines.launch
import kotlinx.coroutines.runBlocking
import kotlinx.coroutines.withContext
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import java.util.concurrent.CountDownLatch
import java.util.concurrent.TimeUnit

/**
 * In its own JVM: a toolkit started by someone else (as Application.launch does), guest loops
 * that never exit it, and an implicit exit when the last window closes.
 */
class FxLoopGuestTest {
    @Test
    fun `guest loops attach, close without exiting, and notice the implicit exit`() = runBlocking<Unit> {
        val up = CountDownLatch(1)
        Platform.startup { up.countDown() }
        assertTrue(up.await(HangGuard.TIMEOUT.seconds, TimeUnit.SECONDS))

        val first = FxLoop.guest()
        assertEquals(LoopMode.GUEST, first.mode())
        assertThrows<IllegalStateException> { FxLoop.guest() }
        assertThrows<IllegalStateException> { FxLoop.owner() }
        first.close()
        val stillRunning = CompletableDeferred<Boolean>()
        Platform.runLater { stillRunning.complete(true) } // the toolkit did not exit
        assertTrue(stillRunning.await())

        val second = FxLoop.guest()
        val stage = withContext(second.scope().coroutineContext) { Stage().also { it.show() } }
        val started = CompletableDeferred<Unit>()
        val finallyRan = CompletableDeferred<Unit>()
        val job = second.scope().launch {
            try {
                started.complete(Unit)
                awaitCancellation()
            } finally {
                finallyRan.complete(Unit)
            }
        }
        started.await()
        Platform.runLater { stage.close() } // the last window: implicit exit is on by default
        assertTrue(ToolkitWatch.awaitExit(HangGuard.TIMEOUT.seconds, TimeUnit.SECONDS), "toolkit exited")
        job.join()
        finallyRan.await()
        assertTrue(job.isCancelled)
        assertEquals(LoopMode.NATIVE, second.mode())
    }
}
