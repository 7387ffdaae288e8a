@file:JvmName("FxSignalsKt")

package dev.fxinter.interop

import dev.fxinter.interop.internal.Waiter
import javafx.beans.value.ChangeListener
import javafx.beans.value.ObservableValue
import javafx.collections.ObservableList
import javafx.event.Event
import javafx.event.EventHandler
import javafx.event.EventTarget
import javafx.event.EventType
import kotlinx.coroutines.CancellableContinuation
import kotlinx.coroutines.flow.Flow
import kotlinx.coroutines.suspendCancellableCoroutine

/**
 * Suspends until the next event of [type] reaches this target's handlers (bubbling phase), and
 * returns it. Subtypes of [type] match too.
 *
 * The handler is added on the FX thread, before this function suspends when called there (so an
 * event fired later in the same FX task is seen), and removed on the FX thread as soon as the
 * event arrived or the calling coroutine is cancelled. The Kotlin form of [FxSignals.next],
 * without a future: the coroutine is resumed straight from the handler (inside it, when the
 * coroutine runs on `Dispatchers.Main.immediate`, so `event.consume()` still takes effect).
 */
suspend fun <E : Event> EventTarget.awaitEvent(type: EventType<E>): E =
    suspendCancellableCoroutine { cont -> EventWaiter(cont, this, type).start() }

/**
 * Suspends until this value changes, and returns the new value (what its change listeners see).
 * The listener is added and removed on the FX thread, as for [awaitEvent]; a change made on another
 * thread resumes the coroutine from there (through its dispatcher).
 */
suspend fun <T> ObservableValue<T>.awaitNextValue(): T =
    suspendCancellableCoroutine { cont -> ValueWaiter(cont, this, checkCurrent = false) { true }.start() }

/**
 * Returns the current value if it passes [predicate], else suspends until the first new value that
 * passes, and returns it. [predicate] runs on the FX thread for the current value and on the
 * changing thread after that; if it throws, this function throws that exception.
 */
suspend fun <T> ObservableValue<T>.awaitValue(predicate: (T) -> Boolean): T =
    suspendCancellableCoroutine { cont -> ValueWaiter(cont, this, checkCurrent = true, predicate).start() }

/**
 * Every event of [type] that reaches this target's handlers, as a cold Flow ([FxSignals.events]):
 * the handler is added when a collection starts and removed when it ends; none is dropped unless
 * the collector asks for it.
 */
fun <E : Event> EventTarget.events(type: EventType<E>): Flow<E> = FxSignals.events(this, type)

/**
 * The current value, then the value after every change, conflated ([FxSignals.values]). The same
 * name and meaning as kotlinx-coroutines-javafx's `asFlow()`: moving over means changing the import.
 */
fun <T> ObservableValue<T>.asFlow(): Flow<T> = FxSignals.values(this)

/** Every change of this value as a [Change] (old and new value), none dropped ([FxSignals.changes]). */
fun <T> ObservableValue<T>.changes(): Flow<Change<T>> = FxSignals.changes(this)

/** An immutable snapshot of this list now, then after every change, conflated ([FxSignals.contents]). */
fun <E> ObservableList<E>.contents(): Flow<List<E>> = FxSignals.contents(this)

/** The handler behind [awaitEvent]. */
private class EventWaiter<E : Event>(
    cont: CancellableContinuation<E>,
    private val target: EventTarget,
    private val type: EventType<E>,
) : Waiter<E>(cont), EventHandler<E> {
    override fun add(): Boolean {
        target.addEventHandler(type, this)
        return true
    }
    override fun run() = target.removeEventHandler(type, this)
    override fun handle(event: E) = resume(event)
    override fun describe() = "awaitEvent($type) on $target"
}

/** The listener behind [awaitNextValue] and [awaitValue]. */
private class ValueWaiter<T>(
    cont: CancellableContinuation<T>,
    private val value: ObservableValue<T>,
    private val checkCurrent: Boolean,
    private val predicate: (T) -> Boolean,
) : Waiter<T>(cont), ChangeListener<T> {

    override fun add(): Boolean {
        if (checkCurrent) {
            val current = value.value
            if (predicate(current)) { // a throw here fails the wait through Attachment
                resume(current)
                return false
            }
        }
        value.addListener(this)
        return true
    }

    override fun run() = value.removeListener(this)

    override fun describe() = (if (checkCurrent) "awaitValue on " else "awaitNextValue on ") + value

    override fun changed(observable: ObservableValue<out T>, oldValue: T, newValue: T) {
        try {
            if (predicate(newValue)) {
                resume(newValue)
            }
        } catch (t: Throwable) {
            fail(t)
        }
    }
}
