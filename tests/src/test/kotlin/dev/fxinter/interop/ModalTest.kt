package dev.fxinter.interop

import dev.fxinter.test.runFxTest
import javafx.application.Platform
import javafx.scene.control.ButtonType
import javafx.scene.control.Dialog
import kotlinx.coroutines.CoroutineStart
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.async
import kotlinx.coroutines.delay
import kotlinx.coroutines.withContext
import kotlinx.coroutines.yield
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows

/** The Kotlin API of Modal.kt: `awaitModal` and `Dialog.awaitResult`. */
class ModalTest {
    /** A dialog with an OK button, answered with [answer] from inside its nested loop once shown. */
    private suspend fun dialogAnswering(answer: String?): Dialog<String> = withContext(Dispatchers.Main) {
        val dialog = Dialog<String>()
        dialog.dialogPane.buttonTypes += ButtonType.OK
        dialog.setResultConverter { answer }
        FxSignals.valueMatching(dialog.showingProperty()) { it }.thenRun { Platform.runLater { dialog.close() } }
        dialog
    }

    @Test
    fun `awaitModal runs a nested event loop right after delay and returns its result`() = runFxTest {
        val result = withContext(Dispatchers.Main) {
            delay(1)
            awaitModal {
                val key = Any()
                Platform.runLater { Platform.exitNestedEventLoop(key, "nested ${Platform.isNestedLoopRunning()}") }
                Platform.enterNestedEventLoop(key)
            }
        }
        assertEquals("nested true", result)
    }

    @Test
    fun `awaitModal rethrows the block's exception`() = runFxTest {
        val e = assertThrows<IllegalArgumentException> { awaitModal { throw IllegalArgumentException("no") } }
        assertEquals("no", e.message)
    }

    @Test
    fun `awaitResult returns the dialog's result, or null when it closed without one`() = runFxTest {
        assertEquals("yes", dialogAnswering("yes").awaitResult())
        assertNull(dialogAnswering(null).awaitResult())
    }

    @Test
    fun `cancelling the coroutine awaiting a dialog closes the dialog`() = runFxTest {
        val dialog = withContext(Dispatchers.Main) { Dialog<String>().apply { dialogPane.buttonTypes += ButtonType.CANCEL } }
        val waiting = async(Dispatchers.Main, start = CoroutineStart.UNDISPATCHED) { dialog.awaitResult() }
        withContext(Dispatchers.Main) { dialog.showingProperty().awaitValue { it } }
        waiting.cancel()
        withContext(Dispatchers.Main) { dialog.showingProperty().awaitValue { !it } }
        assertFalse(withContext(Dispatchers.Main) { dialog.isShowing })
        assertTrue(waiting.isCancelled)
        // the dialog's nested loop unwinds once the FX task that hid it (this body's) has returned
        while (Platform.isNestedLoopRunning()) yield()
    }
}
