package dev.fxinter.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.fxinter.interop.FxModal;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** awaitDialog: the test finds the dialog FxModal shows, answers it, and the caller continues. */
@ExtendWith(FxTestExtension.class)
class AwaitDialogTest {
    private static final long HANG_GUARD_SECONDS = 30;

    @Test
    void theTestAnswersADialogShownThroughFxModal(FxTester fx) throws Exception {
        CompletableFuture<Optional<ButtonType>> answer = fx.call(() -> {
            Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "Delete?", ButtonType.OK, ButtonType.CANCEL);
            alert.setTitle("Delete");
            return FxModal.showAndWait(alert);
        });
        Alert shown = fx.awaitDialog(Alert.class);
        assertEquals("Delete", fx.call(shown::getTitle));
        assertFalse(answer.isDone());
        fx.run(() -> {
            shown.setResult(ButtonType.OK);
            shown.close();
        });
        assertEquals(Optional.of(ButtonType.OK), answer.get(HANG_GUARD_SECONDS, TimeUnit.SECONDS));
    }

    @Test
    void aTextInputDialogGetsTheTestsAnswer(FxTester fx) throws Exception {
        CompletableFuture<Optional<String>> name = fx.call(() -> FxModal.showAndWait(new TextInputDialog("Ada")));
        TextInputDialog dialog = fx.awaitDialog(TextInputDialog.class);
        fx.run(() -> {
            dialog.setResult("Grace");
            dialog.close();
        });
        assertEquals(Optional.of("Grace"), name.get(HANG_GUARD_SECONDS, TimeUnit.SECONDS));
    }
}
