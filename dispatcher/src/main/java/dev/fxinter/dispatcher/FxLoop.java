package dev.fxinter.dispatcher;

import dev.fxinter.dispatcher.internal.DrainQueue;
import dev.fxinter.dispatcher.internal.FlightRecording;
import dev.fxinter.dispatcher.internal.KitLoopSeat;
import dev.fxinter.dispatcher.internal.TimerHeap;
import dev.fxinter.dispatcher.internal.ToolkitStartup;
import dev.fxinter.dispatcher.internal.ToolkitWatch;
import dev.fxinter.dispatcher.internal.UncheckedRethrow;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import kotlin.Unit;
import kotlin.coroutines.EmptyCoroutineContext;
import kotlinx.coroutines.CompletableJob;
import kotlinx.coroutines.CoroutineScope;
import kotlinx.coroutines.CoroutineScopeKt;
import kotlinx.coroutines.CoroutineStart;
import kotlinx.coroutines.DisposableHandle;
import kotlinx.coroutines.SupervisorKt;
import kotlinx.coroutines.future.FutureKt;
import org.jspecify.annotations.Nullable;

/**
 * The logical loop on top of the physical JavaFX event loop: the FIFO queue of the FX
 * dispatchers, their timers, and a lifecycle with a scope to launch coroutines in.
 *
 * <p>At most one loop is open at a time. {@link #owner()} is for code whose entry point is
 * {@code main}: it starts the toolkit (headless where there is no display) and exits it on
 * {@link #close()}. {@link #guest()} is for apps started by {@code Application.launch}: it never
 * starts or exits the toolkit. {@link #run(SuspendBlock)} is {@code owner()}, one suspend
 * {@code main}, {@code close()}.
 *
 * <p>When the toolkit exits, by {@code Platform.exit()} or the last window closing, the loop
 * notices (its {@link #mode()} becomes {@link LoopMode#NATIVE}), cancels its {@link #scope()},
 * and everything still dispatched to the FX dispatchers finishes on a cleanup thread, cancelled.
 *
 * <p><b>Thread safety.</b> Every method may be called from any thread. The open loop is
 * published through an {@code AtomicReference}; {@code closed} is an {@code AtomicBoolean}, so
 * {@code close()} acts once.
 */
public final class FxLoop implements AutoCloseable {
    /** How long {@link #close()} waits for the scope's coroutines to run their finally blocks. */
    private static final long CLOSE_TIMEOUT_MILLIS = 5_000;

    private static final AtomicReference<FxLoop> OPEN = new AtomicReference<>();
    private static final Executor EXECUTOR = new FxExecutor();

    /** A class, not a lambda: loading FxLoop then needs no lambda bootstrap (about 1 ms). */
    private static final class FxExecutor implements Executor {
        @Override
        public void execute(Runnable task) {
            DrainQueue.submit(Objects.requireNonNull(task, "task"));
        }
    }

    private final LoopMode mode;
    private final CompletableJob job = SupervisorKt.SupervisorJob(null);
    private final CoroutineScope scope = CoroutineScopeKt.CoroutineScope(job.plus(FxDispatcher.main()));
    private final AtomicBoolean closed = new AtomicBoolean();
    /** Counted down once the loop has released its slot (and, as OWNER, asked the toolkit to exit). */
    private final CountDownLatch finished = new CountDownLatch(1);
    /**
     * Removes this loop's exit listener from the toolkit watch; set once by the opening thread
     * before the loop is returned, read by {@link #finish()} (any thread, after {@code close()}).
     */
    private volatile Runnable stopWatchingExit = () -> { };

    private FxLoop(LoopMode mode) {
        this.mode = mode;
    }

    /**
     * Opens a loop in OWNER mode: starts the toolkit if it is not running (headless where no
     * display exists), which then lives until {@link #close()}, not until the last window closes.
     *
     * @return the open loop
     * @throws IllegalStateException when a loop is open, or the toolkit has exited or cannot start
     */
    public static FxLoop owner() {
        FxLoop loop = open(LoopMode.OWNER);
        try {
            ToolkitStartup.startOrAttach();
            Platform.setImplicitExit(false);
        } catch (RuntimeException | Error e) {
            OPEN.compareAndSet(loop, null);
            throw e;
        }
        loop.watchExit();
        return loop;
    }

    /**
     * Opens a loop in GUEST mode on a toolkit started by {@code Application.launch} (call it from
     * {@code init()}, {@code start()} or any thread once the toolkit runs). Never starts or exits
     * the toolkit.
     *
     * @return the open loop
     * @throws IllegalStateException when a loop is open, or no toolkit runs
     */
    public static FxLoop guest() {
        boolean running = ToolkitWatch.attach(); // also learns of an exit before anyone looked
        if (ToolkitWatch.hasExited()) {
            throw new IllegalStateException("The JavaFX toolkit has exited: no loop can be opened");
        }
        if (!running) {
            throw new IllegalStateException("FxLoop.guest() needs a running JavaFX toolkit: call it "
                    + "from Application.init()/start() (or after Platform.startup), or use "
                    + "FxLoop.owner() to start one");
        }
        FxLoop loop = open(LoopMode.GUEST);
        loop.watchExit();
        return loop;
    }

