package dev.fxinter.dispatcher.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import kotlin.Unit;
import kotlin.coroutines.CoroutineContext;
import kotlin.jvm.functions.Function1;
import kotlinx.coroutines.CancellableContinuation;
import kotlinx.coroutines.DisposableHandle;

/**
 * The timers behind {@code delay} and {@code withTimeout} on the FX dispatchers: neither a
 * {@code Timeline} nor the animation pulse, so a delay is as short as asked and a resumed
 * {@code delay} runs from the dispatch queue, outside any pulse.
 *
 * <p><b>Algorithm.</b> A binary min-heap of {@link Timer}s ordered by deadline, ties broken by
 * a sequence number so that equal deadlines fire in the order they were scheduled. One daemon
 * thread ({@code fxinter-timer}, started with the first timer) sleeps on a condition until the
 * earliest deadline, removes the due timers and fires each outside the lock:
 * <ul>
 *   <li>a <em>delay</em> timer resumes its continuation; the continuation's dispatcher is an FX
 *       dispatcher, so the resumption enters {@link DrainQueue} and the code after
 *       {@code delay} runs on the FX thread, in deadline order;</li>
 *   <li>a <em>timeout</em> timer runs its block on the timer thread (kotlinx's contract for
 *       {@code invokeOnTimeout}: it must not need the FX thread).</li>
 * </ul>
 * Cancelling a timer removes it from the heap at once (each timer knows its slot), so
 * cancelled timeouts do not pile up. When the toolkit exits, every pending delay timer fires at
 * once: its resumption is rejected by the queue, which cancels the coroutine and finishes it on
 * the cleanup thread instead of leaving it suspended.
 *
 * <p><b>Invariants.</b> {@code heap[0..size)} is a heap by {@code (deadline, sequence)};
 * {@code timer.index} is the timer's slot while queued and -1 otherwise; every field of the heap
 * and of the timers' positions is guarded by {@link #lock}. Deadlines are values of one
 * {@link #clock} (nanoseconds, {@code System.nanoTime} for {@link #INSTANCE}) compared by
 * subtraction, with delays capped at about 146 years so that no two deadlines are
 * 2<sup>63</sup> ns apart. A heap's clock is fixed at construction, so all its deadlines come
 * from the same clock.
 *
 * <p><b>The clock seam.</b> The package-private constructor {@link #TimerHeap(LongSupplier)}
 * makes a heap on another clock (virtual time) that has no thread of its own: whoever owns the
 * clock fires the due timers with {@link #fireDue()}, on its own thread, after moving the
 * clock. Nothing public reaches it, on the module path or the class path. It is meant for
 * this package's tests now and for fxinter's test kit later (module {@code dev.fxinter.test}),
 * which will reach it through a qualified export ({@code exports dev.fxinter.dispatcher.internal
 * to dev.fxinter.test}) of a capability class in this package whose factory checks its caller's
 * module; it stays out of reach of applications either way.
 */
public final class TimerHeap {
    /** The timers of the FX dispatchers. */
    public static final TimerHeap INSTANCE = new TimerHeap();

    /**
     * The heap the FX dispatchers schedule on now: {@link #INSTANCE}, or a heap on virtual time
     * while fxinter's test kit runs a test ({@link VirtualTime}). Volatile: the kit swaps it on
     * its own thread, and a {@code delay} reads it once.
     */
    private static volatile TimerHeap current = INSTANCE;

    private static final long MAX_DELAY_NANOS = Long.MAX_VALUE / 2;

    /** Where deadlines come from, in nanoseconds; fixed at construction. */
    private final LongSupplier clock;
    /** Whether a daemon thread serves this heap (false: {@link #fireDue()} does). */
    private final boolean servedByThread;
    private final ReentrantLock lock = new ReentrantLock();
    /** Signalled when the earliest deadline changes or a timer is added. */
    private final Condition changed = lock.newCondition();
    /** Guarded by lock. */
    private Timer[] heap = new Timer[16];
    /** Guarded by lock. */
    private int size;
    /** Guarded by lock. */
    private long sequence;
    /** Guarded by lock; the timer thread, once started. */
    private Thread thread;

    /** System.nanoTime as a class, not a lambda: loading it then needs no lambda bootstrap. */
    private static final class SystemClock implements LongSupplier {
        @Override
        public long getAsLong() {
            return System.nanoTime();
        }
    }

