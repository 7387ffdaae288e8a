package dev.fxinter.dispatcher.internal;

import java.util.concurrent.atomic.AtomicLong;
import kotlin.coroutines.jvm.internal.CoroutineStackFrame;
import kotlinx.coroutines.CancellableContinuation;
import kotlinx.coroutines.Job;
import org.jspecify.annotations.Nullable;

/**
 * Virtual time for the FX dispatchers' timers, while fxinter's test kit runs a test: the
 * capability to make {@code delay} and {@code withTimeout} on the FX dispatchers schedule on a
 * clock that moves only when the kit moves it.
 *
 * <p><b>How.</b> {@link #install()} makes a {@link TimerHeap} on this object's clock (the heap's
 * clock seam) and makes it the {@linkplain TimerHeap#current() current heap}, the one volatile
 * reference the FX dispatchers read once per timer. {@link #advanceTo} moves the clock and fires
 * the timers due by then, on the calling thread, in {@code (deadline, sequence)} order.
 * {@link #close()} puts {@link TimerHeap#INSTANCE} back. Timers scheduled before the install stay
 * on the real clock; timers scheduled during it stay on the virtual one (a coroutine still
 * delayed after {@code close()} is resumed only if someone cancels it: the kit cancels its
 * test's scope before closing).
 *
 * <p><b>Invariants.</b> At most one instance is installed at a time (a second {@code install}
 * throws {@code IllegalStateException}). The clock only moves forward. {@code now} is an
 * {@link AtomicLong}: any thread may read it (timers are scheduled from any thread), the owner
 * moves it.
 *
 * <p><b>Who may call it.</b> The package is exported only to {@code dev.fxinter.interop} and
 * {@code dev.fxinter.test}. On the class path a qualified export restricts nothing, so
 * {@link #install()} checks its caller: it must be a class of module {@code dev.fxinter.test},
 * or of package {@code dev.fxinter.test...} on the class path, or of this package (its tests).
 * An application does not switch its own timers to a frozen clock by accident.
 */
public final class VirtualTime implements AutoCloseable {
    private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);
    private static final Object INSTALL_LOCK = new Object();

    /** The virtual time in nanoseconds; starts at 0 and only grows. */
    private final AtomicLong now = new AtomicLong();
    private final TimerHeap heap = new TimerHeap(now::get);
    /** Guarded by INSTALL_LOCK. */
    private boolean installed;

    private VirtualTime() {}

    /**
     * Puts the FX dispatchers' new timers on a fresh virtual clock at 0, until {@link #close()}.
     *
     * @return the installed virtual time
     * @throws IllegalStateException when virtual time is already installed
     * @throws SecurityException when called from outside fxinter's test kit
     */
    public static VirtualTime install() {
        KitCaller.check(WALKER.getCallerClass());
        VirtualTime time = new VirtualTime();
        synchronized (INSTALL_LOCK) {
            if (TimerHeap.current() != TimerHeap.INSTANCE) {
                throw new IllegalStateException("Virtual time is already installed");
            }
            TimerHeap.use(time.heap);
            time.installed = true;
        }
        return time;
    }

    /**
     * The virtual time since {@link #install()}.
     *
     * @return nanoseconds
     */
    public long nowNanos() {
        return now.get();
    }

    /**
     * The deadline of the earliest pending timer.
     *
     * @return virtual nanoseconds, or -1 when no timer is pending
     */
    public long nextDeadlineNanos() {
        long deadline = heap.earliestDeadline(Long.MIN_VALUE);
        return deadline == Long.MIN_VALUE ? -1 : Math.max(deadline, now.get());
    }

    /**
     * The number of pending timers.
     *
     * @return pending timers on the virtual clock
     */
    public int pending() {
        return heap.pending();
    }

    /**
     * Moves the clock to {@code nanos} (never backwards) and fires, on the calling thread, the
     * timers due by then in deadline order. The caller that wants the queue drained between
     * timers moves the clock one deadline at a time ({@link #nextDeadlineNanos()}).
     *
     * @param nanos the new virtual time
     * @return how many timers fired
     */
    public int advanceTo(long nanos) {
        now.accumulateAndGet(nanos, Math::max);
        return heap.fireDue();
    }

    /**
     * Where a coroutine of {@code job} (it or a descendant) is suspended in a virtual-time
     * {@code delay}: the first frame of the suspended continuation that has a stack trace element
     * (Kotlin's {@code CoroutineStackFrame}, public API; no debug agent needed).
     *
     * @param job the coroutine's job
     * @return the frame, or null when no such coroutine is in a virtual delay
     */
    public @Nullable StackTraceElement delayedAt(Job job) {
        for (CancellableContinuation<?> continuation : heap.pendingDelays()) {
            if (!isSelfOrDescendant(continuation.getContext().get(Job.Key), job)) {
                continue;
            }
            Object frame = continuation;
            while (frame instanceof CoroutineStackFrame) {
                StackTraceElement element = ((CoroutineStackFrame) frame).getStackTraceElement();
                if (element != null) {
                    return element;
                }
                frame = ((CoroutineStackFrame) frame).getCallerFrame();
            }
        }
        return null;
    }

    private static boolean isSelfOrDescendant(@Nullable Job candidate, Job ancestor) {
        for (Job j = candidate; j != null; j = j.getParent()) {
            if (j == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Puts the real clock back for new timers; idempotent. */
    @Override
    public void close() {
        synchronized (INSTALL_LOCK) {
            if (installed && TimerHeap.current() == heap) {
                TimerHeap.use(TimerHeap.INSTANCE);
            }
            installed = false;
        }
    }
}
