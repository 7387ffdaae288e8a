package dev.fxinter.test

import dev.fxinter.interop.awaitResult
import javafx.scene.control.Alert
import javafx.scene.control.ButtonType
import kotlinx.coroutines.launch
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.extension.ExtendWith

/** awaitDialog with the Kotlin awaitResult: the awaiting coroutine continues with the test's answer. */
@ExtendWith(FxTestExtension::class)
class AwaitDialogKotlinTest {
    @Test
    fun `the test answers a dialog awaited with awaitResult`(fx: FxTester) {
        var answer: ButtonType? = null
        var after = false
        fx.scope().launch {
            answer = Alert(Alert.AlertType.CONFIRMATION, "Quit?", ButtonType.YES, ButtonType.NO).awaitResult()
            after = true
        }
        val alert = fx.awaitDialog(Alert::class.java)
        fx.run {
            alert.result = ButtonType.NO
            alert.close()
        }
        fx.awaitUntil("the coroutine to continue after the dialog") { after }
        assertEquals(ButtonType.NO, fx.call { answer })
    }
}
