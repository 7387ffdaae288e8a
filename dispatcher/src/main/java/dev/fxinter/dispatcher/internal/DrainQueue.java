package dev.fxinter.dispatcher.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.RejectedExecutionException;
import javafx.application.Platform;
import kotlin.coroutines.CoroutineContext;
import kotlin.coroutines.EmptyCoroutineContext;
import kotlinx.coroutines.CoroutineExceptionHandlerKt;
import kotlinx.coroutines.CoroutineName;

/**
 * The one FIFO queue of work for the JavaFX Application Thread, and the drain that runs it.
 * Every dispatch of both FX dispatchers, every {@code FxLoop.executor()} task and every timer
 * expiry enters here, and a few {@code Platform.runLater} calls carry whole batches of it.
 *
 * <p><b>The queue</b> is the {@link TaskQueue} this class extends: Vyukov's intrusive
 * multi-producer single-consumer list, one 24-byte node per task carrying its coroutine context,
 * no lock. Between a producer's swap and its link the list has a "bubble": the tail is ahead of
 * what the consumer can reach.
 *
 * <p><b>The consumer</b> is the FX thread while the toolkit runs, and the single
 * {@link CleanupThread} after it has exited (the watch runs the final drains there only once
 * the FX thread has terminated). So {@code head} and the links are read by one thread at a time.
 *
 * <p><b>Arming.</b> {@link #armed} is set while some posted drain is guaranteed to poll the
 * queue again. A producer that links a node and finds it clear sets it with a CAS and posts
 * the drain. Each drain is in one of three <em>arming states</em>:
 * <ul>
 *   <li>{@link #HOLDS_FLAG}: it was posted as the armed drain and still owns the flag (every
 *       drain starts so);</li>
 *   <li>{@link #SUCCESSOR_HOLDS}: on taking its first task it posted a <em>successor</em> and
 *       handed the flag to it;</li>
 *   <li>{@link #RELEASED}: its first task was the last one queued, so it cleared {@code armed}
 *       instead (re-checking the tail and re-arming with a CAS, then posting a successor, if a
 *       producer slipped in): a lone task costs one {@code runLater}, not two, and any dispatch
 *       made while it runs posts its own drain.</li>
 * </ul>
 * Only a drain in {@code HOLDS_FLAG} touches the flag or posts. Therefore a drain is always
 * pending while tasks run, or one is posted by the next dispatch:
 * <ul>
 *   <li>when a task enters a nested event loop ({@code showAndWait}, {@code enterNestedEventLoop}),
 *       the successor runs inside that loop and the queue keeps draining;</li>
 *   <li>when the time budget is spent, the drain returns. The drain posted meanwhile (its
 *       successor, posted when it took its first task, or one a producer posted after it
 *       released the flag) may be queued ahead of the pulse and the input events that arrived
 *       meanwhile; so the next drain posts itself once more before running anything
 *       ({@link #yieldedForBudget}), and a pulse waits for one budget (plus up to 7 tasks, the
 *       budget being checked every 8) at most, not two;</li>
 *   <li>a task that dispatches more work (a coroutine's {@code yield()}) never pays a
 *       {@code runLater}: the running drain picks it up.</li>
 * </ul>
 * A drain in {@code HOLDS_FLAG} that finds the queue empty clears the flag, then reads the tail
 * again; if work arrived meanwhile it re-arms with a CAS and continues. The producer's
 * {@code getAndSet} before its read of the flag, and the consumer's volatile write of the flag
 * before its read of the tail, make it impossible for both to miss each other (the Dekker
 * pattern over volatile accesses). A drain that meets a bubble posts a successor if it still
 * holds the flag, and returns rather than spin on the FX thread.
 *
 * <p><b>FIFO across nesting levels.</b> All drains, nested or not, run on the FX thread and
 * poll the same list, so tasks start in the order their nodes were linked, whatever the nesting
 * depth. A task that throws is reported (context's handler, else the thread's uncaught-exception
 * handler) and the drain goes on.
 *
 * <p><b>Diagnostics.</b> While a slow-task listener is registered ({@link SlowTaskWatch#active()}
 * is set, read once per drain and once per dispatch), a dispatch links a stamped node
 * ({@link TaskQueue.StampedNode}) and the drain runs each task through the watch, handing it the
 * latest clock reading it made for its budget; a drain that began before the registration looks
 * again when it meets a stamped node. Otherwise nothing changes.
 *
 * <p><b>Invariants.</b> (1) If the list is non-empty, {@code armed} is set, or a producer
 * between its link and its CAS will set it, or the toolkit has exited and a cleanup drain is
 * submitted. (2) While {@code armed} is set, a posted drain that will poll again exists. (3)
 * Only the current consumer reads {@code head} and {@code next} for polling.
 *
 * <p><b>Encapsulation.</b> The one instance is private: code outside this class reaches the queue
 * only through {@link #dispatch} and {@link #submit}, which link a task. Nothing outside can
 * poll, so the single-consumer invariant holds on the class path too, where {@code module-info}
 * hides nothing.
 */
