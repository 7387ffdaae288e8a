package dev.fxinter.interop;

import dev.fxinter.dispatcher.FxLoop;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import kotlinx.coroutines.CoroutineScope;
import kotlinx.coroutines.CoroutineScopeKt;
import kotlinx.coroutines.Job;
import kotlinx.coroutines.SupervisorKt;

/**
 * Test support: the one OWNER loop of the test JVM (surefire forks a JVM per test class), opened
 * on first use and never closed; running code on the FX thread in FIFO order with coroutine
 * dispatches; and hang guards for every wait.
 */
public final class TestLoop {
    /** Every wait in a test is bounded by this: a hang guard, never a synchronisation. */
    public static final Duration HANG_GUARD = Duration.ofSeconds(30);

    private static FxLoop loop;

    private TestLoop() {}

    /** The JVM's OWNER loop, opened on first call. */
    public static synchronized FxLoop open() {
        if (loop == null) {
            loop = FxLoop.owner();
        }
        return loop;
    }

    /** The loop's scope. */
    public static CoroutineScope scope() {
        return open().scope();
    }

    /**
     * Runs {@code fn} on the FX thread through the loop's executor (the dispatchers' FIFO queue,
     * so it runs after every hop queued before it) and returns its result.
     */
    public static <T> T onFx(Callable<T> fn) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        open().executor().execute(() -> {
            try {
                result.complete(fn.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        return await(result);
    }

    /** Runs {@code action} on the FX thread like {@link #onFx(Callable)}. */
    public static void runOnFx(FxAction action) throws Exception {
        onFx(() -> {
            action.run();
            return null;
        });
    }

    /** {@code future.get()} bounded by the hang guard, unwrapping the cause of a failure. */
    public static <T> T await(Future<T> future) throws Exception {
        try {
            return future.get(HANG_GUARD.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

    /**
     * Whether {@code future} completes on the FX thread. Call it before the future can complete;
     * do not wait on {@code future} itself before this answer (a thread blocked in
     * {@code get()} may run the future's dependent stages, this one included).
     */
    public static CompletableFuture<Boolean> completesOnFx(CompletableFuture<?> future) {
        CompletableFuture<Boolean> onFx = new CompletableFuture<>();
        future.whenComplete((value, failure) -> onFx.complete(FxThread.isFxThread()));
        return onFx;
    }

    /** A scope ({@code SupervisorJob + FxDispatcher.main()}) that is already cancelled. */
    public static CoroutineScope cancelledScope() {
        CoroutineScope scope = CoroutineScopeKt.CoroutineScope(
                SupervisorKt.SupervisorJob(null).plus(dev.fxinter.dispatcher.FxDispatcher.main()));
        CoroutineScopeKt.cancel(scope, null);
        return scope;
    }

    /** Waits (bounded by the hang guard) until {@code job} has completed. */
    public static void join(Job job) throws Exception {
        await(kotlinx.coroutines.future.FutureKt.asCompletableFuture(job).handle((unit, failure) -> null));
    }

    /** Code for the FX thread that may throw. */
    @FunctionalInterface
    public interface FxAction {
        void run() throws Exception;
    }
}
