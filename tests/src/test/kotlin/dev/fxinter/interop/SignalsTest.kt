package dev.fxinter.interop

import dev.fxinter.dispatcher.FxDispatcher
import dev.fxinter.test.runFxTest
import javafx.beans.property.SimpleStringProperty
import javafx.collections.FXCollections
import javafx.event.ActionEvent
import javafx.event.Event
import kotlinx.coroutines.CoroutineStart
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.async
import kotlinx.coroutines.flow.first
import kotlinx.coroutines.flow.take
import kotlinx.coroutines.flow.toList
import kotlinx.coroutines.launch
import kotlinx.coroutines.withContext
import kotlinx.coroutines.withTimeoutOrNull
import kotlinx.coroutines.yield
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows

/** The Kotlin API of Signals.kt: suspend functions and extension flows, as a Kotlin user writes them. */
class SignalsTest {
    private val target = CountingTarget()

    /** Live handlers, read on the FX thread after every hop queued so far (FIFO: [yield] goes behind them). */
    private suspend fun handlers(on: CountingTarget = target): Int {
        yield()
        return on.handlerCount()
    }

    /** Fires [sources] in one FX task, after every hop queued so far. */
    private suspend fun fire(vararg sources: Any, on: CountingTarget = target) {
        yield()
        for (source in sources) Event.fireEvent(on, ActionEvent(source, on))
    }

    @Test
    fun `awaitEvent has its handler in place before it suspends, and removes it when the event arrives`() = runFxTest {
        withContext(Dispatchers.Main) {
            val waiting = async(start = CoroutineStart.UNDISPATCHED) { target.awaitEvent(ActionEvent.ACTION) }
            assertEquals(1, target.handlerCount(), "added before the first suspension")
            Event.fireEvent(target, ActionEvent("now", target)) // the same FX task
            assertEquals("now", waiting.await().source)
            assertEquals(0, target.handlerCount())
        }
        assertEquals(0, target.offFxThreadCalls())
    }

    @Test
    fun `awaitEvent called off the FX thread adds and removes its handler on the FX thread`() = runFxTest {
        val waiting = async(Dispatchers.Default) { target.awaitEvent(ActionEvent.ACTION).source }
        while (handlers() == 0) yield()
        fire("from FX")
        assertEquals("from FX", waiting.await())
        assertEquals(0, handlers())
        assertEquals(0, target.offFxThreadCalls())
    }

    @Test
    fun `awaitEvent cancelled - 100,000 await and cancel cycles leave no handler`() = runFxTest {
        withContext(Dispatchers.Main) {
            repeat(100_000) {
                val waiting = launch(start = CoroutineStart.UNDISPATCHED) { target.awaitEvent(ActionEvent.ACTION) }
                waiting.cancel()
            }
        }
        assertEquals(0, handlers())
        // off the FX thread: the handler is added and removed there by hops
        assertNull(withTimeoutOrNull(20) { withContext(Dispatchers.Default) { target.awaitEvent(ActionEvent.ACTION) } })
        assertEquals(0, handlers())
        assertEquals(0, target.offFxThreadCalls())
    }

    @Test
    fun `awaitEvent on Main immediate resumes inside the handler, so consume() stops the event`() = runFxTest {
        val parent = CountingTarget()
        val child = CountingTarget(parent)
        val parentSaw = mutableListOf<Any>()
        withContext(Dispatchers.Main) { parent.addEventHandler(ActionEvent.ACTION) { parentSaw += it.source } }
        val consumer = launch(FxDispatcher.main().immediate, start = CoroutineStart.UNDISPATCHED) {
            child.awaitEvent(ActionEvent.ACTION).consume()
        }
        fire("consumed", "passed", on = child)
        consumer.join()
        assertEquals(listOf<Any>("passed"), parentSaw)
        assertEquals(0, handlers(child))
    }

    @Test
    fun `awaitNextValue returns the next value set from a background thread, once, and removes its listener`() = runFxTest {
        val property = CountingProperty("a")
        val next = async(Dispatchers.Main) { property.awaitNextValue() }
        yield() // FIFO: the awaiting coroutine has started and added its listener
        assertEquals(1, property.listenerCount())
        withContext(Dispatchers.Default) {
            property.set("b")
            property.set("c") // a second change before the removal ran must not resume twice
        }
        assertEquals("b", next.await())
        yield()
        assertEquals(0, property.listenerCount())
    }

    @Test
    fun `awaitValue returns a passing current value at once without a listener, else the first passing change`() = runFxTest {
        val property = CountingProperty(3)
        withContext(Dispatchers.Main) {
            assertEquals(3, property.awaitValue { it > 2 })
            assertEquals(0, property.listenerCount())
            val big = async(start = CoroutineStart.UNDISPATCHED) { property.awaitValue { it >= 10 } }
            assertEquals(1, property.listenerCount())
            property.set(5)
            assertFalse(big.isCompleted)
            property.set(12)
            assertEquals(12, big.await())
            assertEquals(0, property.listenerCount())
        }
    }

    @Test
    fun `awaitValue rethrows what the predicate throws and leaves no listener`() = runFxTest {
        val property = CountingProperty(0)
        val failure = IllegalArgumentException("bad value")
        withContext(Dispatchers.Main) {
            val waiting = async(start = CoroutineStart.UNDISPATCHED) {
                runCatching { property.awaitValue { if (it == 7) throw failure else false } }
            }
            property.set(7)
            val thrown = waiting.await().exceptionOrNull() // debug mode may hand over a copy
            assertTrue(thrown is IllegalArgumentException && thrown.message == "bad value", "$thrown")
            assertThrows<IllegalArgumentException> { property.awaitValue { throw IllegalArgumentException("now") } }
        }
        yield()
        assertEquals(0, property.listenerCount())
    }

    @Test
    fun `events, asFlow, changes and contents are the FxSignals flows`() = runFxTest {
        val text = SimpleStringProperty("x")
        val list = FXCollections.observableArrayList("a")
        withContext(Dispatchers.Main) {
            val clicks = async(start = CoroutineStart.UNDISPATCHED) { target.events(ActionEvent.ACTION).take(2).toList() }
            val changes = async(start = CoroutineStart.UNDISPATCHED) { text.changes().first() }
            val contents = async(start = CoroutineStart.UNDISPATCHED) { list.contents().take(2).toList() }
            assertEquals("x", text.asFlow().first())
            Event.fireEvent(target, ActionEvent(1, target))
            Event.fireEvent(target, ActionEvent(2, target))
            text.set("y")
            list.add("b")
            assertEquals(listOf<Any>(1, 2), clicks.await().map { it.source })
            assertEquals(Change("x", "y"), changes.await())
            assertEquals(listOf(listOf("a"), listOf("a", "b")), contents.await())
        }
        assertEquals(0, handlers())
        assertTrue(target.offFxThreadCalls() == 0)
    }
}
