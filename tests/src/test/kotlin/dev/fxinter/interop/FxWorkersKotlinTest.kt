package dev.fxinter.interop

import dev.fxinter.test.runFxTest
import javafx.concurrent.Worker
import kotlinx.coroutines.CompletableDeferred
import kotlinx.coroutines.CoroutineExceptionHandler
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.SupervisorJob
import kotlinx.coroutines.awaitCancellation
import kotlinx.coroutines.future.await
import kotlinx.coroutines.isActive
import kotlinx.coroutines.withContext
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertSame
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test

/** launchWorker: a Kotlin suspend block as a javafx.concurrent.Worker. */
class FxWorkersKotlinTest {
    private suspend fun Worker<*>.awaitDone(): Worker.State = withContext(Dispatchers.Main) {
        FxSignals.valueMatching(stateProperty()) { it == Worker.State.SUCCEEDED || it == Worker.State.FAILED || it == Worker.State.CANCELLED }
    }.await()

    @Test
    fun `the block reports through its WorkerScope and its result is the value`() = runFxTest {
        val scope = CoroutineScope(SupervisorJob() + Dispatchers.Main)
        val ranOnFx = CompletableDeferred<Boolean>()
        val worker = scope.launchWorker {
            ranOnFx.complete(FxThread.isFxThread())
            updateTitle("Export")
            updateMessage("half way")
            updateProgress(1.0, 2.0)
            "exported"
        }
        assertEquals(Worker.State.SUCCEEDED, worker.awaitDone())
        assertFalse(ranOnFx.await(), "Dispatchers.Default by default")
        withContext(Dispatchers.Main) {
            assertEquals("exported", worker.value)
            assertEquals(0.5, worker.progress)
            assertEquals("half way", worker.message)
            assertEquals("Export", worker.title)
        }
    }

    @Test
    fun `cancel cancels the block and its finally runs`() = runFxTest {
        val scope = CoroutineScope(SupervisorJob() + Dispatchers.Main)
        val started = CompletableDeferred<Unit>()
        val finallyRan = CompletableDeferred<Unit>()
        val worker = scope.launchWorker(Dispatchers.IO) {
            try {
                started.complete(Unit)
                awaitCancellation()
            } finally {
                finallyRan.complete(Unit)
            }
        }
        started.await()
        assertTrue(withContext(Dispatchers.Main) { worker.cancel() })
        finallyRan.await()
        assertEquals(Worker.State.CANCELLED, worker.awaitDone())
        assertTrue(scope.isActive)
    }

    @Test
    fun `a reported failure reaches the scope's handler and the Worker`() = runFxTest {
        val handled = CompletableDeferred<Throwable>()
        val scope = CoroutineScope(SupervisorJob() + Dispatchers.Main + CoroutineExceptionHandler { _, e -> handled.complete(e) })
        val failure = IllegalStateException("export failed")
        val worker = scope.launchWorker(WorkerFailure.REPORT) { throw failure }
        assertEquals(Worker.State.FAILED, worker.awaitDone())
        assertSame(failure, handled.await())
        assertSame(failure, withContext(Dispatchers.Main) { worker.exception })
        assertTrue(scope.isActive)
    }
}
