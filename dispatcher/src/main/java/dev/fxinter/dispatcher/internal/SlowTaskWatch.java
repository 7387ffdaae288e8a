package dev.fxinter.dispatcher.internal;

import dev.fxinter.dispatcher.SlowTask;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import kotlin.coroutines.CoroutineContext;
import kotlin.coroutines.jvm.internal.CoroutineStackFrame;
import kotlinx.coroutines.CoroutineExceptionHandlerKt;
import kotlinx.coroutines.CoroutineName;

/**
 * The slow-task detector: times each task of the {@link DrainQueue} while someone listens, samples
 * the FX thread's stack from the diagnostics thread while a task is still running past the
 * threshold (the way BlockCanary does on Android), and reports the tasks that took too long.
 *
 * <p><b>Cost.</b> {@link #active()} is null while nobody listens: the drain reads it once per drain
 * and a dispatch once per task, and does nothing else (the drain's type check of each task for a
 * {@link QueuedTask}, {@link #isQueued}, reads nothing the call of the task does not read anyway). While it is set, a dispatch takes the time
 * and wraps its task ({@link QueuedTask}); the drain runs each task through {@link #run}, which
 * publishes what runs (one small object, one volatile write) and reads the clock once at its end
 * (that read is also the next task's start).
 *
 * <p><b>Invariants.</b> (1) Every task queued while a listener was registered that ran at least
 * the smallest threshold is reported to each listener whose threshold it reached, once, on the
 * diagnostics thread: its dispatch wrapped it, and a drain that began before the registration
 * switches the watch on when it meets a wrapped task. (2) A report's stack was sampled while its task (or a task nested inside it,
 * in a nested event loop) was running, after the smallest threshold had passed; else it is empty.
 *
 * <p><b>Threads.</b> {@link #current} is written by the FX thread only (the one consumer of the
 * queue) and read by the diagnostics thread: a {@link Running} is immutable, so a sample that
 * reads the same instance before and after taking the stack took it while that task ran.
 * {@link #samples} belongs to the diagnostics thread. {@link #active}, {@link #thresholdNanos} and
 * the sampling schedule change under the listeners' lock.
 */
public final class SlowTaskWatch {
    private static final SlowTaskWatch INSTANCE = new SlowTaskWatch();
    /** How many recent samples the diagnostics thread keeps for reports still to come. */
    private static final int KEPT_SAMPLES = 8;

    /** The watch while someone listens, else null: what the drain and dispatches check. */
    private static volatile SlowTaskWatch active;

    private final ThresholdListeners<SlowTask> listeners = new ThresholdListeners<>(this::reconfigure);
    /** The smallest threshold of the listeners; written under the listeners' lock. */
    private volatile long thresholdNanos = Long.MAX_VALUE;
    /** Guarded by the listeners' lock: the periodic sampler, or null. */
    private ScheduledFuture<?> sampling;
    /** Written by the FX thread only: the innermost task running now, or null. */
    private volatile Running current;
    /** Diagnostics thread only: the latest samples, newest first. */
    private final ArrayDeque<Sample> samples = new ArrayDeque<>();
    /** The newest sample, for the FX thread's JFR event; written by the diagnostics thread. */
    private volatile Sample latestSample;
    /** Whether a JFR recording wants {@code dev.fxinter.SlowTask} events; set by {@link JfrSupport}. */
    private volatile boolean recordEvents;
    /** The latest task sampled; guarded by this object's monitor, for {@link #awaitSampled}. */
    private Running lastSampled;

    private SlowTaskWatch() {}

    /** A task on the FX thread and when it started; immutable. */
    private record Running(Runnable task, long since) {}

    /** What the sampler saw while a task ran. */
    private record Sample(Running running, List<StackTraceElement> stack, String task) {}

    /** A task queued while slow tasks are watched, with its queueing time. */
    private static final class QueuedTask implements Runnable {
        final Runnable task;
        final long queuedAt = System.nanoTime();

        QueuedTask(Runnable task) {
            this.task = task;
        }

        @Override
        public void run() {
            task.run(); // run as is when the watch was switched off meanwhile
        }
    }

    /** Adds a slow-task listener; see {@code FxDiagnostics.onSlowTask}. */
    public static AutoCloseable subscribe(Duration threshold, Consumer<? super SlowTask> listener) {
        return INSTANCE.listeners.add(threshold, listener);
    }

    /** Whether {@code task} was queued while the watch was on (a dispatch wrapped it). */
    static boolean isQueued(Runnable task) {
        return task instanceof QueuedTask;
    }

    /** The watch while someone listens for slow tasks, else null; one volatile read. */
    static SlowTaskWatch active() {
        return active;
    }

    /** {@code task} with its queueing time, for the queue latency of its report. */
    Runnable queued(Runnable task) {
        return new QueuedTask(task);
    }

    /** Switches the JFR events on or off (a recording that enables them started or stopped). */
    static void recordEvents(boolean on) {
        INSTANCE.recordEvents = on;
    }

