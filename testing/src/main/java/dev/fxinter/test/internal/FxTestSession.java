package dev.fxinter.test.internal;

import dev.fxinter.dispatcher.FxDispatcher;
import dev.fxinter.dispatcher.FxLoop;
import dev.fxinter.dispatcher.internal.DrainQueue;
import dev.fxinter.dispatcher.internal.KitLoopSeat;
import dev.fxinter.dispatcher.internal.ToolkitStartup;
import dev.fxinter.dispatcher.internal.VirtualTime;
import dev.fxinter.interop.FxThread;
import dev.fxinter.interop.internal.Attachment;
import dev.fxinter.interop.internal.OnFxThread;
import dev.fxinter.interop.internal.ShownDialogs;
import dev.fxinter.interop.internal.SuspendedWaiters;
import dev.fxinter.test.FxAction;
import dev.fxinter.test.FxTester;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import kotlin.coroutines.AbstractCoroutineContextElement;
import kotlin.coroutines.CoroutineContext;
import kotlinx.coroutines.CoroutineExceptionHandler;
import kotlinx.coroutines.CoroutineName;
import kotlinx.coroutines.CoroutineScope;
import kotlinx.coroutines.CoroutineScopeKt;
import kotlinx.coroutines.Job;
import kotlinx.coroutines.SupervisorKt;
import org.jspecify.annotations.Nullable;

/**
 * One test run by fxinter's test kit: its GUEST loop, its scope, its virtual time, the failures
 * it caused, and the end-of-test checks. {@code FxTestExtension} and the Kotlin
 * {@code runFxTest} both run a test through it.
 *
 * <p><b>Invariants.</b> At most one session is open per JVM: {@link #begin} takes {@link #LOCK}
 * (a one-permit semaphore, since the FX thread is one for the whole JVM) and {@link #end}
 * releases it, so FX tests of a parallel-enabled suite run one at a time. It is the safety net:
 * classes annotated {@code @FxTest} hold JUnit's resource lock {@code FxTestExtension.FX_THREAD},
 * so JUnit never runs two of them at once and they find it free; a plain
 * {@code @ExtendWith(FxTestExtension.class)} class, or {@code runFxTest} without the extension,
 * has only the semaphore (the waiting test then holds its JUnit worker thread). {@link #current} is
 * volatile: written by the thread that begins and ends the session, read by any thread.
 * {@code failures} is a concurrent queue: the FX thread's uncaught-exception handler and the
 * scope's exception handler add to it from any thread; {@link #end} reads it after the queue
 * is drained and the scope cancelled. The FX thread's own uncaught-exception handler is swapped
 * and restored on the FX thread; the windows showing at the start are recorded there too.
 */
public final class FxTestSession implements FxTester {
    /** The default wall-clock limit of a wait (a hang guard, not a timing). */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    /**
     * The hang guard of {@code run} and {@code call}, 30 s unless the system property
     * {@value #CALL_TIMEOUT_PROPERTY} says otherwise: an action that long on the FX thread is stuck.
     */
    private static Duration callTimeout() {
        return Duration.ofSeconds(Long.getLong(CALL_TIMEOUT_PROPERTY, 30));
    }

    /** The system property that sets the hang guard of {@code run} and {@code call}, in seconds. */
    public static final String CALL_TIMEOUT_PROPERTY = "dev.fxinter.test.callTimeoutSeconds";
    private static final Semaphore LOCK = new Semaphore(1, true);
    private static volatile @Nullable FxTestSession current;

    private final String testName;
    private final FxLoop loop;
    private final @Nullable VirtualTime virtualTime;
    private final long startNanos = System.nanoTime();
    private final ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
    private final CoroutineScope scope;
    /** Listeners of fxinter's facades installed when the test began. */
    private final int listenersBefore = Attachment.live();
    /** Written and read on the FX thread. */
    private Thread.@Nullable UncaughtExceptionHandler previousHandler;
    /** The FX thread, for the stack of a stuck {@code call}; written at the start, read by the test thread after it. */
    private volatile @Nullable Thread fxThread;
    /** Written and read on the FX thread. */
    private Set<Window> windowsBefore = Collections.emptySet();
    private boolean ended;

