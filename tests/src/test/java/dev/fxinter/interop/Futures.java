package dev.fxinter.interop;

import dev.fxinter.test.FxTester;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Test support for the Java tests under fxinter-test: awaiting a future the way the kit waits
 * (so that virtual time moves while the FX queue is idle), bounded by a hang guard.
 */
final class Futures {
    /** Every wait of these tests is bounded by this: a hang guard, never a synchronisation. */
    static final Duration HANG_GUARD = Duration.ofSeconds(30);

    private Futures() {}

    /**
     * Waits with {@link FxTester#awaitUntil} until {@code future} is done, then returns its
     * value or throws the cause of its failure unwrapped.
     */
    static <T> T await(FxTester fx, Future<T> future) throws Exception {
        fx.awaitUntil("the future to complete", HANG_GUARD, future::isDone);
        try {
            return future.get(0, TimeUnit.SECONDS);
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
    static CompletableFuture<Boolean> completesOnFx(CompletableFuture<?> future) {
        CompletableFuture<Boolean> onFx = new CompletableFuture<>();
        future.whenComplete((value, failure) -> onFx.complete(FxThread.isFxThread()));
        return onFx;
    }
}
