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
 * <p>As for {@code SuspendBlock}, {@code Function2.invoke(event, continuation)} is inherited and
 * not redeclared, so that Kotlin can implement it too: as an object overriding
 * {@code invoke(p1: E, p2: Continuation<in Unit>): Any?}, or as a lambda {@code { event, cont -> ... }}.
 * Kotlin code mostly uses {@code CoroutineScope.asyncHandler} with a real suspend lambda instead.
 *
 * @param <E> the event type
 */
@FunctionalInterface
public interface SuspendHandler<E> extends Function2<E, Continuation<? super Unit>, @Nullable Object> {
}
