package dev.fxinter.dispatcher.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/**
 * Knows whether the JavaFX toolkit runs, which thread is its Application Thread, and when the
 * toolkit has exited, using public API only and starting nothing on its own.
 *
 * <p><b>States.</b> {@code DETACHED} (no toolkit seen yet) &rarr; {@code ATTACHED} (a toolkit
 * runs; its FX thread is captured, or will be by the first task it runs) &rarr; {@code EXITED}
 * (the captured FX thread has terminated). Transitions only go forward, and {@code EXITED} is
 * final: JavaFX cannot be started twice in one JVM.
 *
 * <p><b>Probing without starting.</b> {@link #attach()} calls {@code Platform.runLater}, which
 * throws {@code IllegalStateException} while the toolkit is not initialized and starts nothing.
 * {@code Platform.isFxApplicationThread()} is only called once that probe succeeded: before, it
 * would create the toolkit's renderer thread as a side effect.
 *
 * <p><b>Noticing exit.</b> When the FX thread is captured, one daemon thread
 * ({@code fxinter-toolkit-watch}) joins it. When it ends, the state becomes {@code EXITED}
 * and the exit listeners run once, on that watch thread, in registration order. This sees
 * {@code Platform.exit()} and an implicit exit alike, and needs no private API.
 *
 * <p><b>Publication.</b> {@link #state} and {@link #fxThread} are volatile; {@code fxThread}
 * is written once, under {@link #LOCK}, before the state it implies is observed. The listener
 * list is guarded by {@code LOCK}.
 */
public final class ToolkitWatch {
    /** No toolkit has been seen running. */
    public static final int DETACHED = 0;
    /** The toolkit runs (its thread may still be uncaptured for a moment). */
    public static final int ATTACHED = 1;
    /** The FX thread has terminated; final. */
    public static final int EXITED = 2;

    private static final Object LOCK = new Object();

    /** DETACHED, ATTACHED or EXITED; only ever increases. */
    private static volatile int state = DETACHED;
    /** The JavaFX Application Thread; written once under LOCK. */
    private static volatile Thread fxThread;
    /** Guarded by LOCK; null once the listeners have run. */
    private static List<Runnable> exitListeners = new ArrayList<>();
    /**
     * Why our own {@code Platform.startup} failed, if it did. JavaFX then counts itself
     * initialized but never starts, and {@code Platform.runLater} would block forever.
     */
    private static volatile Throwable startupFailure;
    /** Counted down when the exit listeners have all run. */
    private static final CountDownLatch EXITED_LATCH = new CountDownLatch(1);

    private ToolkitWatch() {}

    /** The current state: {@link #DETACHED}, {@link #ATTACHED} or {@link #EXITED}. */
    public static int state() {
        return state;
    }

    /** True on the captured FX thread; a field read and a compare. */
    public static boolean isFxThread() {
        return Thread.currentThread() == fxThread;
    }

    /**
     * True when the caller runs on the FX thread, capturing it first if a toolkit runs but its
     * thread was not seen yet. Never starts a toolkit. Once captured: a field read and a compare.
     */
    public static boolean onFxThread() {
        Thread fx = fxThread;
        if (fx != null) {
            return fx == Thread.currentThread();
        }
        if (!attach()) {
            return false;
        }
        // attached, so this cannot start anything
        if (Platform.isFxApplicationThread()) {
            captureCurrentThread();
            return true;
        }
        return false;
    }

    /** Records that our {@code Platform.startup} failed: from now on, no toolkit runs. */
    public static void startupFailed(Throwable reason) {
        startupFailure = reason;
    }

    /** Why our own startup failed, or null. */
    public static Throwable startupFailure() {
        return startupFailure;
    }

    /** True once the toolkit has exited. */
    public static boolean hasExited() {
        return state == EXITED;
    }

    /**
     * Attaches to a running toolkit if there is one: returns true when a toolkit runs (or ran),
     * false when none was ever started. Starts nothing.
     */
    public static boolean attach() {
        if (state != DETACHED) {
            return true;
        }
        if (startupFailure != null) {
            return false; // runLater would wait forever for a start that failed
        }
        try {
            Platform.runLater(ToolkitWatch::captureCurrentThread);
        } catch (IllegalStateException notInitialized) {
            return false;
        }
        // The probe succeeded, so the toolkit exists and this call has no side effect.
        if (Platform.isFxApplicationThread()) {
            captureCurrentThread();
        }
        synchronized (LOCK) {
            if (state == DETACHED) {
                state = ATTACHED;
            }
        }
        return true;
    }

    /**
     * Records the calling thread, which must be the FX thread, and starts watching for its end.
     * Idempotent.
     */
    public static void captureCurrentThread() {
        synchronized (LOCK) {
            if (fxThread != null) {
                return;
            }
            Thread fx = Thread.currentThread();
            fxThread = fx;
            if (state == DETACHED) {
                state = ATTACHED;
            }
            Thread watch = new Thread(() -> awaitExit(fx), "fxinter-toolkit-watch");
            watch.setDaemon(true);
            watch.start();
        }
    }

    /**
     * Runs {@code listener} once the toolkit has exited, on the watch thread; at once on the
     * calling thread when it has already exited.
     */
    public static void onExit(Runnable listener) {
        synchronized (LOCK) {
            if (exitListeners != null) {
                exitListeners.add(listener);
                return;
            }
        }
        listener.run();
    }

    /** Waits up to {@code timeout} for the exit listeners to have run; true if they have. */
    public static boolean awaitExit(long timeout, TimeUnit unit) throws InterruptedException {
        return EXITED_LATCH.await(timeout, unit);
    }

    private static void awaitExit(Thread fx) {
        boolean interrupted = false;
        while (fx.isAlive()) {
            try {
                fx.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        List<Runnable> listeners;
        synchronized (LOCK) {
            state = EXITED;
            listeners = exitListeners;
            exitListeners = null;
        }
        for (Runnable listener : listeners) {
            try {
                listener.run();
            } catch (Throwable t) {
                Thread current = Thread.currentThread();
                current.getUncaughtExceptionHandler().uncaughtException(current, t);
            }
        }
        EXITED_LATCH.countDown();
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
