package dev.fxinter.interop

import java.util.concurrent.CompletableFuture
import java.util.function.Consumer
import kotlinx.coroutines.CancellationException
import kotlinx.coroutines.awaitCancellation
import kotlinx.coroutines.delay
import kotlinx.coroutines.future.await
import kotlinx.coroutines.yield

/**
 * Kotlin suspend functions for the Java tests to tail-call from `SuspendBlock` and
 * `SuspendHandler` lambdas, as a Java app calls its Kotlin services.
 */
object KotlinService {
    /** Suspends until [gate] completes (cancellable), then returns its value. */
    @JvmStatic
    suspend fun <T> awaitGate(gate: CompletableFuture<T>): T = gate.await()

    /** Returns [value] after [millis] of `delay`. */
    @JvmStatic
    suspend fun <T> later(value: T, millis: Long): T {
        delay(millis)
        return value
    }

    /** Returns [value] after one `yield()`. */
    @JvmStatic
    suspend fun <T> afterYield(value: T): T {
        yield()
        return value
    }

    /** Suspends until [gate] completes, running [onFinally] however it ends (cancelled or not). */
    @JvmStatic
    suspend fun <T> awaitGateFinally(gate: CompletableFuture<T>, onFinally: Runnable): T {
        try {
            return gate.await()
        } finally {
            onFinally.run()
        }
    }

    /** Returns after one `yield()`. */
    @JvmStatic
    suspend fun yieldOnce() = yield()

    /** Suspends until [gate] completes, then reports "completed"; reports "cancelled" if cancelled first. */
    @JvmStatic
    suspend fun awaitGateReporting(gate: CompletableFuture<*>, report: Consumer<String>) {
        try {
            gate.await()
            report.accept("completed")
        } catch (e: CancellationException) {
            report.accept("cancelled")
            throw e
        }
    }

    /** Throws an [IllegalStateException] with [message] after one `yield()`. */
    @JvmStatic
    suspend fun failAfterYield(message: String): Nothing {
        yield()
        throw IllegalStateException(message)
    }

    /** Suspends until cancelled. */
    @JvmStatic
    suspend fun never(): Nothing = awaitCancellation()
}