    /** Runs under the listeners' lock after each change. */
    private void reconfigure() {
        long threshold = listeners.minThresholdNanos();
        thresholdNanos = threshold;
        if (sampling != null) {
            sampling.cancel(false);
            sampling = null;
        }
        if (listeners.isEmpty()) {
            active = null;
        } else {
            sampling = DiagnosticsThread.every(ThresholdListeners.pollPeriodNanos(threshold), this::sample);
            active = this;
        }
    }

    /**
     * Runs one task of a drain on the FX thread, reporting it when it was slow. What it throws
     * goes where kotlinx sends it.
     *
     * @param context the task's coroutine context
     * @param queued the task as it was queued (wrapped or not)
     * @param startedAt the clock just before it (the drain's budget clock or the previous task's end)
     * @return the clock just after it
     */
    long run(CoroutineContext context, Runnable queued, long startedAt) {
        Runnable task = queued instanceof QueuedTask wrapped ? wrapped.task : queued;
        Running outer = current;
        Running running = new Running(task, startedAt);
        current = running;
        Object event = recordEvents ? JfrSupport.beginSlowTask() : null;
        try {
            task.run();
        } catch (Throwable t) {
            CoroutineExceptionHandlerKt.handleCoroutineException(context, t);
        } finally {
            current = outer;
        }
        long end = System.nanoTime();
        long duration = end - startedAt;
        long latency = queued instanceof QueuedTask wrapped ? Math.max(0, startedAt - wrapped.queuedAt) : 0;
        if (event != null && JfrSupport.endSlowTask(event)) {
            Sample sample = latestSample;
            boolean sampled = sample != null && sample.running == running;
            JfrSupport.commitSlowTask(event, duration, latency, coroutineName(context),
                    sampled ? sample.task : describe(task), sampled ? sample.stack : List.of());
        }
        if (duration >= thresholdNanos) {
            DiagnosticsThread.execute(() -> report(running, context, duration, latency));
        }
        return end;
    }

    /** Samples the FX thread if a task runs past the threshold; runs on the diagnostics thread. */
    private void sample() {
        Running running = current;
        Thread fx = ToolkitWatch.fxThread();
        if (running == null || fx == null || System.nanoTime() - running.since < thresholdNanos
                || (!samples.isEmpty() && samples.peekFirst().running == running)) {
            return;
        }
        List<StackTraceElement> stack = List.of(fx.getStackTrace());
        String task = describe(running.task);
        if (current != running) {
            return; // it ended while we sampled: this stack may be the next task's
        }
        Sample sample = new Sample(running, stack, task);
        latestSample = sample;
        samples.addFirst(sample);
        if (samples.size() > KEPT_SAMPLES) {
            samples.removeLast();
        }
        synchronized (this) {
            lastSampled = running;
            notifyAll();
        }
    }

    /** Delivers the report of one slow task; runs on the diagnostics thread. */
    private void report(Running running, CoroutineContext context, long durationNanos, long latencyNanos) {
        Sample sample = null;
        for (Sample candidate : samples) {
            if (candidate.running == running) {
                sample = candidate;
                break;
            }
        }
        SlowTask report = new SlowTask(Duration.ofNanos(durationNanos), Duration.ofNanos(latencyNanos),
                coroutineName(context),
                sample != null ? sample.task : describe(running.task),
                sample != null ? sample.stack : List.of());
        for (ThresholdListeners.Entry<SlowTask> entry : listeners.entries()) {
            if (durationNanos >= entry.thresholdNanos) {
                entry.deliver(report);
            }
        }
    }

    private static String coroutineName(CoroutineContext context) {
        CoroutineName name = context.get(CoroutineName.Key);
        return name == null ? null : name.getName();
    }

    /**
     * What a task is, for a report: for a resumed coroutine, the innermost location its
     * continuation knows ({@code Continuation at com.example.Repo.load(Repo.kt:42)}); else its class.
     */
    static String describe(Runnable task) {
        if (task instanceof CoroutineStackFrame frame) {
            for (CoroutineStackFrame at = frame; at != null; at = at.getCallerFrame()) {
                StackTraceElement element = at.getStackTraceElement();
                if (element != null) {
                    return "Continuation at " + element;
                }
            }
        }
        return task.getClass().getName();
    }

    /**
     * Test support, for a deliberately slow task: called on the FX thread inside a task of the
     * queue, waits until the diagnostics thread has sampled the FX thread while that task runs.
     *
     * @param timeout the longest wait (a hang guard)
     * @return true when the sample was taken, false on timeout or when no slow-task listener runs
     * @throws InterruptedException when interrupted while waiting
     */
    public static boolean awaitSampled(Duration timeout) throws InterruptedException {
        SlowTaskWatch watch = INSTANCE;
        Running running = watch.current;
        if (running == null || active == null) {
            return false;
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (watch) {
            while (watch.lastSampled != running) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(watch, left);
            }
        }
        return true;
    }
}
