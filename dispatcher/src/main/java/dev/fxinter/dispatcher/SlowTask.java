package dev.fxinter.dispatcher;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A report of {@link FxDiagnostics#onSlowTask}: one task of fxinter's queue held the FX thread
 * longer than the listener's threshold.
 *
 * @param duration how long the task ran on the FX thread (an upper bound, to within the
 *        detector's poll period: see {@link FxDiagnostics#onSlowTask})
 * @param queueLatency how long it waited in the queue before it started, to within the detector's
 *        poll period (zero when it was queued while no slow-task listener was registered, since
 *        then no time was taken)
 * @param coroutineName the {@code CoroutineName} of its coroutine context, or null
 * @param task what it was: for a resumed coroutine, where it resumed
 *        ({@code Continuation at com.example.Repo.load(Repo.kt:42)}); for an executor task, its class
 * @param stack the FX thread's stack sampled while the task was still running past the threshold,
 *        innermost frame first; empty if the task ended before it could be sampled
 */
public record SlowTask(Duration duration, Duration queueLatency, @Nullable String coroutineName, String task,
        List<StackTraceElement> stack) {
    /**
     * Checks the arguments and copies the stack.
     *
     * @param duration how long the task ran
     * @param queueLatency how long it waited in the queue
     * @param coroutineName its coroutine's name, or null
     * @param task what it was
     * @param stack the FX thread's stack while it ran, or empty
     */
    public SlowTask {
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(queueLatency, "queueLatency");
        Objects.requireNonNull(task, "task");
        stack = List.copyOf(Objects.requireNonNull(stack, "stack"));
    }
}
