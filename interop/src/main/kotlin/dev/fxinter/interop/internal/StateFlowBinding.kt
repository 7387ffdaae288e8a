package dev.fxinter.interop.internal

import dev.fxinter.dispatcher.FxDispatcher
import javafx.beans.property.Property
import javafx.beans.value.ChangeListener
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.Job
import kotlinx.coroutines.flow.MutableStateFlow
import kotlinx.coroutines.launch

/**
 * A two-way binding of a JavaFX `Property` and a `MutableStateFlow`, as one coroutine on the FX
 * thread: it sets the property to the state's value, adds a change listener that writes the
 * property's changes into the state, and collects the state into the property until it is
 * cancelled; its `finally` removes the listener.
 *
 * **No echo.** A property change writes the state; the state's emission of that value finds the
 * property equal and sets nothing. A state change sets the property; the listener writes the same
 * value back into the state, which a `StateFlow` ignores (equal values are not emitted). The
 * collector sets the property only when it differs, so each change reaches the other side once.
 *
 * **Threads.** The property is written on the FX thread only (the coroutine runs on
 * `FxDispatcher.main()`); the listener runs on the thread that changed the property and writes the
 * state, which is thread-safe. The listener is added and removed by the coroutine, on the FX thread.
 */
object StateFlowBinding {
    /** Starts the binding as a child of [scope], eagerly on the FX thread. */
    @JvmStatic
    fun <T> bind(scope: CoroutineScope, property: Property<T>, state: MutableStateFlow<T>): Job =
        scope.launch(FxDispatcher.main(), EagerStart.forCaller(scope)) {
            property.value = state.value
            val listener = ChangeListener<T> { _, _, newValue -> state.value = newValue }
            property.addListener(listener)
            try {
                state.collect { if (property.value != it) property.value = it }
            } finally {
                property.removeListener(listener)
            }
        }
}
