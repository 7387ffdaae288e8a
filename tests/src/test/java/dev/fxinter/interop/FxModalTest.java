package dev.fxinter.interop;

import static dev.fxinter.interop.Futures.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fxinter.test.FxTestExtension;
import dev.fxinter.test.FxTester;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.event.Event;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FxTestExtension.class)
class FxModalTest {
    private final List<String> order = new CopyOnWriteArrayList<>();

    private FxTester fx;

    @BeforeEach
    void takeTester(FxTester fx) {
        this.fx = fx;
    }

    /** A dialog with an OK button; create it on the FX thread. */
    private static Dialog<String> dialog(boolean withButton) {
        Dialog<String> dialog = new Dialog<>();
        if (withButton) {
            dialog.getDialogPane().getButtonTypes().add(ButtonType.OK);
        }
        return dialog;
    }

    /** Once {@code dialog} shows, sets its result (which closes it) from a runLater inside its nested loop. */
    private void answerWhenShown(Dialog<String> dialog, String answer) {
        FxSignals.valueMatching(dialog.showingProperty(), showing -> showing).thenRun(() -> Platform.runLater(() -> {
            order.add("answering");
            dialog.setResult(answer);
        }));
    }

    @Test
    void theResultOrExceptionOfFnReachesTheFutureOnTheFxThread() throws Exception {
        CompletableFuture<String> result = FxModal.modal(() -> FxThread.isFxThread() ? "on fx" : "elsewhere");
        assertEquals("on fx", await(fx, result));
        IOException failure = new IOException("fn failed");
        CompletableFuture<String> failed = FxModal.modal(() -> {
            throw failure;
        });
        assertSame(failure, assertThrows(IOException.class, () -> await(fx, failed)));
    }

    @Test
    void modalWorksFromAnEagerFirstStepAndRunsFnOffTheCallersStack() throws Exception {
        CompletableFuture<Optional<String>> outcome = fx.call(() -> {
            Dialog<String> dialog = dialog(true);
            answerWhenShown(dialog, "yes");
            return FxTasks.future(fx.scope(), (scope, continuation) -> {
                order.add("eager step");
                CompletableFuture<Optional<String>> shown = FxModal.modal(() -> {
                    order.add("fn runs");
                    return dialog.showAndWait();
                });
                order.add("modal returned");
                return KotlinService.awaitGate(shown, continuation);
            });
        });
        assertEquals(Optional.of("yes"), await(fx, outcome));
        assertEquals(List.of("eager step", "modal returned", "fn runs", "answering"), order);
    }

    @Test
    void showAndWaitWorksInsideAnEventHandler() throws Exception {
        CountingTarget target = new CountingTarget();
        CompletableFuture<CompletableFuture<Optional<String>>> fromHandler = new CompletableFuture<>();
        fx.run(() -> {
            Dialog<String> dialog = dialog(true);
            answerWhenShown(dialog, "from handler");
            target.addEventHandler(ActionEvent.ACTION, e -> {
                fromHandler.complete(FxModal.showAndWait(dialog));
                order.add("handler returned");
            });
            Event.fireEvent(target, new ActionEvent());
        });
        assertEquals(Optional.of("from handler"), await(fx, await(fx, fromHandler)));
        assertEquals(List.of("handler returned", "answering"), order);
    }

    @Test
    void modalCalledInsideAnAnimationPulseWaitsForTheNextChanceInsteadOfThrowing() throws Exception {
        CompletableFuture<Boolean> couldNestInPulse = new CompletableFuture<>();
        CompletableFuture<CompletableFuture<Optional<String>>> fromPulse = new CompletableFuture<>();
        fx.run(() -> {
            Dialog<String> dialog = dialog(true);
            answerWhenShown(dialog, "after the pulse");
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    stop();
                    couldNestInPulse.complete(Platform.canStartNestedEventLoop());
                    fromPulse.complete(FxModal.showAndWait(dialog));
                }
            }.start();
        });
        assertFalse(await(fx, couldNestInPulse), "the timer did not run inside a pulse: the test proves nothing");
        assertEquals(Optional.of("after the pulse"), await(fx, await(fx, fromPulse)));
    }

    @Test
    void cancellingShowAndWaitClosesTheDialog() throws Exception {
        for (boolean withButton : new boolean[] {true, false}) {
            Dialog<String> dialog = fx.call(() -> dialog(withButton));
            CompletableFuture<Boolean> shown = FxSignals.valueMatching(dialog.showingProperty(), showing -> showing);
            CompletableFuture<Optional<String>> result = FxModal.showAndWait(dialog);
            await(fx, shown);
            CompletableFuture<Boolean> closed = FxSignals.valueMatching(dialog.showingProperty(), showing -> !showing);
            assertTrue(result.cancel(false));
            assertFalse(await(fx, closed), "withButton=" + withButton);
            assertThrows(CancellationException.class, result::get);
            // the dialog's nested loop unwinds once the FX task that hid it has returned
            fx.awaitUntil("the dialog's nested loop to end", Futures.HANG_GUARD, () -> !Platform.isNestedLoopRunning());
        }
    }

    @Test
    void aModalCancelledBeforeItsTurnNeverRunsFn() throws Exception {
        AtomicBoolean ran = new AtomicBoolean();
        fx.run(() -> FxModal.modal(() -> ran.getAndSet(true)).cancel(false));
        CompletableFuture<Void> later = new CompletableFuture<>();
        Platform.runLater(() -> later.complete(null)); // runLater is FIFO: the modal's turn has passed
        await(fx, later);
        assertFalse(ran.get());
    }
}
