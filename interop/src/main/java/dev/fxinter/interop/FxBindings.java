package dev.fxinter.interop;

import org.jspecify.annotations.Nullable;
import dev.fxinter.interop.internal.FlowValue;
import dev.fxinter.interop.internal.StateFlowBinding;
import java.util.Objects;
import javafx.beans.property.Property;
import javafx.beans.value.ObservableValue;
import kotlinx.coroutines.CoroutineScope;
import kotlinx.coroutines.Job;
import kotlinx.coroutines.flow.Flow;
import kotlinx.coroutines.flow.MutableStateFlow;
import kotlinx.coroutines.flow.StateFlow;

/**
 * Flows into the scene graph: a Flow as a read-only {@link ObservableValue} to bind controls to,
 * and a two-way binding between a JavaFX {@link Property} and a {@link MutableStateFlow}.
 *
 * <p><b>Threads.</b> Values reach JavaFX on the FX thread only, through fxinter's FIFO queue, with
 * at most one pending update (conflation): a producer that emits faster than the FX thread takes
 * values costs it one {@code set} per turn, with the latest value, never one {@code runLater} per
 * emission, and is never held back by a busy FX thread. The values that are set keep the flow's
 * emission order. The flow is collected unconfined: it starts on the caller's thread and its
 * operators run on the thread that emits (give it {@code flowOn} for heavy work); only the
 * {@code set} is on the FX thread.
 *
 * <p><b>Lifetime.</b> The collection is a child coroutine of the given scope: it ends with the
 * scope (or the returned Job), and a value then keeps its last state. A failure of the flow goes
 * to the scope like any child coroutine's failure (its {@code CoroutineExceptionHandler}), never
 * into a JavaFX listener; the value keeps the last value the flow emitted before it failed.
 */
public final class FxBindings {
    private FxBindings() {}

    /**
     * A read-only value that holds {@code initial}, then each value of {@code flow}, set on the FX
     * thread and conflated (see the class comment). For
     * {@code label.textProperty().bind(FxBindings.observableValue(scope, titles, ""))}. Listeners
     * see a change only when the new value differs ({@code equals}) from the current one.
     *
     * @param scope the scope the collection runs in; it ends with it
     * @param flow the values; collected where they are emitted (see the class comment)
     * @param initial the value until the flow's first value arrives
     * @param <T> the value type
     * @return the value, read-only
     */
    public static <T extends @Nullable Object> ObservableValue<T> observableValue(CoroutineScope scope, Flow<? extends T> flow, T initial) {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(flow, "flow");
        return FlowValue.of(scope, upcast(flow), initial);
    }

    /**
     * {@link #observableValue(CoroutineScope, Flow, Object)} starting with the StateFlow's
     * current value.
     *
     * @param scope the scope the collection runs in; it ends with it
     * @param flow the state
     * @param <T> the value type
     * @return the value, read-only
     */
    public static <T extends @Nullable Object> ObservableValue<T> observableValue(CoroutineScope scope, StateFlow<? extends T> flow) {
        Objects.requireNonNull(flow, "flow");
        return observableValue(scope, flow, flow.getValue());
    }

    /**
     * Binds {@code property} and {@code state} both ways: the property takes the state's value at
     * once (on the FX thread: before this returns when called there), and from then on a change of
     * either reaches the other, the property always on the FX thread, the state from any thread.
     * There is no echo: a change is not bounced back to the side it came from. When both change
     * at once, both end with the same value. Cancelling the returned Job or {@code scope} unbinds
     * both directions and removes the listener from {@code property}.
     *
     * @param scope the parent scope
     * @param property the JavaFX side; it must not be bound already ({@code IllegalArgumentException})
     * @param state the coroutine side
     * @param <T> the value type
     * @return the binding's Job
     */
    public static <T extends @Nullable Object> Job bindBidirectional(CoroutineScope scope, Property<T> property, MutableStateFlow<T> state) {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(state, "state");
        if (property.isBound()) {
            throw new IllegalArgumentException("property is bound already: " + property);
        }
        return StateFlowBinding.bind(scope, property, state);
    }

    /** A Flow only produces, so a Flow of a subtype is a Flow of the supertype. */
    @SuppressWarnings("unchecked")
    private static <T> Flow<T> upcast(Flow<? extends T> flow) {
        return (Flow<T>) flow;
    }
}
