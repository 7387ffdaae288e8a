package dev.fxinter.dispatcher;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/**
 * Test support: one OWNER loop per test JVM (surefire forks a JVM per test class), opened on
 * first use and never closed (the JVM ends with the class); plus hang guards.
 */
public final class FxTestLoop {
    /** Every wait in a test is bounded by this: a hang guard, never a synchronisation. */
    public static final Duration HANG_GUARD = Duration.ofSeconds(30);

    private static FxLoop loop;

    private FxTestLoop() {}

    /** The JVM's OWNER loop, opened on first call. */
    public static synchronized FxLoop open() {
        if (loop == null) {
            loop = FxLoop.owner();
        }
        return loop;
    }

    /** Runs {@code fn} on the FX thread through {@code Platform.runLater} and returns its result. */
    public static <T> T onFx(Callable<T> fn) throws Exception {
        open();
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(fn.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        return await(result);
    }

    /** {@code future.get()} bounded by the hang guard. */
    public static <T> T await(Future<T> future) throws Exception {
        try {
            return future.get(HANG_GUARD.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof Exception) {
                throw (Exception) e.getCause();
            }
            throw e;
        }
    }
}
