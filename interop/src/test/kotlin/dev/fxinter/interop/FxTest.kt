package dev.fxinter.interop

import dev.fxinter.dispatcher.SuspendBlock
import kotlin.coroutines.Continuation
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.runBlocking
import kotlinx.coroutines.withTimeout

/** Runs a Kotlin test body with the JVM's loop open, bounded by the hang guard. */
fun fxTest(block: suspend CoroutineScope.() -> Unit) {
    TestLoop.open()
    runBlocking { withTimeout(TestLoop.HANG_GUARD.toMillis()) { block() } }
}

/** A Kotlin suspend lambda as a Java [SuspendBlock]: at run time both are a `Function2`. */
@Suppress("UNCHECKED_CAST")
fun <T> suspendBlock(block: suspend CoroutineScope.() -> T): SuspendBlock<T> =
    TestLoop.asSuspendBlock(block as (CoroutineScope, Continuation<T>) -> Any?)

/** A Kotlin suspend lambda as a Java [SuspendHandler]: at run time both are a `Function2`. */
@Suppress("UNCHECKED_CAST")
fun <E : Any> suspendHandler(handler: suspend (E) -> Unit): SuspendHandler<E> =
    TestLoop.asSuspendHandler(handler as (E, Continuation<Unit>) -> Any?)
