package dev.fxinter.interop.internal

import javafx.beans.property.ReadOnlyObjectWrapper
import javafx.beans.value.ObservableValue
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.flow.Flow
import kotlinx.coroutines.launch

/**
 * `FxBindings.observableValue`: a read-only JavaFX value fed by a Flow.
 *
 * **Conflation.** The flow is collected in a child coroutine of the caller's scope, unconfined:
 * the collector runs on the thread that emits (it starts on the caller's thread, and a `flowOn`
 * upstream or a StateFlow set from a background thread resumes it there), stores the value as the
 * latest and requests one [CoalescedFxUpdate]. So a producer is never held back by a busy FX
 * thread, and a burst costs the FX thread one `set` per turn, with the latest value; the values
 * set are a subsequence of the emissions, in their order. The value is set only when it differs
 * (`equals`) from the current one, so listeners see each change once.
 *
 * **End.** When the scope is cancelled the collection stops; an update already queued still
 * applies the last value emitted before. When the flow fails, the values it emitted before are
 * still applied, and the failure (the very exception) fails the coroutine and so reaches the
 * scope's exception handler, never a JavaFX listener.
 *
 * **Threads.** The wrapper is written on the FX thread only (by the update). [latest] is written by
 * the emitting thread and read on the FX thread; it is volatile, and written before the request.
 */
object FlowValue {
    private val NONE = Any()

    /** The value, `initial` until the flow's first value is set. */
    @JvmStatic
    fun <T> of(scope: CoroutineScope, flow: Flow<T>, initial: T): ObservableValue<T> =
        Holder(initial).also { holder -> scope.launch(Dispatchers.Unconfined) { flow.collect(holder::offer) } }.value.readOnlyProperty

    private class Holder<T>(initial: T) {
        val value = ReadOnlyObjectWrapper(initial)
        @Volatile private var latest: Any? = NONE
        private val update = CoalescedFxUpdate {
            val next = latest
            @Suppress("UNCHECKED_CAST")
            if (next !== NONE && value.get() != next) value.set(next as T)
        }

        fun offer(next: T) {
            latest = next
            update.request()
        }
    }
}
