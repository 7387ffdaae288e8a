package dev.fxinter.dispatcher

import javafx.application.Platform
import kotlinx.coroutines.CompletableDeferred
import kotlinx.coroutines.NonCancellable
import kotlinx.coroutines.awaitCancellation
import kotlinx.coroutines.delay
import kotlinx.coroutines.launch
import kotlinx.coroutines.runBlocking
import kotlinx.coroutines.withContext
import kotlinx.coroutines.withTimeout
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows

/** In its own JVM: an OWNER loop's whole life, ended by close() from another thread. */
class FxLoopOwnerTest {
    @Test
    fun `close cancels the scope, waits for finally blocks on the FX thread, then exits the toolkit`() = runBlocking<Unit> {
        val loop = FxLoop.owner()
        assertEquals(LoopMode.OWNER, loop.mode())
        assertTrue(withContext(loop.scope().coroutineContext) { Platform.isFxApplicationThread() })

        val started = CompletableDeferred<Unit>()
        val finallyOnFx = CompletableDeferred<Boolean>()
        val job = loop.scope().launch {
            try {
                started.complete(Unit)
                awaitCancellation()
            } finally {
                withContext(NonCancellable) {
                    delay(5) // a suspending finally still runs, on the FX thread
                    finallyOnFx.complete(Platform.isFxApplicationThread())
                }
            }
        }
        started.await()
        loop.close()
        assertTrue(job.isCancelled)
        assertTrue(finallyOnFx.isCompleted && finallyOnFx.await(), "finally ran on the FX thread before close returned")
        assertEquals(LoopMode.NATIVE, loop.mode())
        loop.close() // idempotent
        assertThrows<IllegalStateException> { FxLoop.owner() } // JavaFX cannot restart
        assertThrows<IllegalStateException> { FxLoop.guest() }
    }
}
