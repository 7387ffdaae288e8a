package dev.fxinter.dispatcher;

import dev.fxinter.dispatcher.internal.FlightRecording;
import dev.fxinter.dispatcher.internal.HangWatchdog;
import dev.fxinter.dispatcher.internal.SlowTaskWatch;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Is the FX thread keeping up? Reports of the tasks that held it too long, and of the moments it
 * did not come back to its event loop at all, with the FX thread's stack sampled while it was
 * still busy, so that the report names the guilty frame rather than the drain.
 *
 * <p>Listeners run on the daemon thread {@code fxinter-diagnostics}, never on the FX thread, one
 * report at a time; a listener that blocks delays the reports after it. What a listener throws
 * goes to that thread's uncaught-exception handler, and the listener stays registered.
 *
 * <p><b>Cost.</b> With no slow-task listener registered, a drain reads one volatile field more
 * than without this class, and a dispatch one (no clock read, no allocation). A slow-task
 * listener adds no clock read and no object per task: the {@code fxinter-diagnostics} thread
 * polls what the FX thread runs, and the FX thread reads the clock only at the end of a task that
 * poll saw running; a task's queue node grows by 8 bytes. The hang watchdog posts one tiny
 * {@code Platform.runLater} per poll period (a quarter of the smallest threshold, between 5 ms
 * and 1 s), and only once the previous one has run; it starts no pulse and no timer of the toolkit's.
 *
 * <p><b>Debugger.</b> While a debugger is attached (the JVM was started with
 * {@code -agentlib:jdwp} or {@code -Xrunjdwp}), the watchdog reports nothing: a breakpoint
 * stops the FX thread, and that is not a hang.
 *
 * <p><b>JFR.</b> The same facts are recorded as the events {@code dev.fxinter.SlowTask} and
 * {@code dev.fxinter.Hang} (category "fxinter"), disabled by default. A recording that enables
 * them records them at its threshold (default 20 ms and 500 ms), whether or not a listener is
 * registered, once an {@link FxLoop} was opened or a listener registered in this JVM. On the
 * module path {@code jdk.jfr} must be in the module graph ({@code --add-modules jdk.jfr}; a JVM
 * started with {@code -XX:StartFlightRecording} has it).
 */
public final class FxDiagnostics {
    private FxDiagnostics() {}

    /**
     * Reports every task of fxinter's queue (a coroutine's dispatch, an {@link FxLoop#executor()}
     * task, a timer's resumption) that held the FX thread longer than {@code threshold}. Every
     * task queued after this call is watched; one queued before it may not be.
     *
     * <p>The detector polls the FX thread every quarter of the smallest threshold (at least
     * 5 ms), so a report's duration is an upper bound: measured from the later of the drain's
     * latest clock reading before the task and the last poll that saw the FX thread elsewhere. A
     * task that ran just under the threshold may be reported; one that reached it is seen by
     * several polls, unless the diagnostics thread is held all that time (listeners run on it:
     * one that blocks blinds the detector). With a threshold under 20 ms every task is timed
     * exactly (two clock reads). A task that opens a nested event loop ({@code showAndWait}) is
     * timed with the loop.
     *
     * @param threshold the shortest run that is reported; positive
     * @param listener receives each report on the {@code fxinter-diagnostics} thread
     * @return closing it removes this listener (idempotent, from any thread)
     * @throws IllegalArgumentException when {@code threshold} is not positive
     */
    public static AutoCloseable onSlowTask(Duration threshold, Consumer<? super SlowTask> listener) {
        return SlowTaskWatch.subscribe(positive(threshold), Objects.requireNonNull(listener, "listener"));
    }

    /**
     * Starts a watchdog that reports when the FX thread has not come back to its event loop for
     * {@code threshold}: a task, an event handler, layout, CSS or a pulse is stuck. An open
     * nested event loop ({@code showAndWait}) that keeps pumping is not a hang. The listener gets
     * the FX thread's stack while it is still stuck, once per stall and again whenever that stack
     * changes, then one last report with {@link Hang#ended()} true and the stall's total length.
     *
     * @param threshold how long the FX thread may be away before it counts as stuck; positive
     * @param listener receives each report on the {@code fxinter-diagnostics} thread
     * @return closing it removes this listener (idempotent, from any thread); the watchdog stops
     *         with the last one
     * @throws IllegalArgumentException when {@code threshold} is not positive
     */
    public static AutoCloseable onHang(Duration threshold, Consumer<? super Hang> listener) {
        return HangWatchdog.subscribe(positive(threshold), Objects.requireNonNull(listener, "listener"));
    }

    private static Duration positive(Duration threshold) {
        Objects.requireNonNull(threshold, "threshold");
        FlightRecording.watch();
        if (threshold.isNegative() || threshold.isZero()) {
            throw new IllegalArgumentException("threshold must be positive: " + threshold);
        }
        return threshold;
    }
}
