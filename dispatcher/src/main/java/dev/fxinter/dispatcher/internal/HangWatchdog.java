package dev.fxinter.dispatcher.internal;

import dev.fxinter.dispatcher.Hang;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * The hang watchdog: notices that the FX thread has not come back to its event loop for a while,
 * whatever holds it (a task of fxinter's, a plain event handler, layout, CSS, a pulse), using
 * public API only.
 *
 * <p><b>How it sees a stall.</b> Every poll period the diagnostics thread looks at its
 * <em>tick</em>, a tiny runnable it posted with {@code Platform.runLater}. A tick that has run
 * proves the FX thread came back to its event loop after it was posted; the watchdog then posts
 * the next one. A tick still pending after {@code threshold} means the FX thread has been away
 * that long at least: the watchdog samples its stack ({@code Thread.getStackTrace}) and reports.
 * A nested event loop ({@code showAndWait}) runs {@code runLater} work, so it keeps ticking and is
 * never a hang. While the FX thread is healthy the watchdog costs one {@code runLater} per poll
 * period, no pulse and no timer of the toolkit's.
 *
 * <p><b>Invariants.</b> (1) At most one tick is pending. (2) Each listener gets, per stall, one
 * report for each distinct stack seen past its threshold (consecutive equal stacks are reported
 * once), then exactly one report with {@code ended == true}, and nothing for a stall shorter
 * than its threshold. (3) Nothing is reported while a debugger is attached ({@link Debugger}),
 * before the FX thread is known, or after the toolkit has exited (a {@code runLater} is then
 * dropped, which would look like a stall).
 *
 * <p><b>Threads.</b> {@link #pending} and the listeners' remembered stacks belong to the
 * diagnostics thread; the poll is (re)scheduled under the listeners' lock ({@link #polling}
 * is guarded by it). A tick's {@code ran} flag is volatile: written by the FX thread after its
 * time, read by the diagnostics thread.
 */
public final class HangWatchdog {
    private static final HangWatchdog INSTANCE = new HangWatchdog();

    private final ThresholdListeners<Hang> listeners = new ThresholdListeners<>(this::reschedule);
    /** Guarded by {@link #listeners}' lock: the periodic poll, or null without listeners. */
    private ScheduledFuture<?> polling;
    /** Diagnostics thread only: the tick posted and not yet seen run, or null. */
    private Tick pending;
    /** Diagnostics thread only: the last stack sampled in the current stall, or null. */
    private List<StackTraceElement> stallStack;
    /** Whether a JFR recording wants {@code dev.fxinter.Hang} events; set by {@link JfrSupport}. */
    private volatile boolean recordEvents;

    private HangWatchdog() {}

    /** A posted probe of the FX thread's event loop. */
    private static final class Tick implements Runnable {
        final long postedAt = System.nanoTime();
        /** A begun JFR event spanning the stall, if a recording wants one; diagnostics thread only. */
        final Object event = INSTANCE.recordEvents ? JfrSupport.beginHang() : null;
        /** Written by the FX thread before {@link #ran}. */
        long ranAt;
        volatile boolean ran;

        @Override
        public void run() {
            ranAt = System.nanoTime();
            ran = true;
        }
    }

    /** Adds a hang listener; see {@code FxDiagnostics.onHang}. */
    public static AutoCloseable subscribe(Duration threshold, Consumer<? super Hang> listener) {
        return INSTANCE.listeners.add(threshold, listener);
    }

    /** Switches the JFR events on or off (a recording that enables them started or stopped). */
    static void recordEvents(boolean on) {
        INSTANCE.recordEvents = on;
    }

    /** Runs under the listeners' lock after each change. */
    private void reschedule() {
        if (polling != null) {
            polling.cancel(false);
            polling = null;
        }
        if (!listeners.isEmpty()) {
            polling = DiagnosticsThread.every(ThresholdListeners.pollPeriodNanos(listeners.minThresholdNanos()),
                    this::poll);
        }
    }

    /** One look at the FX thread; runs on the diagnostics thread. */
    private void poll() {
        if (Debugger.ATTACHED) {
            return;
        }
        Thread fx = ToolkitWatch.fxThread();
        if (fx == null || ToolkitWatch.hasExited() || !fx.isAlive()) {
            if (fx == null) {
                ToolkitWatch.attach(); // posts the capture if a toolkit runs; starts nothing
            }
            pending = null;
            return;
        }
        Tick tick = pending;
        if (tick != null && tick.ran) {
            ended(tick, tick.ranAt - tick.postedAt);
            tick = null;
        }
        if (tick == null) {
            pending = new Tick();
            Platform.runLater(pending);
            return;
        }
        long blocked = System.nanoTime() - tick.postedAt;
        List<StackTraceElement> stack = null;
        for (ThresholdListeners.Entry<Hang> entry : listeners.entries()) {
            if (blocked < entry.thresholdNanos) {
                continue;
            }
            if (stack == null) {
                stack = List.of(fx.getStackTrace());
                if (tick.ran) {
                    return; // it came back while we sampled: the stack is not the stall's
                }
                stallStack = stack;
            }
            if (!stack.equals(entry.state)) {
                entry.state = stack;
                entry.deliver(new Hang(Duration.ofNanos(blocked), stack, false));
            }
        }
    }

    /** The stall is over: one last report to every listener that heard of it. */
    @SuppressWarnings("unchecked")
    private void ended(Tick tick, long totalNanos) {
        if (tick.event != null && stallStack != null) {
            JfrSupport.commitHang(tick.event, totalNanos, stallStack);
        }
        stallStack = null;
        for (ThresholdListeners.Entry<Hang> entry : listeners.entries()) {
            if (entry.state != null) {
                List<StackTraceElement> last = (List<StackTraceElement>) entry.state;
                entry.state = null;
                entry.deliver(new Hang(Duration.ofNanos(totalNanos), last, true));
            }
        }
    }
}
