package dev.fxinter.interop.internal;

import dev.fxinter.dispatcher.FxDispatcher;
import dev.fxinter.dispatcher.internal.UncheckedRethrow;
import dev.fxinter.interop.FxThread;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import kotlinx.coroutines.CompletableJob;
import kotlinx.coroutines.JobKt;
import org.jspecify.annotations.Nullable;

/**
 * Runs a task on the FX thread: inline when the caller is already there, otherwise through the
 * FX dispatcher's FIFO queue (which also drains inside nested event loops). When the task can
 * never run there (no toolkit was started, or it exited), the task is skipped and the reason is
 * handed to {@code ifRejected} instead.
 *
 * <p><b>Order.</b> Tasks handed over from other threads run in the order they were queued, and
 * after every task queued before them; a task run inline runs before all queued ones.
 *
 * <p><b>How rejection is seen.</b> Each queued task carries a fresh {@code Job} in its context.
 * The dispatcher cancels that Job, with the reason as the cause, before it runs a task it cannot
 * run on the FX thread (on its cleanup thread); the task checks the Job first.
 */
public final class OnFxThread {
    private OnFxThread() {}

    /**
     * Runs {@code task} on the FX thread, or passes the reason it cannot to {@code ifRejected}
     * (on the dispatcher's cleanup thread).
     *
     * @param task what to run on the FX thread
     * @param ifRejected receives the reason when the task cannot run on the FX thread
     */
    public static void run(Runnable task, Consumer<? super Throwable> ifRejected) {
        if (FxThread.isFxThread()) {
            task.run();
            return;
        }
        queue(task, ifRejected);
    }

    /**
     * {@code FxThread.callAndWait}, with a bound on the wait: runs {@code fn} on the FX thread
     * (inline there) and returns its result; its exceptions, checked ones included, are rethrown
     * unwrapped and undeclared.
     *
     * @param fn the code to run
     * @param timeoutNanos how long to wait; {@code Long.MAX_VALUE}: as long as it takes
     * @param <T> its result
     * @return what {@code fn} returned
     * @throws TimeoutException when {@code fn} has not returned in time (it may still run)
     * @throws IllegalStateException when no toolkit runs (never started, or exited)
     * @throws CancellationException when the waiting thread is interrupted (its interrupt flag
     *     is set again)
     */
    public static <T extends @Nullable Object> T callAndWait(Callable<T> fn, long timeoutNanos)
            throws TimeoutException {
        if (FxThread.isFxThread()) {
            try {
                return fn.call();
            } catch (Exception e) {
                throw UncheckedRethrow.rethrow(e);
            }
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        run(() -> {
            try {
                result.complete(fn.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        }, result::completeExceptionally);
        try {
            return timeoutNanos == Long.MAX_VALUE ? result.get() : result.get(timeoutNanos, TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            throw UncheckedRethrow.rethrow(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            CancellationException cancelled = new CancellationException("FxThread.callAndWait interrupted");
            cancelled.initCause(e);
            throw cancelled;
        }
    }

    /**
     * Queues {@code task} for the FX thread even when the caller is the FX thread (it then runs
     * after everything queued before it), or passes the reason it cannot run there to
     * {@code ifRejected} (on the dispatcher's cleanup thread).
     *
     * @param task what to run on the FX thread
     * @param ifRejected receives the reason when the task cannot run on the FX thread
     */
    public static void queue(Runnable task, Consumer<? super Throwable> ifRejected) {
        CompletableJob marker = JobKt.Job(null);
        FxDispatcher.main().dispatch(marker, () -> {
            if (marker.isCancelled()) {
                CancellationException cancelled = marker.getCancellationException();
                ifRejected.accept(cancelled.getCause() != null ? cancelled.getCause() : cancelled);
            } else {
                task.run();
            }
        });
    }
}
