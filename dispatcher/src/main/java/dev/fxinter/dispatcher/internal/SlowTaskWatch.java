package dev.fxinter.dispatcher.internal;

import dev.fxinter.dispatcher.SlowTask;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
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
 * The slow-task detector. The diagnostics thread does the timing: it polls what the FX thread
 * runs, samples the FX thread's stack while a task is still running past the threshold (the way
 * BlockCanary does on Android), and the FX thread reads the clock only at the end of a task the
 * poller has seen running.
 *
 * <p><b>Algorithm.</b> While someone listens, the drain runs each task through {@link #run}, which
 * publishes what runs (a task id, the task, and a <em>start bound</em>: the drain's latest clock
 * reading, taken before the task) under a sequence lock, and restores the outer task's after it. The
 * diagnostics thread polls every quarter of the smallest threshold (at least 5 ms): it reads the
 * clock, then the published triple. A task id it has not seen before gets the sighting's start
 * bound {@code since}: the later of the published bound and the previous poll's clock (the task
 * was not running when that poll read, so it began after). The sighting is published to the FX
 * thread; once {@code now - since} reaches the threshold, the poller takes the FX thread's stack.
 * After each task, the FX thread reads the latest sighting; only when it names this task does it
 * read the clock, and the task's duration is {@code end - since}. Queue latency: while someone
 * listens, a dispatch stamps its node with {@link #coarseNow}, the clock of the latest poll
 * (written after that poll read what runs), and the latency is {@code since - stamp}.
 *
 * <p><b>Exact mode.</b> When the smallest threshold is under four shortest poll periods (20 ms),
 * or a JFR recording wants the events, the poller could miss a task that reaches it, so every task
 * is timed: a clock read at its start (published as its bound) and at its end. A task inside which
 * other tasks ran (a nested event loop) is timed the same way, from its bound before it, the loop
 * included, since the latest sighting may be an inner task's.
 *
 * <p><b>Precision.</b> A duration is an upper bound: the true start lies between {@code since} and
 * the first poll that saw the task, and {@code since} is the later of the drain's latest clock
 * reading and the last poll that saw the FX thread elsewhere. So a task that ran just under the
 * threshold may be reported. A task that reaches the threshold spans at least three polls, so it is
 * sighted unless the diagnostics thread is held for all of them (by a listener that blocks, say:
 * reports are delivered on the same thread). A queue latency is right to within a poll period
 * either way, and never shorter than the time the task spent behind a slow task timed before it
 * (that task's end is the next one's bound).
 *
 * <p><b>Cost.</b> {@link #active()} is null while nobody listens: the drain reads it once per
 * drain and a dispatch once per task, and nothing else changes (the drain's type check of each
 * node for a {@link TaskQueue.StampedNode} reads nothing the task's run does not read anyway).
 * While it is set, a dispatch reads {@link #coarseNow} and allocates a node of 32 bytes instead of
 * 24; a task costs eleven plain stores and two volatile reads (plain loads on x86; no clock read,
 * no allocation); a sighted task (at most one per poll period) one clock read.
 *
 * <p><b>Invariants.</b> (1) Every task run by a watched drain that was sighted, timed exactly, or
 * ran a nested event loop, and whose duration reached a listener's threshold, is reported to that
 * listener once, on the diagnostics thread. A drain is watched when the watch was on as it began,
 * or from the first stamped node it meets (a task queued after the registration). (2) A report's
 * stack was sampled while its task (or a task nested inside it) was running, once its bound was a
 * threshold old; else it is empty. (3) The published triple is read consistently: {@link #version}
 * is odd while the FX thread writes it, and a poll that sees it change discards what it read.
 *
 * <p><b>Threads.</b> {@link #version}, {@link #runningId}, {@link #runningTask},
 * {@link #runningSince} and {@link #lastId} are written by the FX thread only (the one consumer of
 * the queue); the first four are read by the diagnostics thread under the sequence lock.
 * {@link #sighting} and {@link #latestSample} are written by the diagnostics thread and read by the
 * FX thread (immutable records, volatile). {@link #coarseNow} is written by the diagnostics thread
 * and, when the poller (re)starts, under the listeners' lock (a poll still running then may set it
 * back by one period: stamps are approximate); producers read it. The poller's fields
 * ({@link #seenId}, {@link #seenSince}, {@link #lastPollAt}, {@link #samples}) belong to the
 * diagnostics thread. {@link #active}, {@link #thresholdNanos}, {@link #timeEveryTask} and the
 * sampling schedule change under the listeners' lock; {@link #recordEvents} is written by JFR's
 * threads; {@link #lastSampledId} is guarded by this object's monitor.
 */
public final class SlowTaskWatch {
    private static final SlowTaskWatch INSTANCE = new SlowTaskWatch();
    /** How many recent samples the diagnostics thread keeps for reports still to come. */
    private static final int KEPT_SAMPLES = 8;
    /** The poller sees a task this many times at least before it reaches the threshold, or every task is timed. */
    private static final int POLLS_PER_THRESHOLD = 4;
    /** A node's stamp when it was queued while nobody listened: latency unknown, reported as zero. */
    static final long NOT_STAMPED = Long.MIN_VALUE;

    private static final VarHandle VERSION;

    static {
        try {
            VERSION = MethodHandles.lookup().findVarHandle(SlowTaskWatch.class, "version", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** The watch while someone listens, else null: what the drain and dispatches check. */
    private static volatile SlowTaskWatch active;

    private final ThresholdListeners<SlowTask> listeners = new ThresholdListeners<>(this::reconfigure);
    /** The smallest threshold of the listeners; written under the listeners' lock. */
    private volatile long thresholdNanos = Long.MAX_VALUE;
    /** Guarded by the listeners' lock: the periodic poller, or null. */
    private ScheduledFuture<?> sampling;

    /** FX thread only: the id of the latest task run through {@link #run}. */
    private long lastId;
    /** Sequence lock over the three fields below; odd while the FX thread writes them. */
    @SuppressWarnings("unused") // through VERSION
    private long version;
    /** The innermost task running now, 0 for none; FX thread writes, under {@link #version}. */
    private long runningId;
    /** That task; FX thread writes, under {@link #version}. */
    private Runnable runningTask;
    /** A clock reading taken before that task started; FX thread writes, under {@link #version}. */
    private long runningSince;

    /**
     * The clock of the latest poll, for the dispatches' stamps; written by the diagnostics thread,
     * and under the listeners' lock when the poller (re)starts.
     */
    private volatile long coarseNow = System.nanoTime();
    /** The poller's latest sighting of a task, for the FX thread; written by the diagnostics thread. */
    private volatile Sighting sighting;
    /** The newest stack sample, for the FX thread's JFR event; written by the diagnostics thread. */
    private volatile Sample latestSample;
    /** Whether a JFR recording wants {@code dev.fxinter.SlowTask} events; written by JFR's threads. */
    private volatile boolean recordEvents;
    /**
     * Whether the smallest threshold is too short for the poller to see every task that reaches
     * it (under {@link #POLLS_PER_THRESHOLD} of its shortest periods): then every task is timed
     * with a clock read at its start and end. Written under the listeners' lock.
     */
    private volatile boolean timeEveryTask;

    /** Diagnostics thread only: the task id the latest poll saw, and its start bound. */
    private long seenId;
    private long seenSince;
    /** Diagnostics thread only: the clock of the previous poll. */
    private long lastPollAt;
    /** Diagnostics thread only: the latest samples, newest first. */
    private final ArrayDeque<Sample> samples = new ArrayDeque<>();
    /** The id of the latest task sampled; guarded by this object's monitor, for {@link #awaitSampled}. */
    private long lastSampledId;

    private SlowTaskWatch() {}

    /** The poller saw task {@code id} running; it began no earlier than {@code since}. */
    private record Sighting(long id, long since) {}

    /** What the poller saw while a task ran past the threshold. */
    private record Sample(long id, List<StackTraceElement> stack, String task) {}

    /** Adds a slow-task listener; see {@code FxDiagnostics.onSlowTask}. */
    public static AutoCloseable subscribe(Duration threshold, Consumer<? super SlowTask> listener) {
        return INSTANCE.listeners.add(threshold, listener);
    }

    /** The watch while someone listens for slow tasks, else null; one volatile read. */
    static SlowTaskWatch active() {
        return active;
    }

    /** A node for a task queued while this watch is on: stamped with the coarse clock. */
    TaskQueue.Node stamped(CoroutineContext context, Runnable task) {
        return new TaskQueue.StampedNode(context, task, coarseNow);
    }

    /** Switches the JFR events on or off (a recording that enables them started or stopped). */
    static void recordEvents(boolean on) {
        INSTANCE.recordEvents = on;
    }

    /** Runs under the listeners' lock after each change. */
    private void reconfigure() {
        long threshold = listeners.minThresholdNanos();
        thresholdNanos = threshold;
        timeEveryTask = threshold < POLLS_PER_THRESHOLD * ThresholdListeners.pollPeriodNanos(threshold);
        if (sampling != null) {
            sampling.cancel(false);
            sampling = null;
        }
        if (listeners.isEmpty()) {
            active = null;
        } else {
            coarseNow = System.nanoTime(); // no stamp from before an idle spell
            sampling = DiagnosticsThread.every(ThresholdListeners.pollPeriodNanos(threshold), this::poll);
            active = this;
        }
    }

    /** FX thread: publishes the running task under the sequence lock. */
    private void publish(long id, Runnable task, long since) {
        long v = version; // only this thread writes it
        VERSION.setOpaque(this, v + 1);
        VarHandle.storeStoreFence();
        runningId = id;
        runningTask = task;
        runningSince = since;
        VERSION.setRelease(this, v + 2);
    }

    /**
     * Runs one task of a watched drain on the FX thread, reporting it when it was slow. What it
     * throws goes where kotlinx sends it.
     *
     * @param context the task's coroutine context
     * @param task the task
     * @param queuedAt its node's stamp, or {@link #NOT_STAMPED}
     * @param lastClock the drain's latest clock reading, taken before this task
     * @return the latest clock reading after it: a new one if this task was timed, else {@code lastClock}
     */
    long run(CoroutineContext context, Runnable task, long queuedAt, long lastClock) {
        long id = ++lastId;
        long outerId = runningId;
        Runnable outerTask = runningTask;
        long outerSince = runningSince;
        Object event = recordEvents ? JfrSupport.beginSlowTask() : null;
        boolean exact = event != null || timeEveryTask; // a recording, or a threshold under 4 polls
        long began = exact ? System.nanoTime() : lastClock;
        publish(id, task, began);
        try {
            task.run();
        } catch (Throwable t) {
            CoroutineExceptionHandlerKt.handleCoroutineException(context, t);
        } finally {
            publish(outerId, outerTask, outerSince);
        }
        // tasks ran inside this one (a nested event loop): the sighting may be theirs, and this
        // task is timed from its bound before it, the loop included, as a nested task's sample is
        boolean nested = lastId != id;
        Sighting seen = sighting;
        boolean sighted = !exact && !nested && seen != null && seen.id == id;
        if (!sighted && !exact && !nested) {
            return lastClock; // nobody saw it run: shorter than a poll period
        }
        long end = System.nanoTime();
        long since = sighted ? seen.since : began;
        long duration = end - since;
        long latency = queuedAt == NOT_STAMPED ? 0 : Math.max(0, since - queuedAt);
        if (event != null && JfrSupport.endSlowTask(event)) {
            Sample sample = latestSample;
            boolean sampled = sample != null && sample.id == id;
            JfrSupport.commitSlowTask(event, duration, latency, coroutineName(context),
                    sampled ? sample.task : describe(task), sampled ? sample.stack : List.of());
        }
        if (duration >= thresholdNanos) {
            DiagnosticsThread.execute(() -> report(id, task, context, duration, latency));
        }
        return end;
    }

    /** One poll of what the FX thread runs; on the diagnostics thread, every poll period. */
    private void poll() {
        long now = System.nanoTime();
        long previousPoll = lastPollAt;
        lastPollAt = now;
        long v = (long) VERSION.getAcquire(this);
        long id = runningId;
        Runnable task = runningTask;
        long since = runningSince;
        VarHandle.loadLoadFence();
        boolean consistent = (v & 1) == 0 && (long) VERSION.getOpaque(this) == v;
        // after the read: a task stamped with this clock was queued after this poll saw what ran
        coarseNow = now;
        if (!consistent) {
            return; // the FX thread is between tasks; whatever it starts, starts after now
        }
        if (id != seenId) {
            seenId = id;
            seenSince = Math.max(since, previousPoll);
            if (id != 0) {
                sighting = new Sighting(id, seenSince);
            }
        }
        if (id == 0 || now - seenSince < thresholdNanos
                || (!samples.isEmpty() && samples.peekFirst().id == id)) {
            return;
        }
        Thread fx = ToolkitWatch.fxThread();
        if (fx == null) {
            return;
        }
        List<StackTraceElement> stack = List.of(fx.getStackTrace());
        String described = describe(task);
        VarHandle.loadLoadFence();
        if ((long) VERSION.getAcquire(this) != v) {
            return; // it ended while we sampled: this stack may be the next task's
        }
        Sample sample = new Sample(id, stack, described);
        latestSample = sample;
        samples.addFirst(sample);
        if (samples.size() > KEPT_SAMPLES) {
            samples.removeLast();
        }
        synchronized (this) {
            lastSampledId = id;
            notifyAll();
        }
    }

    /** Delivers the report of one slow task; runs on the diagnostics thread. */
    private void report(long id, Runnable task, CoroutineContext context, long durationNanos, long latencyNanos) {
        Sample sample = null;
        for (Sample candidate : samples) {
            if (candidate.id == id) {
                sample = candidate;
                break;
            }
        }
        SlowTask report = new SlowTask(Duration.ofNanos(durationNanos), Duration.ofNanos(latencyNanos),
                coroutineName(context),
                sample != null ? sample.task : describe(task),
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
        if (!ToolkitWatch.isFxThread() || active == null) {
            return false;
        }
        SlowTaskWatch watch = INSTANCE;
        long running = watch.runningId; // the FX thread's own field
        if (running == 0) {
            return false;
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (watch) {
            while (watch.lastSampledId != running) {
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
