package dev.fxinter.dispatcher;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A report of {@link FxDiagnostics#onHang}: the FX thread has not come back to its event loop for
 * {@code blockedFor}.
 *
 * @param blockedFor how long the FX thread has been away from its event loop so far, or in total
 *        when {@code ended}
 * @param stack the FX thread's stack sampled while it was stuck, innermost frame first (for the
 *        last report, the stack of the report before it)
 * @param ended false while the stall lasts; true for the one last report after it is over
 */
public record Hang(Duration blockedFor, List<StackTraceElement> stack, boolean ended) {
    /**
     * Checks the arguments and copies the stack.
     *
     * @param blockedFor how long the FX thread has been away from its event loop
     * @param stack the FX thread's stack, innermost frame first
     * @param ended whether the stall is over
     */
    public Hang {
        Objects.requireNonNull(blockedFor, "blockedFor");
        stack = List.copyOf(Objects.requireNonNull(stack, "stack"));
    }
}
