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
 * runs and its FX thread is captured) &rarr; {@code EXITED} (the captured FX thread has
 * terminated, or the toolkit had exited before fxinter first looked: then straight from
 * {@code DETACHED}). Transitions only go forward, and {@code EXITED} is final: JavaFX cannot be
 * started twice in one JVM.
 *
 * <p><b>Probing without starting.</b> {@link #attach()} calls {@code Platform.runLater}, which
 * throws {@code IllegalStateException} while the toolkit is not initialized and starts nothing.
 * {@code Platform.isFxApplicationThread()} is only called once that probe succeeded: before, it
 * would create the toolkit's renderer thread as a side effect.
 *
 * <p><b>A probe that does not throw is not proof of life.</b> After {@code Platform.exit()}
 * JavaFX still counts itself initialized, and {@code runLater} drops its runnable silently. So
 * {@code attach()} only becomes {@code ATTACHED} with the FX thread in hand, found by public
 * means, in this order: the caller is the FX thread ({@code Platform.isFxApplicationThread()},
 * safe once initialized); a live thread named {@value #FX_THREAD_NAME} exists (every glass
 * platform names its event thread so); the posted probe runs and captures its thread within
 * {@link #PROBE_TIMEOUT_MILLIS} ms (covers a toolkit whose thread is being created right now by
 * a concurrent {@code Platform.startup}). If none of these holds, the toolkit has exited before
 * fxinter first looked: the state becomes {@code EXITED} at once, the exit listeners run on the
 * calling thread, and every later dispatch is rejected. One caller waits at a time; concurrent
 * callers wait for its answer (never the FX thread, which knows itself first). The wait is
 * paid once per JVM, and only in that case.
 *
 * <p><b>Noticing exit.</b> When the FX thread is captured, one daemon thread
 * ({@code fxinter-toolkit-watch}) joins it. When it ends, the state becomes {@code EXITED}
 * and the exit listeners run once, on that watch thread, in registration order. This sees
 * {@code Platform.exit()} and an implicit exit alike, and needs no private API.
 *
 * <p><b>Publication.</b> {@link #state} and {@link #fxThread} are volatile; {@code fxThread}
 * is written once, under {@link #LOCK}, before the state it implies is observed. The listener
 * list is guarded by {@code LOCK}. Nothing public lets a caller name a thread as the FX thread
 * or declare a startup failed: those entry points are package-private.
 */
public final class ToolkitWatch {
    /** No toolkit has been seen running. */
    public static final int DETACHED = 0;
    /** The toolkit runs (its thread may still be uncaptured for a moment). */
    public static final int ATTACHED = 1;
    /** The FX thread has terminated; final. */
    public static final int EXITED = 2;

    /** The name every JavaFX glass platform gives its event thread. */
    static final String FX_THREAD_NAME = "JavaFX Application Thread";
    /** How long a probe waits for a toolkit with no live FX thread to run a task. */
    static final long PROBE_TIMEOUT_MILLIS = 10_000;

    private static final Object LOCK = new Object();
    /** Held by the one caller that probes an initialized toolkit; see the class comment. */
    private static final Object PROBE = new Object();

    /** DETACHED, ATTACHED or EXITED; only ever increases. */
    private static volatile int state = DETACHED;
    /** The JavaFX Application Thread; written once under LOCK. */
    private static volatile Thread fxThread;
    /** Guarded by LOCK; null once the listeners have run. Identity-removable (see onExit). */
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

    /** The captured FX thread, or null while none was seen. */
    static Thread fxThread() {
        return fxThread;
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
        if (fx == null) {
            if (!attach()) {
                return false;
            }
            fx = fxThread; // captured by attach(), or null when the toolkit had exited
        }
        return fx == Thread.currentThread();
    }

    /** Records that our {@code Platform.startup} failed: from now on, no toolkit runs. */
    static void startupFailed(Throwable reason) {
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
     * Attaches to a running toolkit if there is one: returns true when a toolkit runs or ran
     * (then {@link #state()} is {@link #ATTACHED} with the FX thread captured, or
     * {@link #EXITED}), false when none was ever started. Starts nothing. May wait, once per
     * JVM, up to {@link #PROBE_TIMEOUT_MILLIS} ms (see the class comment).
     *
     * @return whether a toolkit runs or ran
     */
    public static boolean attach() {
        if (state != DETACHED) {
            return true;
        }
        if (startupFailure != null) {
            return false; // runLater would wait forever for a start that failed
        }
        CountDownLatch ran = new CountDownLatch(1);
        try {
            Platform.runLater(() -> {
                captureCurrentThread();
                ran.countDown();
            });
        } catch (IllegalStateException notInitialized) {
            return false;
        }
        // Initialized, so this call has no side effect. The FX thread never waits below.
        if (Platform.isFxApplicationThread()) {
            captureCurrentThread();
            return true;
        }
        synchronized (PROBE) {
            if (state != DETACHED) {
                return true;
            }
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(PROBE_TIMEOUT_MILLIS);
            boolean interrupted = false;
            try {
                for (;;) {
                    if (state != DETACHED) {
                        return true; // another caller's probe captured the FX thread
                    }
                    Thread fx = liveThreadNamed(FX_THREAD_NAME);
                    if (fx != null) {
                        capture(fx);
                        return true;
                    }
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        break;
                    }
                    try {
                        if (ran.await(Math.min(left, TimeUnit.MILLISECONDS.toNanos(10)), TimeUnit.NANOSECONDS)) {
                            return true; // the probe captured the FX thread
                        }
                    } catch (InterruptedException e) {
                        interrupted = true;
                    }
                }
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
            // Initialized, yet no FX thread and the probe was dropped: exited before we looked.
            exited();
            return true;
        }
    }

    /** A live platform thread with this exact name, or null. */
    private static Thread liveThreadNamed(String name) {
        ThreadGroup root = Thread.currentThread().getThreadGroup();
        while (root.getParent() != null) {
            root = root.getParent();
        }
        Thread[] threads = new Thread[root.activeCount() + 16];
        int count = root.enumerate(threads, true);
        for (int i = 0; i < count; i++) {
            Thread thread = threads[i];
            if (name.equals(thread.getName()) && thread.isAlive()) {
                return thread;
            }
        }
        return null;
    }

    /**
     * Records the calling thread, which must be the FX thread, and starts watching for its end.
     * Idempotent. Package-private: only the drain, the startup and the probe know that the
     * caller is the FX thread.
     */
    static void captureCurrentThread() {
        capture(Thread.currentThread());
    }

    private static void capture(Thread fx) {
        synchronized (LOCK) {
            if (fxThread != null || state == EXITED) {
                return;
            }
            fxThread = fx;
            state = ATTACHED;
            Thread watch = new Thread(() -> awaitExit(fx), "fxinter-toolkit-watch");
            watch.setDaemon(true);
            watch.start();
        }
    }

    /**
     * Runs {@code listener} once the toolkit has exited, on the watch thread; at once on the
     * calling thread when it has already exited.
     *
     * @param listener what to run
     * @return removes the listener if it has not run yet (an {@code FxLoop} closed before the
     *     exit must not stay reachable from here); idempotent
     */
    public static Runnable onExit(Runnable listener) {
        synchronized (LOCK) {
            if (exitListeners != null) {
                exitListeners.add(listener);
                return () -> {
                    synchronized (LOCK) {
                        if (exitListeners != null) {
                            exitListeners.remove(listener);
                        }
                    }
                };
            }
        }
        listener.run();
        return () -> { };
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
        exited();
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Moves to EXITED and runs the exit listeners, once; on the watch or the probing thread. */
    private static void exited() {
        List<Runnable> listeners;
        synchronized (LOCK) {
            state = EXITED;
            listeners = exitListeners;
            exitListeners = null;
        }
        if (listeners == null) {
            return;
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
    }
}
