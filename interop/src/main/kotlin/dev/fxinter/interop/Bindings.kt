@file:JvmName("FxBindingsKt")

package dev.fxinter.interop

import javafx.beans.property.Property
import javafx.beans.value.ObservableValue
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.Job
import kotlinx.coroutines.flow.Flow
import kotlinx.coroutines.flow.MutableStateFlow
import kotlinx.coroutines.flow.StateFlow

/**
 * This flow as a read-only [ObservableValue] for the scene graph: [initial], then each value,
 * set on the FX thread and conflated, collected in [scope] until it ends ([FxBindings.observableValue]).
 * `label.textProperty().bind(titles.asObservableValue(scope, ""))`.
 */
fun <T> Flow<T>.asObservableValue(scope: CoroutineScope, initial: T): ObservableValue<T> =
    FxBindings.observableValue(scope, this, initial)

/** This state as a read-only [ObservableValue], starting with its current value ([FxBindings.observableValue]). */
fun <T> StateFlow<T>.asObservableValue(scope: CoroutineScope): ObservableValue<T> =
    FxBindings.observableValue(scope, this)

/**
 * Binds this property and [state] both ways, without echo, until the returned Job or [scope] is
 * cancelled ([FxBindings.bindBidirectional]): the property takes the state's value at once.
 */
fun <T> Property<T>.bindBidirectional(scope: CoroutineScope, state: MutableStateFlow<T>): Job =
    FxBindings.bindBidirectional(scope, this, state)
