package dev.fxinter.interop

import dev.fxinter.test.runFxTest
import javafx.beans.property.SimpleStringProperty
import javafx.scene.control.Label
import kotlinx.coroutines.CompletableDeferred
import kotlinx.coroutines.CoroutineExceptionHandler
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.SupervisorJob
import kotlinx.coroutines.cancelAndJoin
import kotlinx.coroutines.flow.MutableStateFlow
import kotlinx.coroutines.flow.flow
import kotlinx.coroutines.future.await
import kotlinx.coroutines.withContext
import kotlinx.coroutines.yield
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Test

/** The Kotlin bindings, written as a Kotlin app writes them. */
class FxBindingsKotlinTest {
    private suspend fun <T> awaitValue(value: javafx.beans.value.ObservableValue<T>, expected: T) {
        withContext(Dispatchers.Main) { FxSignals.valueMatching(value) { it == expected } }.await()
    }

    @Test
    fun `a StateFlow bound to a label follows it on the FX thread`() = runFxTest {
        val scope = CoroutineScope(SupervisorJob() + Dispatchers.Main)
        val titles = MutableStateFlow("first")
        val label = Label()
        withContext(Dispatchers.Main) { label.textProperty().bind(titles.asObservableValue(scope)) }
        assertEquals("first", withContext(Dispatchers.Main) { label.text })
        withContext(Dispatchers.Default) { titles.value = "second" } // set from a background thread
        awaitValue(label.textProperty(), "second")
        scope.coroutineContext[kotlinx.coroutines.Job]!!.cancelAndJoin()
        assertEquals(0, titles.subscriptionCount.value)
    }

    @Test
    fun `a failing flow reaches the scope's handler and the value keeps its last state`() = runFxTest {
        val failure = CompletableDeferred<Throwable>()
        val scope = CoroutineScope(SupervisorJob() + Dispatchers.Main + CoroutineExceptionHandler { _, e -> failure.complete(e) })
        val value = flow {
            emit("loaded")
            throw IllegalStateException("source failed")
        }.asObservableValue(scope, "loading")
        assertEquals("source failed", failure.await().message)
        yield() // the value is set on the FX thread through the queue, after every hop queued so far (FIFO)
        assertEquals("loaded", value.value)
    }

    @Test
    fun `a property bound both ways follows the state and writes it`() = runFxTest {
        val scope = CoroutineScope(SupervisorJob() + Dispatchers.Main)
        val name = MutableStateFlow("state")
        val field = SimpleStringProperty("field")
        val binding = withContext(Dispatchers.Main) { field.bindBidirectional(scope, name) }
        assertEquals("state", withContext(Dispatchers.Main) { field.get() })
        withContext(Dispatchers.Main) { field.set("typed") }
        assertEquals("typed", name.value)
        withContext(Dispatchers.Default) { name.value = "loaded" } // set from a background thread
        awaitValue(field, "loaded")
        binding.cancelAndJoin()
        withContext(Dispatchers.Main) { field.set("after") }
        assertEquals("loaded", name.value)
    }
}
