package dev.fxinter.interop;

import dev.fxinter.interop.internal.AsyncEventHandler;
import java.util.Objects;
import javafx.event.Event;
import javafx.event.EventHandler;
import kotlinx.coroutines.CoroutineScope;

/**
 * Async event handlers ("slots"): an {@code EventHandler} whose body is a suspending handler
 * that runs as a coroutine, one per event, as a child of a scope.
 *
 * <p>Each event starts its handler coroutine eagerly, on the caller's stack inside the event
 * dispatch, up to its first suspension (so it can still consume the event there); the rest runs
 * from the FX dispatcher's queue. A {@link SlotPolicy} says what happens to events that arrive
 * while an earlier handler coroutine runs. The scope's Job keeps the running handler coroutines
 * reachable; cancelling the scope cancels them.
 *
 * <p>An exception from a handler reaches the scope's {@code CoroutineExceptionHandler}, or else
 * the FX thread's uncaught-exception handler: it is never dropped and never thrown into the
 * event dispatch.
 */
public final class FxSlots {
    private FxSlots() {}

    /**
     * An event handler that runs {@code handler} as a coroutine per event, following {@code policy}.
     *
     * @param scope the parent scope of the handler coroutines
     * @param policy what to do with events that arrive while a handler runs
     * @param handler the suspending handler
     * @param <E> the event class
     * @return the event handler, for {@code addEventHandler} or {@code setOnAction}; call it on
     *     the FX thread, as JavaFX does
     */
    public static <E extends Event> EventHandler<E> asyncHandler(
            CoroutineScope scope, SlotPolicy policy, SuspendHandler<E> handler) {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(handler, "handler");
        return new AsyncEventHandler<E>(scope, policy, (coroutine, event, continuation) -> handler.invoke(event, continuation));
    }

    /**
     * An event handler that runs {@code handler} as a coroutine per event, any number at once
     * ({@link SlotPolicy#CONCURRENT}).
     *
     * @param scope the parent scope of the handler coroutines
     * @param handler the suspending handler
     * @param <E> the event class
     * @return the event handler
     */
    public static <E extends Event> EventHandler<E> asyncHandler(CoroutineScope scope, SuspendHandler<E> handler) {
        return asyncHandler(scope, SlotPolicy.CONCURRENT, handler);
    }
}
