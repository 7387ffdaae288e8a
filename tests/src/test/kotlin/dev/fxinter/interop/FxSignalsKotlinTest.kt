package dev.fxinter.interop

import dev.fxinter.dispatcher.FxDispatcher
import dev.fxinter.test.runFxTest
import java.util.concurrent.CopyOnWriteArrayList
import javafx.beans.property.SimpleObjectProperty
import javafx.event.ActionEvent
import javafx.event.Event
import kotlinx.coroutines.CompletableDeferred
import kotlinx.coroutines.CoroutineStart
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.async
import kotlinx.coroutines.flow.collect
import kotlinx.coroutines.flow.filter
import kotlinx.coroutines.flow.first
import kotlinx.coroutines.flow.map
import kotlinx.coroutines.flow.onEach
import kotlinx.coroutines.flow.take
import kotlinx.coroutines.flow.toList
import kotlinx.coroutines.flow.transformWhile
import kotlinx.coroutines.future.await
import kotlinx.coroutines.launch
import kotlinx.coroutines.withContext
import kotlinx.coroutines.withTimeoutOrNull
import kotlinx.coroutines.yield
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertSame
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows

/** FxSignals as Kotlin uses it: `future.await()`, `Flow` operators, `collect`. */
class FxSignalsKotlinTest {
    private val target = CountingTarget()

    /** Live handlers, read on the FX thread after every hop queued so far (FIFO: [yield] goes behind them). */
    private suspend fun handlers(target: CountingTarget = this.target): Int {
        yield()
        return target.handlerCount()
    }

    /** Fires [sources] in one FX task, after every hop queued so far. */
    private suspend fun fire(vararg sources: Any, on: CountingTarget = target) {
        yield()
        for (source in sources) {
            Event.fireEvent(on, ActionEvent(source, on))
        }
    }

    @Test
    fun `next await inside withTimeoutOrNull gives up and removes its handler`() = runFxTest {
        // called off the FX thread (the handler hops there and back); the timeout is the FX dispatcher's, virtual
        val event = withTimeoutOrNull(50) {
            withContext(Dispatchers.Default) { FxSignals.next(target, ActionEvent.ACTION).await() }
        }
        assertNull(event)
        assertEquals(0, handlers())
        assertEquals(0, target.offFxThreadCalls())
    }

    @Test
    fun `next await receives an event fired later`() = runFxTest {
        val waiting = launch(Dispatchers.Main, start = CoroutineStart.UNDISPATCHED) {
            assertEquals("later", FxSignals.next(target, ActionEvent.ACTION).await().source)
        }
        assertEquals(1, handlers())
        fire("later")
        waiting.join()
        assertEquals(0, handlers())
    }

    @Test
    fun `events collect sees every event, none dropped, and ends by any path without a handler left`() = runFxTest {
        val received = mutableListOf<Any>()
        val all = CompletableDeferred<Unit>()
        val collecting = launch(Dispatchers.Main) {
            FxSignals.events(target, ActionEvent.ACTION).collect {
                received += it.source
                if (received.size == 1_000) all.complete(Unit)
                yield() // a slow collector: the events queue up, none is dropped
            }
        }
        yield() // the collection has started
        assertEquals(1, handlers())
        fire(*Array(1_000) { it })
        all.await()
        assertEquals((0 until 1_000).toList(), withContext(Dispatchers.Main) { received.toList() })
        collecting.cancel()
        collecting.join()
        assertEquals(0, handlers())

        // exception
        val failure = IllegalStateException("collector failed")
        val failing = launch(Dispatchers.Main) {
            val thrown = assertThrows<IllegalStateException> {
                FxSignals.events(target, ActionEvent.ACTION).collect { throw failure }
            }
            assertSame(failure, thrown)
        }
        yield()
        fire("boom")
        failing.join()
        assertEquals(0, handlers())

        // timeout, take
        assertNull(withTimeoutOrNull(20) { // collected off the FX thread: the handler hops there and back
            withContext(Dispatchers.Default) { FxSignals.events(target, ActionEvent.ACTION).collect { } }
        })
        assertEquals(0, handlers())
        val two = launch(Dispatchers.Main) {
            assertEquals(listOf<Any>(1, 2), FxSignals.events(target, ActionEvent.ACTION).take(2).toList().map { it.source })
        }
        yield()
        fire(1, 2, 3)
        two.join()
        assertEquals(0, handlers())
        assertEquals(0, target.offFxThreadCalls())
    }

    @Test
    fun `first ends the collection and removes the handler`() = runFxTest {
        val first = async(Dispatchers.Main, start = CoroutineStart.UNDISPATCHED) {
            FxSignals.events(target, ActionEvent.ACTION).first()
        }
        assertEquals(1, handlers()) // added by a hop queued before this round trip
        fire("only")
        assertEquals("only", first.await().source)
        assertEquals(0, handlers())
    }

