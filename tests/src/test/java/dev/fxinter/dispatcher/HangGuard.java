package dev.fxinter.dispatcher;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** The bound of every wait in the dispatcher's FX tests: a hang guard, never a synchronisation or a timing. */
final class HangGuard {
    /** Generous: 400,000 tasks or a stalled FX thread on a slow, loaded machine stay well within it. */
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    private HangGuard() {}

    /** {@code future.get()} bounded by {@link #TIMEOUT}; a failure is rethrown unwrapped when it is an Exception. */
    static <T> T await(Future<T> future) throws Exception {
        try {
            return future.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception) {
                throw (Exception) e.getCause();
            }
            throw e;
        }
    }
}
