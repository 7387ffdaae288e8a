package dev.fxinter.interop

import dev.fxinter.dispatcher.FxDispatcher
import dev.fxinter.test.runFxTest
import java.util.Optional
import javafx.application.Platform
import javafx.event.ActionEvent
import javafx.event.Event
import javafx.scene.control.ButtonType
import javafx.scene.control.Dialog
import kotlinx.coroutines.CoroutineStart
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.async
import kotlinx.coroutines.delay
import kotlinx.coroutines.flow.first
import kotlinx.coroutines.flow.take
import kotlinx.coroutines.flow.toList
import kotlinx.coroutines.future.await
import kotlinx.coroutines.launch
import kotlinx.coroutines.withContext
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Test

/** FxModal from Kotlin coroutines: after `delay()`, inside a flow collector, and what runs meanwhile. */
class FxModalKotlinTest {
    /** A dialog with an OK button that answers itself from inside its nested loop once shown. */
    private fun selfAnsweringDialog(answer: String): Dialog<String> {
        val dialog = Dialog<String>()
        dialog.dialogPane.buttonTypes += ButtonType.OK
        FxSignals.valueMatching(dialog.showingProperty()) { it }.thenRun { Platform.runLater { dialog.result = answer } }
        return dialog
    }

    @Test
    fun `modal works right after delay`() = runFxTest {
        val answer = withContext(Dispatchers.Main) {
            delay(1)
            val dialog = selfAnsweringDialog("after delay")
            FxModal.modal { dialog.showAndWait() }.await()
        }
        assertEquals(Optional.of("after delay"), answer)
    }

    @Test
    fun `a modal awaited under virtual time does not move the virtual clock`() = runFxTest {
        val before = currentTime
        val answer = withContext(Dispatchers.Main) {
            FxModal.modal { selfAnsweringDialog("no time passes").showAndWait() }.await()
        }
        assertEquals(Optional.of("no time passes"), answer)
        assertEquals(before, currentTime, "nothing of the modal's waits in a virtual delay")
    }

    @Test
    fun `showAndWait works inside an events collector`() = runFxTest {
        val target = CountingTarget()
        val answers = async(FxDispatcher.main().immediate, start = CoroutineStart.UNDISPATCHED) {
            FxSignals.events(target, ActionEvent.ACTION).take(2).toList().let { events ->
                events.map { it.source }
            }
        }
        val collected = async(FxDispatcher.main().immediate, start = CoroutineStart.UNDISPATCHED) {
            var answer: Optional<String> = Optional.empty()
            FxSignals.events(target, ActionEvent.ACTION).first {
                answer = FxModal.showAndWait(selfAnsweringDialog("in collector ${it.source}")).await()
                true
            }
            answer
        }
        withContext(Dispatchers.Main) {
            Event.fireEvent(target, ActionEvent(1, target))
        }
        assertEquals(Optional.of("in collector 1"), collected.await())
        withContext(Dispatchers.Main) { Event.fireEvent(target, ActionEvent(2, target)) }
        assertEquals(listOf<Any>(1, 2), answers.await())
        assertEquals(0, withContext(Dispatchers.Main) { target.handlerCount() })
    }

    @Test
    fun `coroutines, timers and flows keep running while fn runs a nested event loop`() = runFxTest {
        val target = CountingTarget()
        val loopKey = Any()
        val result = FxModal.modal {
            // Only this coroutine ends the nested loop: it needs timers, dispatches and a flow.
            launch { // a child of the test's body, on the FX thread
                val events = async(start = CoroutineStart.UNDISPATCHED) {
                    FxSignals.events(target, ActionEvent.ACTION).take(3).toList()
                }
                repeat(3) { i ->
                    delay(1)
                    Event.fireEvent(target, ActionEvent(i, target))
                }
                val sources = events.await().map { it.source }
                Platform.exitNestedEventLoop(loopKey, "exited after $sources")
            }
            Platform.enterNestedEventLoop(loopKey)
        }.await()
        assertEquals("exited after [0, 1, 2]", result)
    }
}