public final class DrainQueue extends TaskQueue {

    /** The one queue of the FX thread; private, so that only this class consumes it. */
    private static final DrainQueue INSTANCE = new DrainQueue();

    /** Arming state: this drain owns the armed flag. */
    private static final int HOLDS_FLAG = 0;
    /** Arming state: this drain posted a successor and handed the armed flag to it. */
    private static final int SUCCESSOR_HOLDS = 1;
    /** Arming state: this drain cleared the armed flag for a lone last task. */
    private static final int RELEASED = 2;

    /**
     * The context of {@link #submit}'s tasks: they carry no coroutine, and after the toolkit
     * exited they are dropped rather than run on the cleanup thread.
     */
    private static final CoroutineContext FX_ONLY = new CoroutineName("fxinter FX-only task");

    /**
     * A drain stops after this much FX-thread time (checked every 8 tasks) and lets the toolkit
     * take a turn: a pulse that falls due during a drain waits for it, so this, plus up to 7
     * tasks, is what a flood adds to a frame gap at most. A tenth of a millisecond is about what
     * an idle FX thread takes to wake up for a pulse. It costs two {@code runLater} calls per
     * 0.1 ms of flood (the successor and its re-post): about 2 % of a flood's time where a
     * {@code runLater} round takes 0.9 µs (JavaFX 21), within the noise of
     * {@code DispatchBenchmark.fxinterFlood}. At 1 ms, the worst frame gap of a flood was the
     * budget over an idle FX thread's.
     */
    static final long BUDGET_NANOS = 100_000L;
    /** Read the clock once every this many tasks (a power of two, minus one as a mask). */
    private static final int CLOCK_MASK = 7;

    private static final VarHandle ARMED;