    private FxTestSession(String testName, boolean realTime) {
        this.testName = testName;
        ToolkitStartup.startOrAttach();
        this.loop = FxLoop.guest();
        KitLoopSeat.occupy(loop);
        VirtualTime time = null;
        try {
            time = realTime ? null : VirtualTime.install();
            CoroutineContext context = SupervisorKt.SupervisorJob(null)
                    .plus(FxDispatcher.main())
                    .plus(new Recorder());
            this.scope = CoroutineScopeKt.CoroutineScope(context);
            FxThread.callAndWait(() -> {
                // the kit never exits the toolkit: not even when a test hides the last window
                Platform.setImplicitExit(false);
                Thread fx = Thread.currentThread();
                fxThread = fx;
                previousHandler = fx.getUncaughtExceptionHandler();
                fx.setUncaughtExceptionHandler((thread, e) -> failures.add(e));
                windowsBefore = Collections.newSetFromMap(new IdentityHashMap<>());
                windowsBefore.addAll(Window.getWindows());
                return null;
            });
        } catch (RuntimeException | Error e) {
            if (time != null) {
                time.close();
            }
            KitLoopSeat.vacate();
            loop.close();
            throw e;
        }
        this.virtualTime = time;
    }

    /** The scope's handler: a failed coroutine of the test's scope fails this test. */
    private final class Recorder extends AbstractCoroutineContextElement implements CoroutineExceptionHandler {
        Recorder() {
            super(CoroutineExceptionHandler.Key);
        }

        @Override
        public void handleException(CoroutineContext context, Throwable exception) {
            failures.add(exception);
        }
    }

    /**
     * Begins a test: waits for the previous FX test of this JVM to end, starts or finds the
     * toolkit, opens a GUEST loop and, unless {@code realTime}, installs virtual time.
     *
     * @param testName the test's display name, for messages
     * @param realTime whether the FX timers stay on the real clock
     * @return the session, until {@link #end()}
     */
    public static FxTestSession begin(String testName, boolean realTime) {
        Objects.requireNonNull(testName, "testName");
        LOCK.acquireUninterruptibly();
        try {
            SuspendedWaiters.track(true); // for the report of coroutines left running; on for the JVM
            FxTestSession session = new FxTestSession(testName, realTime);
            current = session;
            return session;
        } catch (RuntimeException | Error e) {
            LOCK.release();
            throw e;
        }
    }

    /**
     * The session of the test running now, if any.
     *
     * @return the open session or null
     */
    public static @Nullable FxTestSession current() {
        return current;
    }

    /**
     * Whether this session runs on virtual time.
     *
     * @return false for a {@code @RealTime} test
     */
    public boolean isVirtual() {
        return virtualTime != null;
    }

    @Override
    public CoroutineScope scope() {
        return scope;
    }

    @Override
    public void run(FxAction action) {
        Objects.requireNonNull(action, "action");
        call(() -> {
            action.run();
            return null;
        });
    }

    @Override
    public <T extends @Nullable Object> T call(Callable<T> fn) {
        Objects.requireNonNull(fn, "fn");
        offFxThread("call");
        Duration timeout = callTimeout();
        try {
            return OnFxThread.callAndWait(fn, timeout.toNanos());
        } catch (TimeoutException e) {
            AssertionError stuck = new AssertionError("run/call: the FX thread had not finished the action after "
                    + timeout.toSeconds() + " s of wall time (blocked in it? a showAndWait? use awaitDialog); "
                    + "the FX thread's stack is this error's stack");
            Thread fx = fxThread;
            if (fx != null) {
                stuck.setStackTrace(fx.getStackTrace());
            }
            throw stuck;
        }
    }