    private TimerHeap() {
        this.clock = new SystemClock();
        this.servedByThread = true;
        ToolkitWatch.onExit(this::fireDelaysNow);
    }

    /**
     * A heap on {@code clock}, with no thread and no tie to the toolkit: its owner fires the due
     * timers with {@link #fireDue()} (see "The clock seam" in the class comment).
     *
     * @param clock the time in nanoseconds; it must never go backwards
     */
    TimerHeap(LongSupplier clock) {
        this.clock = clock;
        this.servedByThread = false;
    }

    /**
     * The heap for a new FX timer: {@link #INSTANCE}, or the test kit's virtual-time heap during
     * a test.
     *
     * @return the heap to schedule on
     */
    public static TimerHeap current() {
        return current;
    }

    /** Makes {@code heap} the current heap; only {@link VirtualTime} calls it. */
    static void use(TimerHeap heap) {
        current = heap;
    }

    /**
     * The earliest pending deadline, in this heap's clock.
     *
     * @param ifNone what to return when no timer is pending
     * @return the earliest deadline, or {@code ifNone}
     */
    long earliestDeadline(long ifNone) {
        lock.lock();
        try {
            return size == 0 ? ifNone : heap[0].deadline;
        } finally {
            lock.unlock();
        }
    }

    /**
     * The continuations of the pending delay timers, in heap order (for the test kit's report of
     * where a coroutine is suspended).
     *
     * @return a snapshot
     */
    List<CancellableContinuation<?>> pendingDelays() {
        List<CancellableContinuation<?>> delays = new ArrayList<>();
        lock.lock();
        try {
            for (int i = 0; i < size; i++) {
                if (heap[i] instanceof DelayTimer) {
                    delays.add(((DelayTimer) heap[i]).continuation);
                }
            }
        } finally {
            lock.unlock();
        }
        return delays;
    }

    /** A scheduled action; disposing or invoking it (as a cancellation handler) cancels it. */
    public abstract static class Timer implements DisposableHandle, Function1<Throwable, Unit> {
        private final TimerHeap owner;
        /** Set once before the timer is published under the lock. */
        long deadline;
        long sequence;
        /** Guarded by owner.lock. */
        int index = -1;

        Timer(TimerHeap owner) {
            this.owner = owner;
        }

        /** Runs on the timer thread when due. */
        abstract void fire();

        /** True for timers that should fire early when the toolkit exits. */
        abstract boolean isDelay();

        @Override
        public final void dispose() {
            owner.cancel(this);
        }

        @Override
        public final Unit invoke(Throwable cause) {
            owner.cancel(this);
            return Unit.INSTANCE;
        }
    }

    private static final class DelayTimer extends Timer {
        private final CancellableContinuation<? super Unit> continuation;

        DelayTimer(TimerHeap owner, CancellableContinuation<? super Unit> continuation) {
            super(owner);
            this.continuation = continuation;
        }

        @Override
        void fire() {
            // Resumed off the FX thread, so the continuation's FX dispatcher dispatches it.
            continuation.resumeWith(Unit.INSTANCE);
        }

        @Override
        boolean isDelay() {
            return true;
        }
    }

    private static final class TimeoutTimer extends Timer {
        private final Runnable block;
        private final CoroutineContext context;

        TimeoutTimer(TimerHeap owner, Runnable block, CoroutineContext context) {
            super(owner);
            this.block = block;
            this.context = context;
        }

        @Override
        void fire() {
            CleanupThread.runReporting(context, block);
        }

        @Override
        boolean isDelay() {
            return false;
        }
    }

    /** Resumes {@code continuation} after {@code millis}; cancelling it removes the timer. */
    public void scheduleResume(long millis, CancellableContinuation<? super Unit> continuation) {
        DelayTimer timer = new DelayTimer(this, continuation);
        add(timer, millis);
        continuation.invokeOnCancellation(timer);
    }

    /** Runs {@code block} on the timer thread after {@code millis}, unless disposed first. */
    public DisposableHandle scheduleTimeout(long millis, Runnable block, CoroutineContext context) {
        TimeoutTimer timer = new TimeoutTimer(this, block, context);
        add(timer, millis);
        return timer;
    }

    /** The number of pending timers (for tests). */
    public int pending() {
        lock.lock();
        try {
            return size;
        } finally {
            lock.unlock();
        }
    }