    static {
        try {
            ARMED = MethodHandles.lookup().findVarHandle(TaskQueueLayout.ProducerFields.class, "armed", boolean.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /**
     * FX thread only (written when a drain stops for its budget with tasks left, read and cleared
     * by the next drain): the drain posted meanwhile (the successor, posted when the stopped
     * drain took its first task, or one a producer posted after it released the flag) may be
     * ahead of what the toolkit queued since. Written at most once per budget, so sharing a cache
     * line with the producers' fields costs nothing measurable.
     */
    private boolean yieldedForBudget;

    /** The posted runnable: one instance, posted any number of times. */
    private final Runnable drain = this::drain;
    /** The final drains on the cleanup thread, once the toolkit has exited. */
    private final Runnable cleanupDrain = this::drainAfterExit;

    private DrainQueue() {
        ToolkitWatch.onExit(() -> CleanupThread.execute(EmptyCoroutineContext.INSTANCE, cleanupDrain));
    }

    /**
     * Queues {@code task} to run on the FX thread in FIFO order. Never throws for lack of a
     * toolkit: with none ever started, or after it exited, the task's coroutine is cancelled
     * with the reason and the task runs on the cleanup thread.
     *
     * @param context the task's coroutine context
     * @param task the task
     */
    public static void dispatch(CoroutineContext context, Runnable task) {
        Throwable rejection = rejection();
        if (rejection != null) {
            CleanupThread.reject(context, task, rejection);
        } else {
            INSTANCE.enqueue(context, task);
        }
    }

    /**
     * Queues {@code task}, which is no coroutine's, to run on the FX thread in FIFO order with
     * every dispatch ({@code FxLoop.executor()}). It never runs on another thread: when no
     * toolkit runs it is refused at once, and if the toolkit exits after it was accepted but
     * before it ran, it is dropped.
     *
     * @param task the task
     * @throws RejectedExecutionException when no toolkit was ever started or it has exited
     */
    public static void submit(Runnable task) {
        Throwable rejection = rejection();
        if (rejection != null) {
            throw new RejectedExecutionException(rejection.getMessage(), rejection);
        }
        INSTANCE.enqueue(FX_ONLY, task);
    }

    /**
     * Whether no task is queued: fxinter's test kit asks it on the FX thread, from a task of
     * this queue, to tell an idle queue. It reads {@code head}, the consumer's field, so only
     * the consumer gets a reliable answer; it polls nothing, so the single-consumer invariant
     * holds whoever calls it.
     *
     * @return true when the queue holds no task (a producer between its swap and link counts as a task)
     */
    public static boolean isEmpty() {
        return INSTANCE.tail == INSTANCE.head;
    }

    /** Why a task cannot run on the FX thread now, or null when it can be queued. */
    private static Throwable rejection() {
        int state = ToolkitWatch.state();
        if (state == ToolkitWatch.ATTACHED) {
            return null;
        }
        if (state == ToolkitWatch.DETACHED && !ToolkitWatch.attach()) {
            return Rejections.noToolkitLoggedOnce();
        }
        return ToolkitWatch.hasExited() ? Rejections.toolkitExited() : null;
    }

    private void enqueue(CoroutineContext context, Runnable task) {
        SlowTaskWatch watch = SlowTaskWatch.active();
        // link's getAndSet is the full fence before the read of armed below
        if (watch == null) {
            link(context, task);
        } else {
            link(watch.stamped(context, task));
        }
        if (ToolkitWatch.state() == ToolkitWatch.EXITED) {
            // The exit watch may have drained before our link: drain again after it.
            CleanupThread.execute(context, cleanupDrain);
        } else if (!armed && ARMED.compareAndSet(this, false, true)) {
            post();
        }
    }

    private void post() {
        // After Platform.exit() this silently drops the drain; the exit watch then drains.
        Platform.runLater(drain);
    }

    /** One posted drain; runs on the FX thread. */
    private void drain() {
        if (!ToolkitWatch.isFxThread()) {
            ToolkitWatch.captureCurrentThread(); // the first drain captures the FX thread
        }
        if (yieldedForBudget) {
            // the drain before us stopped for its budget and we may have been posted before what
            // the toolkit queued meanwhile (a pulse, input): let that go first
            yieldedForBudget = false;
            post(); // every posted drain holds the flag: hand it on

            return;
        }
        int arming = HOLDS_FLAG;
        SlowTaskWatch watch = SlowTaskWatch.active(); // null unless someone listens: then tasks are timed
        long start = 0;
        long clock = 0; // the latest clock reading, taken before the next task
        int count = 0;
        for (;;) {
            Node current = head;
            Node next = current.next;
            if (next == null) {
                if (tail != current) { // a producer is between its swap and its link
                    if (arming == HOLDS_FLAG) {
                        post(); // hand the flag to a successor
                    }
                    return; // otherwise a posted drain, or the producer's own CAS, will poll
                }
                if (arming != HOLDS_FLAG) {
                    return; // the successor, or whoever re-armed, owns the armed flag
                }
                armed = false;
                if (tail == current || !ARMED.compareAndSet(this, false, true)) {
                    return;
                }
                continue; // work arrived while disarming and we re-armed: go on
            }
            if (arming == HOLDS_FLAG) {
                start = System.nanoTime();
                clock = start;
                arming = handOffFlag(next);
            }
            head = next;
            CoroutineContext context = next.context;
            Runnable task = next.task;
            next.context = null;
            next.task = null;
            if (watch == null && next instanceof StampedNode) {
                // a listener came while this drain ran: watch this task and the rest
                watch = SlowTaskWatch.active();
            }
            if (watch != null) {
                clock = watch.run(context == FX_ONLY ? EmptyCoroutineContext.INSTANCE : context, task,
                        next instanceof StampedNode stamped ? stamped.queuedAt : SlowTaskWatch.NOT_STAMPED, clock);
            } else {
                try {
                    task.run();
                } catch (Throwable t) {
                    CoroutineExceptionHandlerKt.handleCoroutineException(context, t);
                }
            }
            if ((++count & CLOCK_MASK) == 0) {
                clock = System.nanoTime();
                if (clock - start > BUDGET_NANOS) {
                    // the successor continues after the toolkit's turn; if we released the flag
                    // instead, whatever was linked since came with a drain of its own
                    yieldedForBudget = tail != head; // else no drain is pending that could be ahead
                    return;
                }
            }
        }
    }

    /**
     * A drain holding the flag takes its first task, {@code first}: it hands the flag to a
     * posted successor, or releases it when {@code first} is the last task queued.
     *
     * @return {@link #SUCCESSOR_HOLDS} or {@link #RELEASED}
     */
    private int handOffFlag(Node first) {
        if (first.next == null && tail == first) {
            // The last task: give up the armed duty instead of posting a successor, so a
            // dispatch during the task (in a nested event loop, say) posts its own drain.
            armed = false;
            if (tail == first || !ARMED.compareAndSet(this, false, true)) {
                return RELEASED;
            }
        }
        post();
        return SUCCESSOR_HOLDS;
    }

    /** Runs on the cleanup thread after the FX thread has terminated: rejects all queued work. */
    private void drainAfterExit() {
        for (Node node = pollNode(); node != null; node = pollNode()) {
            CoroutineContext context = node.context;
            Runnable task = node.task;
            node.context = null;
            node.task = null;
            if (context == FX_ONLY) {
                continue; // an executor task never runs off the FX thread
            }
            CleanupThread.cancel(context, Rejections.toolkitExited());
            CleanupThread.runReporting(context, task);
        }
    }
}
