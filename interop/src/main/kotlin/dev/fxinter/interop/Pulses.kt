@file:JvmName("FxPulsesKt")

package dev.fxinter.interop

import dev.fxinter.interop.internal.Attachment
import dev.fxinter.interop.internal.PulseSource
import kotlin.coroutines.resume
import kotlin.coroutines.resumeWithException
import kotlinx.coroutines.flow.Flow
import kotlinx.coroutines.suspendCancellableCoroutine

/**
 * Suspends until the next animation pulse and returns its `now` (nanoseconds, as
 * `AnimationTimer.handle` receives it); [FxSignals.nextPulse] for Kotlin. fxinter's one pulse
 * timer runs only while someone waits, so this leaves no `AnimationTimer` running (unlike
 * kotlinx-coroutines-javafx's `awaitPulse`). Cancelling the caller removes the waiter.
 */
suspend fun awaitPulse(): Long = suspendCancellableCoroutine { continuation ->
    val attachment = Attachment.attach({
        PulseSource.add { now ->
            continuation.resume(now)
            false
        }
    }, { failure -> continuation.resumeWithException(failure) })
    continuation.invokeOnCancellation { attachment.detach() }
}

/**
 * Every animation pulse's `now` while collected ([FxSignals.pulses]); the pulse timer runs only
 * while some collection or [awaitPulse] waits.
 */
fun pulses(): Flow<Long> = FxSignals.pulses()