    private void add(Timer timer, long millis) {
        long nanos = millis <= 0 ? 0 : TimeUnit.MILLISECONDS.toNanos(Math.min(millis, MAX_DELAY_NANOS / 1_000_000L));
        lock.lock();
        try {
            timer.deadline = clock.getAsLong() + nanos;
            timer.sequence = sequence++;
            if (size == heap.length) {
                heap = Arrays.copyOf(heap, size * 2);
            }
            timer.index = size;
            heap[size++] = timer;
            siftUp(timer.index);
            if (!servedByThread) {
                return;
            }
            if (thread == null) {
                thread = new Thread(this::runTimers, "fxinter-timer");
                thread.setDaemon(true);
                thread.start();
            } else if (heap[0] == timer) {
                changed.signal();
            }
        } finally {
            lock.unlock();
        }
    }

    private void cancel(Timer timer) {
        lock.lock();
        try {
            if (timer.index >= 0) {
                removeAt(timer.index);
            }
        } finally {
            lock.unlock();
        }
    }

    private void runTimers() {
        lock.lock();
        try {
            for (;;) {
                if (size == 0) {
                    changed.awaitUninterruptibly();
                    continue;
                }
                long wait = heap[0].deadline - clock.getAsLong();
                if (wait > 0) {
                    try {
                        changed.awaitNanos(wait);
                    } catch (InterruptedException ignored) {
                        // a daemon nobody interrupts on purpose: keep serving timers
                    }
                    continue;
                }
                fireFirst();
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Fires, on the calling thread, every timer due by the clock now, in
     * {@code (deadline, sequence)} order, including timers that the fired ones schedule and that
     * are already due. For a heap without a thread (see "The clock seam").
     *
     * @return how many timers fired
     */
    int fireDue() {
        int fired = 0;
        lock.lock();
        try {
            while (size > 0 && heap[0].deadline - clock.getAsLong() <= 0) {
                fireFirst();
                fired++;
            }
        } finally {
            lock.unlock();
        }
        return fired;
    }

    /** Under the lock: removes the earliest timer and fires it outside the lock. */
    private void fireFirst() {
        Timer first = heap[0];
        removeAt(0);
        lock.unlock();
        try {
            first.fire();
        } catch (Throwable t) {
            Thread current = Thread.currentThread();
            current.getUncaughtExceptionHandler().uncaughtException(current, t);
        } finally {
            lock.lock();
        }
    }

    /** On toolkit exit: fire every pending delay now, so its coroutine is cancelled, not stuck. */
    private void fireDelaysNow() {
        Timer[] due;
        int count = 0;
        lock.lock();
        try {
            Timer[] all = Arrays.copyOf(heap, size);
            due = new Timer[all.length];
            Arrays.fill(heap, 0, size, null);
            size = 0;
            for (Timer timer : all) {
                timer.index = -1;
                if (timer.isDelay()) {
                    due[count++] = timer;
                } else {
                    timer.index = size;
                    heap[size++] = timer;
                    siftUp(timer.index);
                }
            }
            changed.signal();
        } finally {
            lock.unlock();
        }
        Arrays.sort(due, 0, count, TimerHeap::compare);
        for (int i = 0; i < count; i++) {
            due[i].fire();
        }
    }

    private static int compare(Timer a, Timer b) {
        long d = a.deadline - b.deadline;
        if (d != 0) {
            return d < 0 ? -1 : 1;
        }
        return Long.compare(a.sequence, b.sequence);
    }

    // Heap operations; all under lock.

    private void removeAt(int i) {
        Timer removed = heap[i];
        removed.index = -1;
        int last = --size;
        if (i != last) {
            Timer moved = heap[last];
            heap[i] = moved;
            moved.index = i;
            heap[last] = null;
            siftDown(i);
            if (heap[i] == moved) {
                siftUp(i);
            }
        } else {
            heap[last] = null;
        }
    }

    private void siftUp(int i) {
        Timer timer = heap[i];
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            Timer p = heap[parent];
            if (compare(timer, p) >= 0) {
                break;
            }
            heap[i] = p;
            p.index = i;
            i = parent;
        }
        heap[i] = timer;
        timer.index = i;
    }

    private void siftDown(int i) {
        Timer timer = heap[i];
        int half = size >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            int right = child + 1;
            if (right < size && compare(heap[right], heap[child]) < 0) {
                child = right;
            }
            if (compare(timer, heap[child]) <= 0) {
                break;
            }
            heap[i] = heap[child];
            heap[i].index = i;
            i = child;
        }
        heap[i] = timer;
        timer.index = i;
    }
}
