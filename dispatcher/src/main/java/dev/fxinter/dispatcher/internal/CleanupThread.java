package dev.fxinter.dispatcher.internal;

import java.util.concurrent.CancellationException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import kotlin.coroutines.CoroutineContext;
import kotlinx.coroutines.CoroutineExceptionHandlerKt;
import kotlinx.coroutines.JobKt;

/**
 * Where work goes that the FX thread can no longer run (the toolkit exited) or never could
 * (no toolkit was started): its coroutine is cancelled with the reason, then the task runs here,
 * so that the coroutine observes the cancellation, runs its {@code finally} blocks and completes.
 * Nothing is dropped and nothing hangs. This is kotlinx-coroutines-android's
 * "cancel on rejection" model.
 *
 * <p><b>One thread.</b> Code written for the FX thread assumes it never runs concurrently with
 * itself; one cleanup thread keeps that true, and runs rejected tasks in the order they were
 * rejected. The thread is started on the first rejection and ends after a minute idle.
 *
 * <p>A task that throws is reported like a task on the FX thread: to the context's
 * {@code CoroutineExceptionHandler}, else the thread's uncaught-exception handler.
 */
public final class CleanupThread {
    private CleanupThread() {}

    /** Holder idiom: the executor (and so its thread) exists only once something is rejected. */
    private static final class Holder {
        static final ThreadPoolExecutor EXECUTOR = newExecutor();

        private static ThreadPoolExecutor newExecutor() {
            ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 60, TimeUnit.SECONDS,
                    new LinkedBlockingQueue<>(), task -> {
                        Thread thread = new Thread(task, "fxinter-cleanup");
                        thread.setDaemon(true);
                        return thread;
                    });
            executor.allowCoreThreadTimeOut(true);
            return executor;
        }
    }

    /**
     * Cancels the coroutine of {@code context} (if it has a Job) with {@code reason} as the cause
     * of its {@code CancellationException}, then runs {@code task} on the cleanup thread.
     */
    public static void reject(CoroutineContext context, Runnable task, Throwable reason) {
        cancel(context, reason);
        execute(context, task);
    }

    /** Cancels the coroutine of {@code context}, if any, with {@code reason} as the cause. */
    public static void cancel(CoroutineContext context, Throwable reason) {
        CancellationException cancellation = new CancellationException(reason.getMessage());
        cancellation.initCause(reason);
        JobKt.cancel(context, cancellation);
    }

    /** Runs {@code task} on the cleanup thread, reporting what it throws. */
    public static void execute(CoroutineContext context, Runnable task) {
        Holder.EXECUTOR.execute(() -> runReporting(context, task));
    }

    /** Runs {@code task} here; what it throws goes where kotlinx would send it. */
    public static void runReporting(CoroutineContext context, Runnable task) {
        try {
            task.run();
        } catch (Throwable t) {
            CoroutineExceptionHandlerKt.handleCoroutineException(context, t);
        }
    }
}
