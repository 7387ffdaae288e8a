package dev.fxinter.interop

import dev.fxinter.test.runFxTest
import java.util.Optional
import javafx.application.Platform
import javafx.scene.control.Alert
import javafx.scene.control.ButtonType
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.delay
import kotlinx.coroutines.withContext
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Test

/**
 * The dispatcher's promise seen with a real dialog (javafx.controls, readable from this
 * module): `Alert.showAndWait()` called directly in a coroutine right after `delay()` works,
 * because a resumed delay runs from the dispatch queue, never inside an animation pulse.
 */
class AlertAfterDelayKotlinTest {
    @Test
    fun `Alert showAndWait right after delay works`() = runFxTest {
        val answer = withContext(Dispatchers.Main) {
            delay(5)
            val alert = Alert(Alert.AlertType.INFORMATION, "after delay")
            alert.setOnShown {
                Platform.runLater {
                    alert.result = ButtonType.OK
                    alert.close()
                }
            }
            alert.showAndWait()
        }
        assertEquals(Optional.of(ButtonType.OK), answer)
    }
}
