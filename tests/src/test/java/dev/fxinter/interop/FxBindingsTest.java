package dev.fxinter.interop;

import static dev.fxinter.interop.Futures.HANG_GUARD;
import static dev.fxinter.interop.Futures.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fxinter.test.FxTestExtension;
import dev.fxinter.test.FxTester;
import dev.fxinter.test.OnFxThread;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import kotlin.Unit;
import kotlin.ranges.IntRange;
import kotlinx.coroutines.Dispatchers;
import kotlinx.coroutines.Job;
import kotlinx.coroutines.JobKt;
import kotlinx.coroutines.channels.BufferOverflow;
import kotlinx.coroutines.flow.Flow;
import kotlinx.coroutines.flow.FlowKt;
import kotlinx.coroutines.flow.MutableSharedFlow;
import kotlinx.coroutines.flow.MutableStateFlow;
import kotlinx.coroutines.flow.SharedFlowKt;
import kotlinx.coroutines.flow.StateFlowKt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** FxBindings: flows into the scene graph, and a Property bound both ways to a MutableStateFlow. */
@ExtendWith(FxTestExtension.class)
class FxBindingsTest {
    private final HandledScope handledScope = new HandledScope();

    private FxTester fx;

    @BeforeEach
    void takeTester(FxTester fx) {
        this.fx = fx;
    }

    /** Bindings and collections that a test leaves to the scope end with it, before the kit counts listeners. */
    @AfterEach
    void endTheScope() {
        handledScope.cancel();
        Joins.children(fx, handledScope.scope);
    }

    /** Records each change of {@code value} as "new value on FX" or "... off FX". */
    private static <T> List<String> recordChanges(ObservableValue<T> value) {
        List<String> changes = new CopyOnWriteArrayList<>();
        value.addListener((o, was, now) -> changes.add(now + (FxThread.isFxThread() ? " on FX" : " off FX")));
        return changes;
    }

    /** Waits, on the FX thread's terms, until {@code value} holds {@code expected}. */
    private <T> void awaitValue(ObservableValue<T> value, T expected) throws Exception {
        await(fx, fx.call(() -> FxSignals.valueMatching(value, expected::equals)));
    }

    /** Runs nothing on the FX thread: everything queued there before it has run when it returns. */
    private void drainFxQueue() throws Exception {
        fx.run(() -> { });
    }

