package dev.fxinter.interop.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.control.Dialog;

/**
 * The dialogs that {@code FxModal.showAndWait} (and so the Kotlin {@code awaitResult}) is showing
 * now, oldest first: fxinter's test kit finds them here ({@code FxTester.awaitDialog}) instead of
 * patching the dialog classes.
 *
 * <p><b>Invariants.</b> A dialog is in the list from just before its {@code showAndWait()} until
 * it returns; both happen on the FX thread, in a {@code try}/{@code finally}, so none is left
 * behind. The list is a {@link CopyOnWriteArrayList}: any thread may read a snapshot; only the
 * FX thread writes.
 */
public final class ShownDialogs {
    private static final List<Dialog<?>> SHOWING = new CopyOnWriteArrayList<>();

    private ShownDialogs() {}

    /**
     * Runs {@code dialog.showAndWait()} with the dialog listed; on the FX thread.
     *
     * @param dialog the dialog
     * @param <R> its result type
     * @return what {@code showAndWait()} returns
     */
    public static <R> Optional<R> showAndWait(Dialog<R> dialog) {
        SHOWING.add(dialog);
        try {
            return dialog.showAndWait();
        } finally {
            SHOWING.remove(dialog);
        }
    }

    /**
     * The dialogs listed now, oldest first (a snapshot; check {@code isShowing()} on the FX thread).
     *
     * @return a copy of the list
     */
    public static List<Dialog<?>> snapshot() {
        return new ArrayList<>(SHOWING);
    }
}
