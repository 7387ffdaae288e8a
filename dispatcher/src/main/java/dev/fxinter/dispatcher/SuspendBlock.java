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
 * <p>Its one abstract method is {@code Function2.invoke(scope, continuation)}, inherited and on
 * purpose not redeclared: Kotlin 2.x sees an interface that redeclares it as having a second
 * abstract member ({@code suspend fun invoke(scope)}) that no Kotlin class or lambda can
 * implement. As it is, Kotlin code implements it as
 * {@code object : SuspendBlock<T> { override fun invoke(p1: CoroutineScope, p2: Continuation<in T>): Any? }}
 * or passes a lambda {@code { scope, cont -> ... }} where one is expected; Kotlin code mostly uses
 * the Kotlin API (suspend lambdas) instead.
 *
 * @param <T> the block's result
 */
@FunctionalInterface
public interface SuspendBlock<T extends @Nullable Object>
        extends Function2<CoroutineScope, Continuation<? super T>, @Nullable Object> {
}
