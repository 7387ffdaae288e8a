package dev.fxinter.interop;

import org.jspecify.annotations.Nullable;
import dev.fxinter.dispatcher.FxDispatcher;
import dev.fxinter.interop.internal.OnFxThread;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import kotlin.coroutines.EmptyCoroutineContext;

/**
 * The JavaFX Application Thread (the "FX thread") as a token: ask whether the caller is on it,
 * insist that it is, or run a block there and wait for its result.
 *
 * <p>None of these methods starts a toolkit. The check asks fxinter's immediate dispatcher,
 * which compares the current thread with the FX thread it captured (it captures it on first use
 * once a toolkit runs, and never calls {@code Platform.isFxApplicationThread()} before that,
 * which would start the toolkit's renderer thread).
 *
 * <p><b>Thread safety.</b> Stateless; every method may be called from any thread.
 */
public final class FxThread {
    private FxThread() {}

    /**
     * Whether the caller runs on the FX thread. Starts nothing.
     *
     * @return true on the JavaFX Application Thread
     */
    public static boolean isFxThread() {
        // The immediate dispatcher knows the FX thread (it captures it on first use once a
        // toolkit runs, and never starts one): a field read and a compare after that.
        return !FxDispatcher.main().getImmediate().isDispatchNeeded(EmptyCoroutineContext.INSTANCE);
    }

    /**
     * Throws unless the caller runs on the FX thread.
     *
     * @throws IllegalStateException naming the calling thread, when it is not the FX thread
     */
    public static void check() {
        if (!isFxThread()) {
            throw new IllegalStateException("Not on the JavaFX Application Thread: called on thread \""
                    + Thread.currentThread().getName() + "\"");
        }
    }

    /**
     * Runs {@code fn} on the FX thread and waits for it; on the FX thread it runs inline
     * (re-entrant). Off the FX thread, {@code fn} runs through the same FIFO queue as coroutine
     * dispatches, so it also runs while a nested event loop ({@code showAndWait}) is open.
     * Exceptions of {@code fn}, checked ones included, are rethrown unwrapped and undeclared.
     *
     * @param fn the code to run
     * @param <T> its result
     * @return what {@code fn} returned
     * @throws IllegalStateException at once when no toolkit runs (never started, or exited)
     * @throws CancellationException when the waiting thread is interrupted (its interrupt flag
     *     is set again)
     */
    public static <T extends @Nullable Object> T callAndWait(Callable<T> fn) {
        Objects.requireNonNull(fn, "fn");
        try {
            return OnFxThread.callAndWait(fn, Long.MAX_VALUE);
        } catch (TimeoutException e) {
            throw new AssertionError("an unbounded wait timed out", e);
        }
    }
}
