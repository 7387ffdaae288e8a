package dev.fxinter.interop;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.fxinter.dispatcher.FxLoop;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import org.junit.jupiter.api.Test;

/**
 * In its own JVM: a modal call made after the toolkit exited (its runLater is dropped by
 * JavaFX) fails its future instead of leaving it pending forever.
 */
class FxModalAfterExitTest {
    @Test
    void aModalPostedAfterExitFailsInsteadOfHanging() throws Exception {
        FxLoop.owner();
        AtomicBoolean ran = new AtomicBoolean();
        CompletableFuture<CompletableFuture<String>> posted = new CompletableFuture<>();
        Platform.runLater(() -> {
            Platform.exit();
            posted.complete(FxModal.modal(() -> {
                ran.set(true);
                return "never";
            }));
        });
        CompletableFuture<String> modal = posted.get(30, TimeUnit.SECONDS);
        ExecutionException e = assertThrows(ExecutionException.class, () -> modal.get(30, TimeUnit.SECONDS));
        assertInstanceOf(IllegalStateException.class, e.getCause());
        assertFalse(ran.get());
    }
}
