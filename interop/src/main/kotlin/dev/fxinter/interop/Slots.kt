@file:JvmName("FxSlotsKt")

package dev.fxinter.interop

import dev.fxinter.interop.internal.AsyncEventHandler
import javafx.event.Event
import javafx.event.EventHandler
import kotlin.coroutines.intrinsics.startCoroutineUninterceptedOrReturn
import kotlinx.coroutines.CoroutineScope

/**
 * An event handler that runs [handler] as a coroutine per event, a child of this scope, following
 * [policy] for events that arrive while an earlier one's coroutine runs: the same semantics as
 * [FxSlots.asyncHandler]. Each event starts its coroutine eagerly on the FX thread, inside the event
 * dispatch, up to its first suspension (so `event.consume()` there still works); the rest runs from
 * the FX dispatcher's queue. An exception from [handler] reaches this scope's
 * `CoroutineExceptionHandler`, or else the FX thread's uncaught-exception handler.
 *
 * ```
 * searchField.onAction = scope.asyncHandler(SlotPolicy.CANCEL_PREVIOUS) { event -> search(searchField.text) }
 * ```
 */
fun <E : Event> CoroutineScope.asyncHandler(
    policy: SlotPolicy = SlotPolicy.CONCURRENT,
    handler: suspend CoroutineScope.(E) -> Unit,
): EventHandler<E> = AsyncEventHandler(this, policy) { coroutine, event, cont ->
    suspend { coroutine.handler(event) }.startCoroutineUninterceptedOrReturn(cont)
}
