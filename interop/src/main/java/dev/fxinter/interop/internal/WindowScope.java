package dev.fxinter.interop.internal;

import dev.fxinter.dispatcher.FxDispatcher;
import javafx.beans.value.ChangeListener;
import javafx.stage.Window;
import kotlinx.coroutines.CoroutineScope;
import kotlinx.coroutines.CoroutineScopeKt;
import kotlinx.coroutines.Job;
import kotlinx.coroutines.JobKt;
import kotlinx.coroutines.SupervisorKt;

/**
 * The coroutine scope of one showing of a window ({@code FxLifecycle.scope(window)}): a
 * {@code SupervisorJob} on {@code FxDispatcher.main()}, cancelled when the window hides.
 *
 * <p><b>Invariants.</b> While the window shows, it holds at most one live scope, in its own
 * {@code getProperties()} map under a key private to this class, and one listener on its
 * {@code showingProperty}; both go when the window hides (the listener cancels the scope, removes
 * itself and the entry). Nothing outside the window refers to it: no global map, so a hidden
 * window, and its scope, can be collected.
 *
 * <p><b>Threads.</b> FX thread only: the window's properties map and showing property belong to it.
 */
public final class WindowScope {
    private static final Object KEY = new Object();

    private WindowScope() {}

    /**
     * The window's scope for its current showing; an already cancelled scope, kept nowhere, when
     * the window is not showing.
     *
     * @param window the window
     * @return its scope
     */
    public static CoroutineScope of(Window window) {
        if (window.getProperties().get(KEY) instanceof CoroutineScope existing) {
            return existing;
        }
        Job job = SupervisorKt.SupervisorJob(null);
        CoroutineScope scope = CoroutineScopeKt.CoroutineScope(job.plus(FxDispatcher.main()));
        if (!window.isShowing()) {
            job.cancel(null);
            return scope;
        }
        window.getProperties().put(KEY, scope);
        window.showingProperty().addListener(new ChangeListener<Boolean>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> showing, Boolean was, Boolean now) {
                if (!now) {
                    window.showingProperty().removeListener(this);
                    window.getProperties().remove(KEY, scope);
                    JobKt.cancel(job, null);
                }
            }
        });
        return scope;
    }
}
