package dev.fxinter.dispatcher

import dev.fxinter.dispatcher.internal.ToolkitWatch
import javafx.application.Platform
import kotlinx.coroutines.CompletableDeferred
import kotlinx.coroutines.awaitCancellation
import kotlinx.coroutines.launch
import kotlinx.coroutines.runBlocking
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import java.util.concurrent.TimeUnit

/** In its own JVM: close() called on the FX thread returns at once and finishes later. */
class FxLoopCloseOnFxThreadTest {
    @Test
    fun `close on the FX thread cancels, returns, and exits the toolkit once the scope is done`() = runBlocking<Unit> {
        val loop = FxLoop.owner()
        val log = mutableListOf<String>() // FX-thread confined
        val started = CompletableDeferred<Unit>()
        loop.scope().launch {
            try {
                started.complete(Unit)
                awaitCancellation()
            } finally {
                log += "finally on FX: ${Platform.isFxApplicationThread()}"
            }
        }
        started.await()
        val closed = CompletableDeferred<Unit>()
        Platform.runLater {
            loop.close() // must not wait here: that would deadlock
            log += "close returned"
            closed.complete(Unit)
        }
        closed.await()
        assertTrue(ToolkitWatch.awaitExit(HangGuard.TIMEOUT.seconds, TimeUnit.SECONDS), "toolkit exited")
        assertEquals(listOf("close returned", "finally on FX: true"), log)
        assertEquals(LoopMode.NATIVE, loop.mode())
    }
}
