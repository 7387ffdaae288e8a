package dev.fxinter.interop;

import org.jspecify.annotations.Nullable;
import dev.fxinter.interop.internal.ModalRun;
import dev.fxinter.interop.internal.OnFxThread;
import dev.fxinter.interop.internal.ShownDialogs;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/**
 * Modal execution: run code that enters a nested event loop ({@code showAndWait()},
 * {@code Platform.enterNestedEventLoop}) from a coroutine, an eager first step or an event
 * handler, and await its result, without stalling anything else.
 *
 * <p>The code runs from a fresh {@code Platform.runLater} at the top of the FX event loop: never
 * on the caller's stack, inside a drain of fxinter's queue, or inside an animation pulse (if the
 * toolkit refuses a nested loop at that moment, it waits for the next turn). While it runs, other
 * coroutines, timers and flows keep running. This is what makes it work where a direct
 * {@code showAndWait()} would throw or deadlock: called from an eager first step, right after
 * {@code delay()}, inside an event handler or inside a flow collector.
 */
public final class FxModal {
    private FxModal() {}

    /**
     * Runs {@code fn} as described in the class comment. Cancelling the future before {@code fn}
     * starts means it never starts; once it runs, cancelling does not interrupt it (its result is
     * then dropped).
     *
     * @param fn the code to run; may enter a nested event loop
     * @param <T> its result
     * @return {@code fn}'s result or exception, completed on the FX thread
     */
    public static <T extends @Nullable Object> CompletableFuture<T> modal(Callable<T> fn) {
        Objects.requireNonNull(fn, "fn");
        CompletableFuture<T> result = new CompletableFuture<>();
        new ModalRun<>(fn, result, Platform::canStartNestedEventLoop).post();
        return result;
    }

    /**
     * Shows {@code dialog} and waits for it to close, like {@code modal(dialog::showAndWait)};
     * cancelling the future closes the dialog (or keeps it from showing).
     *
     * @param dialog the dialog, not showing yet
     * @param <R> its result type
     * @return the dialog's result, empty when it closed without one
     */
    public static <R> CompletableFuture<Optional<R>> showAndWait(Dialog<R> dialog) {
        Objects.requireNonNull(dialog, "dialog");
        CompletableFuture<Optional<R>> result = modal(() -> ShownDialogs.showAndWait(dialog));
        result.whenComplete((value, failure) -> {
            if (result.isCancelled()) {
                OnFxThread.run(() -> close(dialog), rejected -> { });
            }
        });
        return result;
    }

    /** Closes {@code dialog}, hiding its window when the dialog refuses (it has no cancel button). */
    private static void close(Dialog<?> dialog) {
        if (!dialog.isShowing()) {
            return;
        }
        dialog.close();
        if (dialog.isShowing()) {
            Scene scene = dialog.getDialogPane().getScene();
            Window window = scene == null ? null : scene.getWindow();
            if (window != null) {
                window.hide();
            }
        }
    }
}
