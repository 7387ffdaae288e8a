@file:JvmName("FxPulsesKt")

package dev.fxinter.interop

import dev.fxinter.interop.internal.PulseSource
import dev.fxinter.interop.internal.Waiter
import kotlinx.coroutines.CancellableContinuation
import kotlinx.coroutines.flow.Flow
import kotlinx.coroutines.suspendCancellableCoroutine

/**
 * Suspends until the next animation pulse and returns its `now` (nanoseconds, as
 * `AnimationTimer.handle` receives it); [FxSignals.nextPulse] for Kotlin. fxinter's one pulse
 * timer runs only while someone waits, so this leaves no `AnimationTimer` running (unlike
 * kotlinx-coroutines-javafx's `awaitPulse`). The waiter is removed after its pulse, and at once
 * when the caller is cancelled.
 */
suspend fun awaitPulse(): Long = suspendCancellableCoroutine { cont -> PulseWaiter(cont).start() }

/**
 * Every animation pulse's `now` while collected ([FxSignals.pulses]); the pulse timer runs only
 * while some collection or [awaitPulse] waits.
 */
fun pulses(): Flow<Long> = FxSignals.pulses()

/**
 * The pulse listener behind [awaitPulse]. As a [Waiter] its registration is detached after the
 * pulse as well as on cancellation, so the live count of facade listeners drops with it.
 */
private class PulseWaiter(cont: CancellableContinuation<Long>) : Waiter<Long>(cont), PulseSource.PulseListener {
    /** FX thread only: removes the registration; set by [add]. */
    private var remover: Runnable? = null

    override fun add(): Boolean {
        remover = PulseSource.add(this)
        return true
    }

    override fun run() {
        remover?.run()
    }

    override fun onPulse(now: Long): Boolean {
        resume(now)
        return false
    }

    override fun describe() = "awaitPulse()"
}