    @Override
    public void awaitIdle() {
        offFxThread("awaitIdle");
        long deadline = System.nanoTime() + DEFAULT_TIMEOUT.toNanos();
        for (;;) {
            drainQueue(deadline, "awaitIdle");
            if (!advanceToNextTimer()) {
                return;
            }
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("awaitIdle: FX timers kept coming for " + DEFAULT_TIMEOUT.toSeconds()
                        + " s of wall time (a periodic timer? use advanceTimeBy or awaitUntil); virtual time now "
                        + currentTime() + " ms");
            }
        }
    }

    @Override
    public void advanceTimeBy(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative()) {
            throw new IllegalArgumentException("duration is negative: " + duration);
        }
        offFxThread("advanceTimeBy");
        VirtualTime time = virtual("advanceTimeBy");
        long target = time.nowNanos() + duration.toNanos();
        long deadline = System.nanoTime() + DEFAULT_TIMEOUT.toNanos();
        for (;;) {
            drainQueue(deadline, "advanceTimeBy");
            long next = time.nextDeadlineNanos();
            if (next < 0 || next > target) {
                break;
            }
            time.advanceTo(next);
        }
        time.advanceTo(target);
        drainQueue(deadline, "advanceTimeBy");
    }

    @Override
    public long currentTime() {
        VirtualTime time = virtualTime;
        long nanos = time != null ? time.nowNanos() : System.nanoTime() - startNanos;
        return TimeUnit.NANOSECONDS.toMillis(nanos);
    }

    @Override
    public void awaitUntil(String description, BooleanSupplier condition) {
        awaitUntil(description, DEFAULT_TIMEOUT, condition);
    }

    @Override
    public void awaitUntil(String description, Duration timeout, BooleanSupplier condition) {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(condition, "condition");
        offFxThread("awaitUntil");
        long deadline = System.nanoTime() + timeout.toNanos();
        Object[] last = {"never evaluated"};
        for (;;) {
            boolean holds = FxThread.callAndWait(() -> {
                try {
                    boolean result = condition.getAsBoolean();
                    last[0] = result;
                    return result;
                } catch (RuntimeException | Error e) {
                    last[0] = e;
                    return false;
                }
            });
            if (holds) {
                return;
            }
            if (System.nanoTime() - deadline > 0) {
                AssertionError failure = new AssertionError("awaitUntil timed out after " + timeout.toMillis()
                        + " ms of wall time: " + description + " (last result: " + last[0] + ")");
                if (last[0] instanceof Throwable) {
                    failure.initCause((Throwable) last[0]);
                }
                throw failure;
            }
            if (!(queueIdle() && advanceToNextTimer())) {
                LockSupport.parkNanos(1_000_000L); // background work (Default, IO) is polled
            }
        }
    }

    @Override
    public <D extends Dialog<?>> D awaitDialog(Class<D> type) {
        Objects.requireNonNull(type, "type");
        offFxThread("awaitDialog");
        Object[] found = new Object[1];
        awaitUntil("a " + type.getName() + " shown through FxModal or awaitResult", () -> {
            for (Dialog<?> dialog : ShownDialogs.snapshot()) {
                if (type.isInstance(dialog) && dialog.isShowing()) {
                    found[0] = dialog;
                    return true;
                }
            }
            return false;
        });
        return type.cast(found[0]);
    }

    /**
     * Ends the test: runs what is queued, cancels what is still active in {@link #scope()},
     * hides windows the test left showing, closes the loop, restores the real clock, and throws
     * an {@link AssertionError} naming everything found (exceptions of this test as causes).
     * Idempotent.
     */
    public void end() {
        if (ended) {
            return;
        }
        ended = true;
        List<String> problems = new ArrayList<>();
        try {
            long deadline = System.nanoTime() + DEFAULT_TIMEOUT.toNanos();
            drainQueueQuietly(deadline, problems);
            Job job = Objects.requireNonNull(scope.getCoroutineContext().get(Job.Key));
            List<String> active = activeChildren(job, virtualTime);
            if (!active.isEmpty()) {
                problems.add("coroutines of the test's scope still active at its end (now cancelled): "
                        + String.join("; ", active));
            }
            job.cancel(null);
            drainQueueQuietly(deadline, problems);
            int leftListeners = Attachment.live() - listenersBefore;
            if (leftListeners > 0) {
                problems.add(leftListeners + " listener(s) or handler(s) added by fxinter's facades during the test "
                        + "are still installed (collect signal flows and await in the test's scope, or cancel them)");
            }
            List<String> dialogs = FxThread.callAndWait(this::hideLeftWindows);
            for (String title : dialogs) {
                problems.add("an unexpected dialog was still showing (now hidden): \"" + title + "\"");
            }
            drainQueueQuietly(deadline, problems);
            if (nestedLoopOpen(deadline)) {
                problems.add("a nested event loop is still open (Platform.enterNestedEventLoop without exit)");
            }
        } finally {
            try {
                FxThread.callAndWait(() -> {
                    Thread.currentThread().setUncaughtExceptionHandler(previousHandler);
                    return null;
                });
            } finally {
                if (virtualTime != null) {
                    virtualTime.close();
                }
                FxLoop appLoop = KitLoopSeat.vacate();
                if (appLoop != null) {
                    appLoop.close(); // GUEST: the toolkit stays
                }
                loop.close();
                current = null;
                LOCK.release();
            }
        }
        List<Throwable> thrown = new ArrayList<>(failures);
        for (Throwable t : thrown) {
            problems.add(0, "an exception reached the FX thread's uncaught-exception handler or failed a coroutine of "
                    + "the test's scope: " + t);
        }
        if (problems.isEmpty()) {
            return;
        }
        AssertionError error = new AssertionError("fxinter-test found after " + testName + ":\n - "
                + String.join("\n - ", problems));
        if (!thrown.isEmpty()) {
            error.initCause(thrown.get(0));
            for (int i = 1; i < thrown.size(); i++) {
                error.addSuppressed(thrown.get(i));
            }
        }
        throw error;
    }

    /**
     * Names, states and, when they wait in a virtual delay or in an awaiting function of the
     * interop's Kotlin API, where they are suspended, of the active children of {@code job}.
     */
    private static List<String> activeChildren(Job job, @Nullable VirtualTime time) {
        List<String> names = new ArrayList<>();
        for (Job child : (Iterable<Job>) () -> job.getChildren().iterator()) {
            if (!child.isActive()) {
                continue;
            }
            String name = "unnamed";
            if (child instanceof CoroutineScope) {
                CoroutineName coroutineName = ((CoroutineScope) child).getCoroutineContext().get(CoroutineName.Key);
                if (coroutineName != null) {
                    name = coroutineName.getName();
                }
            }
            StackTraceElement at = time == null ? null : time.delayedAt(child);
            String waiting = at == null ? SuspendedWaiters.suspendedIn(child) : null;
            names.add("\"" + name + "\" " + child + (at != null ? ", suspended in delay at " + at
                    : waiting != null ? ", suspended in " + waiting
                    : ", suspended outside an FX delay or an fxinter await (its frames are not reachable "
                    + "without a debug agent)"));
        }
        return names;
    }

    /**
     * Whether a nested event loop is open, asked by a plain {@code Platform.runLater} task: such a
     * task runs in the innermost loop that is still pumping, so a loop that a task of fxinter's
     * queue has just asked to exit (a dialog hidden from inside it) has closed by then. Through
     * fxinter's queue the question could run in that same drain, inside the closing loop.
     */
    private static boolean nestedLoopOpen(long deadline) {
        CompletableFuture<Boolean> open = new CompletableFuture<>();
        Platform.runLater(() -> open.complete(Platform.isNestedLoopRunning()));
        try {
            return open.get(Math.max(0, deadline - System.nanoTime()) + TimeUnit.SECONDS.toNanos(1), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError("the FX thread did not answer whether a nested event loop is open", e);
        }
    }

    /** On the FX thread: hides the windows shown since the start; returns the dialogs' titles. */
    private List<String> hideLeftWindows() {
        List<String> dialogs = new ArrayList<>();
        for (Window window : new ArrayList<>(Window.getWindows())) {
            if (!window.isShowing() || windowsBefore.contains(window)) {
                continue;
            }
            Scene scene = window.getScene();
            if (scene != null && scene.getRoot() != null
                    && (scene.getRoot() instanceof DialogPane || scene.getRoot().lookup(".dialog-pane") != null)) {
                dialogs.add(window instanceof Stage ? String.valueOf(((Stage) window).getTitle()) : window.toString());
            }
            window.hide();
        }
        return dialogs;
    }

    private void drainQueueQuietly(long deadline, List<String> problems) {
        try {
            drainQueue(deadline, "the end-of-test check");
        } catch (AssertionError e) {
            problems.add(e.getMessage());
        }
    }

    /**
     * Waits until fxinter's queue is empty: posts a marker through the queue and, when it runs on
     * the FX thread, asks whether anything was queued behind it; repeats until nothing was.
     * Virtual time does not move.
     */
    private void drainQueue(long deadline, String what) {
        while (!queueIdle()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError(what + ": fxinter's queue did not become idle within "
                        + DEFAULT_TIMEOUT.toSeconds() + " s of wall time (tasks that keep dispatching more?)");
            }
        }
    }

    /** Posts one marker through the queue; true when nothing was queued behind it. */
    private static boolean queueIdle() {
        boolean[] empty = new boolean[1];
        CountDownLatch ran = new CountDownLatch(1);
        DrainQueue.submit(() -> {
            empty[0] = DrainQueue.isEmpty();
            ran.countDown();
        });
        try {
            if (!ran.await(DEFAULT_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                throw new AssertionError("the FX thread did not run fxinter's queue within "
                        + DEFAULT_TIMEOUT.toSeconds() + " s (blocked?)");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the FX thread", e);
        }
        return empty[0];
    }

    /**
     * Moves virtual time to the earliest pending FX timer and fires the timers due then.
     *
     * @return false when there is no virtual time or no timer is pending
     */
    public boolean advanceToNextTimer() {
        VirtualTime time = virtualTime;
        if (time == null) {
            return false;
        }
        long next = time.nextDeadlineNanos();
        if (next < 0) {
            return false;
        }
        time.advanceTo(next);
        return true;
    }

    /**
     * The virtual clock, for the Kotlin {@code runFxTest}.
     *
     * @param what the operation that needs it, for the message
     * @return the virtual clock
     * @throws IllegalStateException in a {@code @RealTime} test
     */
    public VirtualTime virtual(String what) {
        VirtualTime time = virtualTime;
        if (time == null) {
            throw new IllegalStateException(what + " needs virtual time, and this test is @RealTime");
        }
        return time;
    }

    private static void offFxThread(String what) {
        if (FxThread.isFxThread()) {
            throw new IllegalStateException("FxTester." + what
                    + " blocks, and it was called on the FX thread, where it would deadlock");
        }
    }
}
