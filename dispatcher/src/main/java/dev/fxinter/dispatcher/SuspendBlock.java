package dev.fxinter.dispatcher;

import kotlin.coroutines.Continuation;
import kotlin.jvm.functions.Function2;
import kotlinx.coroutines.CoroutineScope;
import org.jspecify.annotations.Nullable;

/**
 * A suspend lambda written in Java, the Java spelling of Kotlin's
 * {@code suspend CoroutineScope.() -> T}:
 * {@code (scope, cont) -> kotlinService.load(id, cont)}.
 *
 * <p>The block either returns its value at once, or tail-calls a Kotlin suspend function with
 * {@code cont} and returns what that returns: the value, or
 * {@code kotlin.coroutines.intrinsics.IntrinsicsKt.getCOROUTINE_SUSPENDED()} when it suspended
 * (the continuation then receives the result). It must not use {@code cont} for anything else.
 *
 * @param <T> the block's result
 */
@FunctionalInterface
public interface SuspendBlock<T extends @Nullable Object>
        extends Function2<CoroutineScope, Continuation<? super T>, @Nullable Object> {
    /**
     * Runs the block in {@code scope}.
     *
     * @param scope the coroutine's scope
     * @param continuation the coroutine's continuation, to pass to a tail-called suspend function
     * @return the result, or {@code COROUTINE_SUSPENDED}
     */
    @Override
    @Nullable Object invoke(CoroutineScope scope, Continuation<? super T> continuation);
}
