package dev.fxinter.dispatcher.internal;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The daemon thread {@code fxinter-diagnostics}: it samples the FX thread for the slow-task
 * detector and the hang watchdog, and delivers every diagnostics report to its listeners, one at
 * a time. It exists only once a diagnostics listener (or a JFR recording of fxinter's events) was
 * registered, and ends after a minute with nothing scheduled.
 *
 * <p>Everything that runs here runs on this one thread, so the samplers' and reporters' own state
 * needs no lock as long as only this thread touches it. A task that throws is reported to the
 * thread's uncaught-exception handler and the thread goes on.
 */
final class DiagnosticsThread {
    /** The thread's name. */
    static final String NAME = "fxinter-diagnostics";

    private DiagnosticsThread() {}

    /** Holder idiom: the executor (and so its thread) exists only once something is scheduled. */
    private static final class Holder {
        static final ScheduledThreadPoolExecutor EXECUTOR = newExecutor();

        private static ScheduledThreadPoolExecutor newExecutor() {
            ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, task -> {
                Thread thread = new Thread(task, NAME);
                thread.setDaemon(true);
                return thread;
            });
            executor.setKeepAliveTime(60, TimeUnit.SECONDS);
            executor.allowCoreThreadTimeOut(true);
            executor.setRemoveOnCancelPolicy(true);
            return executor;
        }
    }

    /** Runs {@code task} on the diagnostics thread, after what is already queued there. */
    static void execute(Runnable task) {
        Holder.EXECUTOR.execute(() -> runReporting(task));
    }

    /** Runs {@code task} on the diagnostics thread every {@code periodNanos}, until cancelled. */
    static ScheduledFuture<?> every(long periodNanos, Runnable task) {
        return Holder.EXECUTOR.scheduleWithFixedDelay(() -> runReporting(task), periodNanos, periodNanos,
                TimeUnit.NANOSECONDS);
    }

    private static void runReporting(Runnable task) {
        try {
            task.run();
        } catch (Throwable t) {
            Thread current = Thread.currentThread();
            current.getUncaughtExceptionHandler().uncaughtException(current, t);
        }
    }
}