    /**
     * Opens an OWNER loop, runs {@code main} on the FX thread, blocks the caller until it
     * completes, closes the loop, and returns its result or rethrows its exception unwrapped
     * (checked exceptions included, undeclared, as kotlinx does).
     *
     * @param main the suspend main
     * @param <T> its result
     * @return what {@code main} returned
     * @throws IllegalStateException at once when called on the FX thread (it would deadlock),
     *     or when a loop is already open
     */
    public static <T extends @Nullable Object> T run(SuspendBlock<T> main) {
        Objects.requireNonNull(main, "main");
        if (ToolkitWatch.onFxThread()) {
            throw new IllegalStateException("FxLoop.run(...) blocks until its block completes on the "
                    + "FX thread, so calling it on the FX thread (" + Thread.currentThread().getName()
                    + ") would deadlock: launch a coroutine in a scope instead");
        }
        try (FxLoop loop = owner()) {
            CompletableFuture<T> result = FutureKt.future(
                    loop.scope, EmptyCoroutineContext.INSTANCE, CoroutineStart.DEFAULT, main);
            try {
                return result.get();
            } catch (ExecutionException e) {
                throw UncheckedRethrow.rethrow(e.getCause());
            } catch (InterruptedException e) {
                result.cancel(false);
                Thread.currentThread().interrupt();
                CancellationException cancelled = new CancellationException("FxLoop.run interrupted");
                cancelled.initCause(e);
                throw cancelled;
            }
        }
    }

    /**
     * Whether this machine has a display JavaFX can show windows on: always on Windows and
     * macOS; elsewhere when {@code DISPLAY} or {@code WAYLAND_DISPLAY} is set. Without one,
     * {@link #owner()} starts JavaFX on a headless glass platform (JavaFX 26's {@code Headless},
     * or Monocle when it is on the path), where an app can still run, say, a scripted session.
     * Starts nothing.
     *
     * @return true when windows can be shown on a display
     */
    public static boolean hasDisplay() {
        return ToolkitStartup.hasDisplay();
    }

    /**
     * OWNER or GUEST while the toolkit runs; NATIVE once it has exited.
     *
     * @return the loop's mode now
     */
    public LoopMode mode() {
        return ToolkitWatch.hasExited() ? LoopMode.NATIVE : mode;
    }

    /**
     * A scope of {@code SupervisorJob + FxDispatcher.main()}, cancelled by {@link #close()} and
     * by the toolkit's exit.
     *
     * @return the loop's scope
     */
    public CoroutineScope scope() {
        return scope;
    }

    /**
     * Runs Runnables through the same FIFO queue as coroutine dispatches, for
     * {@code CompletableFuture.thenAcceptAsync(action, loop.executor())}. A task never runs off
     * the FX thread: once the toolkit has exited (or when none runs), {@code execute} throws
     * {@code RejectedExecutionException}, so a {@code CompletableFuture} stage that uses the
     * executor fails instead of hanging. A task accepted in the instant of the exit, before it
     * could run, is dropped.
     *
     * @return the FX-thread executor
     */
    public Executor executor() {
        return EXECUTOR;
    }

    /**
     * Cancels {@link #scope()}, waits (at most 5 s) for its coroutines to finish their
     * {@code finally} blocks, then, in OWNER mode, exits the toolkit and waits for it to end.
     * Idempotent; callable from any thread. On the FX thread it cannot wait (that would
     * deadlock): it cancels, schedules the rest and returns. After it, another loop may be
     * opened (in OWNER mode, JavaFX's toolkit cannot restart in the same JVM).
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        job.cancel((CancellationException) null);
        if (ToolkitWatch.onFxThread()) {
            // A bound even here: finish anyway if the coroutines do not complete in time. The
            // guard goes as soon as they do, so that it does not keep a closed loop reachable.
            DisposableHandle guard = TimerHeap.INSTANCE.scheduleTimeout(
                    CLOSE_TIMEOUT_MILLIS, this::finish, EmptyCoroutineContext.INSTANCE);
            job.invokeOnCompletion(cause -> {
                finish();
                guard.dispose();
                return Unit.INSTANCE;
            });
            return;
        }
        CountDownLatch done = new CountDownLatch(1);
        job.invokeOnCompletion(cause -> {
            done.countDown();
            return Unit.INSTANCE;
        });
        boolean interrupted = false;
        try {
            done.await(CLOSE_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            interrupted = true;
        }
        finish();
        if (mode == LoopMode.OWNER) {
            try {
                ToolkitWatch.awaitExit(CLOSE_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return "FxLoop[" + mode() + (closed.get() ? ", closed" : "") + "]";
    }

    private static FxLoop open(LoopMode mode) {
        FxLoop loop = new FxLoop(mode);
        FxLoop current = OPEN.get();
        if (current != null && mode == LoopMode.GUEST && KitLoopSeat.yields(current)) {
            OPEN.compareAndSet(current, null); // the test kit's loop steps aside for the app's
            current = OPEN.get();
        }
        if (current != null || !OPEN.compareAndSet(null, loop)) {
            throw new IllegalStateException("An FxLoop is already open (" + OPEN.get()
                    + "): close it before opening another");
        }
        FlightRecording.watch(); // a JFR recording that enables fxinter's events switches them on
        KitLoopSeat.opened(loop);
        return loop;
    }

    /** Releases the slot and, as OWNER, exits the toolkit; idempotent. */
    private void finish() {
        if (finished.getCount() == 0) {
            return;
        }
        synchronized (finished) {
            if (finished.getCount() == 0) {
                return;
            }
            OPEN.compareAndSet(this, null);
            stopWatchingExit.run(); // a closed loop must not stay reachable from the watch
            if (mode == LoopMode.OWNER && !ToolkitWatch.hasExited()) {
                Platform.exit();
            }
            finished.countDown();
        }
    }

    private void watchExit() {
        stopWatchingExit = ToolkitWatch.onExit(() -> {
            closed.set(true);
            job.cancel((CancellationException) null);
            OPEN.compareAndSet(this, null);
            finished.countDown();
        });
    }
}