    @Test
    void aBurstFromABackgroundThreadSetsALatestValueOnTheFxThreadInEmissionOrder() throws Exception {
        int burst = 10_000;
        CompletableFuture<String> emitted = new CompletableFuture<>();
        Flow<Integer> numbers = FlowKt.flowOn(FlowKt.onEach(FlowKt.asFlow(new IntRange(1, burst)), (n, cont) -> {
            if (n == burst) {
                emitted.complete("all emitted on " + Thread.currentThread().getName());
            }
            return Unit.INSTANCE;
        }), Dispatchers.getDefault());
        // The collection starts in this FX task; the task then holds the FX thread until the
        // background producer has emitted everything, so the burst meets a busy FX thread.
        ObservableValue<Integer> value = fx.call(() -> {
            ObservableValue<Integer> bound = FxBindings.observableValue(handledScope.scope, numbers, 0);
            emitted.get(HANG_GUARD.toMillis(), TimeUnit.MILLISECONDS);
            return bound;
        });
        List<Integer> seen = new CopyOnWriteArrayList<>();
        List<String> changes = fx.call(() -> {
            value.addListener((o, was, now) -> seen.add(now));
            return recordChanges(value);
        });
        awaitValue(value, burst);
        assertTrue(changes.stream().allMatch(change -> change.endsWith(" on FX")), changes.toString());
        // Conflated: one pending update at most, so a handful of sets, not one per emission
        // (here one, or two if the FX thread took a first value before the test held it).
        assertTrue(seen.size() <= 2, "FX-thread updates for a burst of " + burst + ": " + seen);
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i - 1) < seen.get(i), "emission order: " + seen);
        }
    }

    @Test
    void aBoundLabelSeesEachChangeOnceAndKeepsTheLastValueWhenTheScopeEnds() throws Exception {
        MutableStateFlow<String> titles = StateFlowKt.MutableStateFlow("first");
        Label label = new Label();
        List<String> changes = fx.call(() -> {
            label.textProperty().bind(FxBindings.observableValue(handledScope.scope, titles));
            return recordChanges(label.textProperty());
        });
        assertEquals("first", fx.call(label::getText));
        titles.setValue("second");
        awaitValue(label.textProperty(), "second");
        titles.setValue("third");
        awaitValue(label.textProperty(), "third");
        drainFxQueue();
        assertEquals(List.of("second on FX", "third on FX"), changes);

        handledScope.cancel();
        Joins.children(fx, handledScope.scope);
        assertEquals(0, titles.getSubscriptionCount().getValue(), "the collection ended with the scope");
        titles.setValue("after the scope");
        drainFxQueue();
        assertEquals("third", fx.call(label::getText));
        assertEquals(List.of(), handledScope.handled);
    }

    @Test
    void theInitialValueHoldsUntilTheFlowsFirstValue() throws Exception {
        MutableSharedFlow<String> events = SharedFlowKt.MutableSharedFlow(0, 1, BufferOverflow.SUSPEND);
        ObservableValue<String> value = fx.call(() -> FxBindings.observableValue(handledScope.scope, events, "loading"));
        drainFxQueue();
        assertEquals("loading", fx.call(value::getValue));
        assertEquals(1, events.getSubscriptionCount().getValue(), "collecting since the call (eager on the FX thread)");
        assertTrue(events.tryEmit("loaded"));
        awaitValue(value, "loaded");
    }

    @Test
    @OnFxThread
    void bindBidirectionalGivesThePropertyTheStatesValueAtOnce() {
        CountingProperty<String> property = new CountingProperty<>("property");
        MutableStateFlow<String> state = StateFlowKt.MutableStateFlow("state");
        FxBindings.bindBidirectional(handledScope.scope, property, state);
        assertEquals(List.of("state", 1), List.of(property.get(), property.listenerCount()), "at the call's return");
    }

    @Test
    void changesCrossBothWaysWithoutEcho() throws Exception {
        CountingProperty<String> property = new CountingProperty<>("property");
        MutableStateFlow<String> state = StateFlowKt.MutableStateFlow("state");
        List<String> propertyChanges = recordChanges(property);
        List<String> stateValues = new CopyOnWriteArrayList<>();
        FxSignals.collect(handledScope.scope, state, stateValues::add);
        drainFxQueue();
        fx.run(() -> FxBindings.bindBidirectional(handledScope.scope, property, state));

        fx.run(() -> {
            property.set("typed on FX");
            assertEquals("typed on FX", state.getValue(), "the state follows the property at once");
        });
        drainFxQueue();
        CompletableFuture<String> fromBackground = CompletableFuture.supplyAsync(() -> {
            state.setValue("set in the background");
            return "set";
        });
        await(fx, fromBackground);
        awaitValue(property, "set in the background");
        drainFxQueue();
        drainFxQueue();

        assertEquals(List.of("state on FX", "typed on FX on FX", "set in the background on FX"), propertyChanges);
        assertEquals(List.of("state", "typed on FX", "set in the background"), stateValues);
        assertEquals("set in the background", state.getValue());
        assertEquals(2, property.listenerCount(), "the binding's listener and this test's");
        assertEquals(List.of(), handledScope.handled);
    }

    @Test
    void cancellingTheJobUnbindsBothWaysAndRemovesTheListener() throws Exception {
        CountingProperty<String> property = new CountingProperty<>("property");
        MutableStateFlow<String> state = StateFlowKt.MutableStateFlow("state");
        Job binding = fx.call(() -> FxBindings.bindBidirectional(handledScope.scope, property, state));
        binding.cancel(null);
        Joins.job(fx, binding);
        assertUnbound(property, state);
    }

    @Test
    void cancellingTheScopeUnbindsBothWaysAndRemovesTheListener() throws Exception {
        CountingProperty<String> property = new CountingProperty<>("property");
        MutableStateFlow<String> state = StateFlowKt.MutableStateFlow("state");
        FxBindings.bindBidirectional(handledScope.scope, property, state); // off the FX thread: dispatched there
        awaitValue(property, "state");
        handledScope.cancel();
        Joins.children(fx, handledScope.scope);
        assertUnbound(property, state);
    }

    private void assertUnbound(CountingProperty<String> property, MutableStateFlow<String> state) throws Exception {
        assertEquals(0, property.listenerCount());
        assertEquals(0, state.getSubscriptionCount().getValue());
        fx.run(() -> property.set("property after"));
        assertEquals("state", state.getValue());
        state.setValue("state after");
        drainFxQueue();
        assertEquals("property after", fx.call(property::get));
    }

    @Test
    void aPropertyThatIsBoundAlreadyIsRejectedAtOnce() throws Exception {
        SimpleStringProperty property = new SimpleStringProperty();
        property.bind(new SimpleStringProperty("elsewhere"));
        MutableStateFlow<String> state = StateFlowKt.MutableStateFlow("state");
        assertThrows(IllegalArgumentException.class, () -> FxBindings.bindBidirectional(handledScope.scope, property, state));
        assertFalse(JobKt.getJob(handledScope.scope.getCoroutineContext()).getChildren().iterator().hasNext(), "nothing started");
    }
}
