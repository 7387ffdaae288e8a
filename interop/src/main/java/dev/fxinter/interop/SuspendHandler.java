package dev.fxinter.interop;

import org.jspecify.annotations.Nullable;
import kotlin.Unit;
import kotlin.coroutines.Continuation;
import kotlin.jvm.functions.Function2;

/**
 * A suspending event handler written in Java, the Java spelling of Kotlin's
 * {@code suspend (E) -> Unit}: {@code (event, cont) -> kotlinService.save(form(event), cont)}.
 *
 * <p>Like {@link dev.fxinter.dispatcher.SuspendBlock}, it either returns at once (any value,
 * conventionally {@code Unit.INSTANCE} or null), or tail-calls a Kotlin suspend function with
 * {@code cont} and returns what that returns, possibly {@code COROUTINE_SUSPENDED}. It must not
 * use {@code cont} for anything else.
 *
 * @param <E> the event type
 */
@FunctionalInterface
public interface SuspendHandler<E> extends Function2<E, Continuation<? super Unit>, @Nullable Object> {
    /**
     * Handles {@code event} in the handler's coroutine.
     *
     * @param event the event
     * @param continuation the coroutine's continuation, to pass to a tail-called suspend function
     * @return any value when done at once, or {@code COROUTINE_SUSPENDED}
     */
    @Override
    @Nullable Object invoke(E event, Continuation<? super Unit> continuation);
}