    @Test
    fun `a collector on Main immediate consumes the event inside the handler, before the parent sees it`() = runFxTest {
        val parent = CountingTarget()
        val child = CountingTarget(parent)
        val parentSaw = mutableListOf<Any>()
        withContext(Dispatchers.Main) {
            parent.addEventHandler(ActionEvent.ACTION) { parentSaw += it.source }
        }
        val collecting = launch(FxDispatcher.main().immediate) {
            FxSignals.events(child, ActionEvent.ACTION).collect { if (it.source == "consume me") it.consume() }
        }
        yield()
        fire("consume me", "pass me", on = child)
        assertEquals(listOf<Any>("pass me"), parentSaw)
        collecting.cancel()
        collecting.join()
        assertEquals(0, handlers(child))
    }

    @Test
    fun `values from a background thread arrive strictly increasing and end with the last`() = runFxTest {
        val property = CountingProperty(0)
        val received = mutableListOf<Int>()
        val started = CompletableDeferred<Unit>()
        val collecting = launch(Dispatchers.Main) {
            FxSignals.values(property).onEach { started.complete(Unit) }
                .transformWhile { emit(it); it < 1_000 }
                .collect { received += it }
        }
        started.await()
        yield() // the listener is in place once the current value has come
        val writer = Thread { for (i in 1..1_000) property.set(i) }
        writer.start()
        collecting.join()
        withContext(Dispatchers.IO) { writer.join() } // not on the FX thread
        assertEquals(0, received.first())
        assertEquals(1_000, received.last())
        assertTrue(received.zipWithNext().all { (a, b) -> a < b }, "not strictly increasing: $received")
        assertEquals(0, withContext(Dispatchers.Main) { property.listenerCount() })
    }

    @Test
    fun `values start with the current value and let nulls through`() = runFxTest {
        val property = SimpleObjectProperty<String?>("now")
        val seen = mutableListOf<String?>()
        val collecting = launch(FxDispatcher.main().immediate) { FxSignals.values(property).collect { seen += it } }
        yield()
        property.set(null) // each set in an FX task of its own: yield() sends this coroutine behind the queue
        yield()
        property.set("again")
        yield()
        collecting.cancel()
        assertEquals(listOf("now", null, "again"), seen)
    }

    @Test
    fun `merge tags values in firing order and Kotlin operators apply`() = runFxTest {
        val other = CountingTarget()
        val merged = FxSignals.merge(mapOf("a" to FxSignals.events(target, ActionEvent.ACTION),
            "b" to FxSignals.events(other, ActionEvent.ACTION)))
        val tags = async(Dispatchers.Main, start = CoroutineStart.UNDISPATCHED) {
            merged.take(5).toList().map { "${it.tag}${it.value.source}" }
        }
        assertEquals(1, handlers())
        assertEquals(1, handlers(other))
        withContext(Dispatchers.Main) {
            Event.fireEvent(other, ActionEvent(1, other))
            Event.fireEvent(target, ActionEvent(2, target))
            Event.fireEvent(other, ActionEvent(3, other))
            Event.fireEvent(other, ActionEvent(4, other))
            Event.fireEvent(target, ActionEvent(5, target))
        }
        assertEquals(listOf("b1", "a2", "b3", "b4", "a5"), tags.await())
        assertEquals(0, handlers())
        assertEquals(0, handlers(other))
    }

    @Test
    fun `merge keeps firing order for sources derived by map and filter`() = runFxTest {
        val other = CountingTarget()
        val received = CopyOnWriteArrayList<String>()
        val four = CompletableDeferred<Unit>()
        val merged = FxSignals.merge(mapOf(
            "a" to FxSignals.events(target, ActionEvent.ACTION).map { "a${it.source}" },
            "b" to FxSignals.events(other, ActionEvent.ACTION).filter { it.source != 3 }.map { "b${it.source}" }))
        val collecting = FxSignals.collect(this, merged) { // eager: the body runs on the FX thread
            received += it.value
            if (received.size == 4) four.complete(Unit)
        }
        yield() // the collection runs (FIFO); the events come in a later FX task
        // one FX task: the body does not suspend in between
        Event.fireEvent(target, ActionEvent(1, target))
        Event.fireEvent(other, ActionEvent(2, other))
        Event.fireEvent(other, ActionEvent(3, other)) // filtered out
        Event.fireEvent(target, ActionEvent(3, target))
        Event.fireEvent(other, ActionEvent(4, other))
        four.await()
        assertEquals(listOf("a1", "b2", "a3", "b4"), received)
        collecting.cancel()
        collecting.join()
        assertEquals(0, handlers())
        assertEquals(0, handlers(other))
    }

    @Test
    fun `merge keeps a values source conflated`() = runFxTest {
        val property = SimpleObjectProperty(0)
        val received = CopyOnWriteArrayList<Int>()
        val last = CompletableDeferred<Unit>()
        val collecting = FxSignals.collect(this, FxSignals.merge(mapOf("p" to FxSignals.values(property)))) {
            received += it.value
            if (it.value == 10_000) last.complete(Unit)
        }
        yield() // the collection has taken the current value (FIFO); the sets come in a later FX task
        // one FX task: the body does not suspend in between, so the collector cannot run
        for (i in 1..10_000) property.set(i)
        last.await()
        assertEquals(listOf(0, 10_000), received)
        collecting.cancel()
    }
}
