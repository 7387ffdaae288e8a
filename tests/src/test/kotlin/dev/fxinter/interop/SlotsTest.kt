package dev.fxinter.interop

import dev.fxinter.test.runFxTest
import javafx.event.ActionEvent
import javafx.event.Event
import kotlinx.coroutines.CancellationException
import kotlinx.coroutines.CompletableDeferred
import kotlinx.coroutines.CoroutineExceptionHandler
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.SupervisorJob
import kotlinx.coroutines.cancel
import kotlinx.coroutines.isActive
import kotlinx.coroutines.withContext
import kotlinx.coroutines.yield
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertSame
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test

/**
 * `CoroutineScope.asyncHandler` with a real Kotlin `suspend CoroutineScope.(E) -> Unit`, for each
 * [SlotPolicy]: the same semantics as `FxSlots.asyncHandler` (tested in Java by FxSlotsTest).
 */
class SlotsTest {
    private val target = CountingTarget()
    /** What happened, in order; written on the FX thread only. */
    private val log = mutableListOf<String>()
    /** The gate each event's handler waits on, by event number. */
    private val gates = (0..9).map { CompletableDeferred<Unit>() }
    private val ended = (0..9).map { CompletableDeferred<Unit>() }

    /** Installs a gated handler in [scope] (the test's): logs "start i", waits for gate i, logs "done i" or "cancelled i". */
    private suspend fun install(policy: SlotPolicy, scope: CoroutineScope) = withContext(Dispatchers.Main) {
        target.addEventHandler(ActionEvent.ACTION, scope.asyncHandler<ActionEvent>(policy) { event ->
            val n = event.source as Int
            log += "start $n"
            try {
                gates[n].await()
                log += "done $n"
            } catch (e: CancellationException) {
                log += "cancelled $n"
                throw e
            } finally {
                ended[n].complete(Unit)
            }
        })
    }

    private suspend fun fire(vararg events: Int) = withContext(Dispatchers.Main) {
        for (n in events) Event.fireEvent(target, ActionEvent(n, target))
    }

    private suspend fun logNow() = withContext(Dispatchers.Main) { log.toList() }

    @Test
    fun `CONCURRENT starts every event's handler eagerly, inside the event dispatch`() = runFxTest {
        install(SlotPolicy.CONCURRENT, this)
        withContext(Dispatchers.Main) {
            Event.fireEvent(target, ActionEvent(0, target))
            assertEquals(listOf("start 0"), log, "the eager step ran before fireEvent returned")
        }
        fire(1)
        gates[1].complete(Unit); ended[1].await()
        gates[0].complete(Unit); ended[0].await()
        assertEquals(listOf("start 0", "start 1", "done 1", "done 0"), logNow())
    }

    @Test
    fun `CANCEL_PREVIOUS cancels the running handler when the next event arrives`() = runFxTest {
        install(SlotPolicy.CANCEL_PREVIOUS, this)
        fire(0, 1)
        ended[0].await()
        gates[1].complete(Unit); ended[1].await()
        // the new handler starts eagerly inside the event; the old one's cancellation is dispatched
        assertEquals(listOf("start 0", "start 1", "cancelled 0", "done 1"), logNow())
    }

    @Test
    fun `IGNORE_WHILE_RUNNING drops events while a handler runs`() = runFxTest {
        install(SlotPolicy.IGNORE_WHILE_RUNNING, this)
        fire(0, 1)
        gates[0].complete(Unit); ended[0].await()
        yield() // the completion has been seen on the FX thread
        fire(2)
        gates[2].complete(Unit); ended[2].await()
        assertEquals(listOf("start 0", "done 0", "start 2", "done 2"), logNow())
    }

    @Test
    fun `QUEUE runs the events one after another in arrival order`() = runFxTest {
        install(SlotPolicy.QUEUE, this)
        fire(0, 1, 2)
        assertEquals(listOf("start 0"), logNow())
        gates.forEach { it.complete(Unit) }
        ended[2].await()
        assertEquals(listOf("start 0", "done 0", "start 1", "done 1", "start 2", "done 2"), logNow())
    }

    @Test
    fun `the handler's receiver is its own coroutine, a child of the scope, and failures reach the scope's handler`() = runFxTest {
        val failures = CompletableDeferred<Throwable>()
        val scope = CoroutineScope(SupervisorJob() + Dispatchers.Main + CoroutineExceptionHandler { _, e -> failures.complete(e) })
        val failure = IllegalStateException("handler failed")
        val childOfScope = CompletableDeferred<Boolean>()
        withContext(Dispatchers.Main) {
            target.addEventHandler(ActionEvent.ACTION, scope.asyncHandler<ActionEvent> {
                childOfScope.complete(isActive && coroutineContext[kotlinx.coroutines.Job]!!.parent === scope.coroutineContext[kotlinx.coroutines.Job])
                throw failure
            })
        }
        fire(0)
        assertTrue(childOfScope.await())
        assertSame(failure, failures.await())
        scope.cancel()
    }
}
