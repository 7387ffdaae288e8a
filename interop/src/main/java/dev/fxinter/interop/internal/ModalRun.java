package dev.fxinter.interop.internal;

import dev.fxinter.dispatcher.internal.ToolkitWatch;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;

/**
 * One modal call of {@code FxModal}: a {@code Platform.runLater} task that runs a function which
 * may enter a nested event loop, at the top of the FX event loop rather than on its caller's
 * stack, and completes a future with its result or exception.
 *
 * <p>It runs from its own {@code runLater}, so never inside a drain of fxinter's queue or a
 * caller's code; the dispatcher's queue keeps a drain posted, so coroutines, timers and flows
 * go on inside the nested loop. When a nested loop may not start right now
 * ({@code Platform.canStartNestedEventLoop()} is false, as inside an animation pulse), it posts
 * itself again and retries on the next turn instead of throwing. If the future is already done
 * (cancelled) when its turn comes, the function does not run.
 *
 * <p><b>Toolkit exit.</b> After the toolkit has exited, {@code runLater} drops tasks silently. So
 * that the future never hangs, {@link #post()} also registers an exit listener with fxinter's
 * toolkit watch, which fails the future if it is still pending when the toolkit exits; the
 * listener is removed as soon as the future completes. (It used to be a coroutine waiting in an
 * FX {@code delay(Long.MAX_VALUE)}, which under the test kit's virtual time moved the clock
 * 146 years whenever a test awaited a modal.)
 *
 * <p><b>Threads.</b> {@link #run()} runs on the FX thread only; the future may be completed or
 * cancelled from any thread.
 *
 * @param <T> the function's result
 */
public final class ModalRun<T> implements Runnable {
    private final Callable<T> fn;
    private final CompletableFuture<T> result;
    private final BooleanSupplier canNest;

    /**
     * @param fn the function
     * @param result receives the result or exception
     * @param canNest whether a nested event loop may start now ({@code Platform::canStartNestedEventLoop})
     */
    public ModalRun(Callable<T> fn, CompletableFuture<T> result, BooleanSupplier canNest) {
        this.fn = fn;
        this.result = result;
        this.canNest = canNest;
    }

    /**
     * Posts this run with {@code Platform.runLater}; fails the future when no toolkit runs.
     */
    public void post() {
        guardAgainstExit();
        postAgain();
    }

    private void postAgain() {
        try {
            Platform.runLater(this);
        } catch (IllegalStateException noToolkit) {
            result.completeExceptionally(new IllegalStateException(
                    "No JavaFX toolkit is running: open an FxLoop, or launch the Application, first", noToolkit));
        }
    }

    private void guardAgainstExit() {
        ToolkitWatch.attach(); // the exit is watched once fxinter knows the toolkit (false: none runs)
        Runnable stopWatching = ToolkitWatch.onExit(() -> result.completeExceptionally(new IllegalStateException(
                "The JavaFX toolkit exited before the modal function could run")));
        result.whenComplete((value, failure) -> stopWatching.run());
    }

    @Override
    public void run() {
        if (result.isDone()) {
            return;
        }
        if (!canNest.getAsBoolean()) {
            postAgain();
            return;
        }
        try {
            result.complete(fn.call());
        } catch (Throwable t) {
            result.completeExceptionally(t);
        }
    }
}
