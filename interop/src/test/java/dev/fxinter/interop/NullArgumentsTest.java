package dev.fxinter.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.fxinter.dispatcher.SuspendBlock;
import java.util.HashMap;
import java.util.Map;
import javafx.beans.property.SimpleObjectProperty;
import javafx.event.ActionEvent;
import javafx.scene.layout.Region;
import javafx.scene.control.Dialog;
import kotlinx.coroutines.CoroutineScope;
import kotlinx.coroutines.CoroutineScopeKt;
import kotlinx.coroutines.flow.Flow;
import kotlinx.coroutines.flow.FlowKt;
import kotlinx.coroutines.flow.MutableStateFlow;
import kotlinx.coroutines.flow.StateFlow;
import kotlinx.coroutines.flow.StateFlowKt;
import kotlin.coroutines.EmptyCoroutineContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Null arguments throw NullPointerException naming the parameter, at the call: this JVM runs no
 * toolkit, so nothing could be checked later on the FX thread.
 */
class NullArgumentsTest {
    private final Region target = new Region();
    private final SimpleObjectProperty<String> value = new SimpleObjectProperty<>("v");
    private final CoroutineScope scope = CoroutineScopeKt.CoroutineScope(EmptyCoroutineContext.INSTANCE);
    private final Flow<String> flow = FlowKt.emptyFlow();
    private final SuspendBlock<String> block = (s, c) -> "x";
    private final SuspendHandler<ActionEvent> handler = (e, c) -> null;

    private static void assertNamed(String parameter, Executable call) {
        NullPointerException e = assertThrows(NullPointerException.class, call);
        assertEquals(parameter, e.getMessage());
    }

    @Test
    void fxSignals() {
        assertNamed("target", () -> FxSignals.next(null, ActionEvent.ACTION));
        assertNamed("type", () -> FxSignals.next(target, null));
        assertNamed("value", () -> FxSignals.nextValue(null));
        assertNamed("value", () -> FxSignals.valueMatching(null, v -> true));
        assertNamed("test", () -> FxSignals.valueMatching(value, null));
        assertNamed("target", () -> FxSignals.events(null, ActionEvent.ACTION));
        assertNamed("type", () -> FxSignals.events(target, null));
        assertNamed("value", () -> FxSignals.values(null));
        assertNamed("value", () -> FxSignals.changes(null));
        assertNamed("list", () -> FxSignals.contents(null));
        assertNamed("flowsByTag", () -> FxSignals.merge(null));
        Map<String, Flow<String>> withNull = new HashMap<>();
        withNull.put("a", null);
        assertNamed("flowsByTag value", () -> FxSignals.merge(withNull));
        assertNamed("flow", () -> FxSignals.first(null));
        assertNamed("scope", () -> FxSignals.collect(null, flow, v -> { }));
        assertNamed("flow", () -> FxSignals.collect(scope, null, v -> { }));
        assertNamed("action", () -> FxSignals.collect(scope, flow, null));
    }

    @Test
    void fxTasks() {
        assertNamed("scope", () -> FxTasks.runTask(null, block));
        assertNamed("block", () -> FxTasks.runTask(scope, null));
        assertNamed("scope", () -> FxTasks.future(null, block));
        assertNamed("block", () -> FxTasks.future(scope, null));
    }

    @Test
    void fxSlots() {
        assertNamed("scope", () -> FxSlots.asyncHandler(null, SlotPolicy.QUEUE, handler));
        assertNamed("policy", () -> FxSlots.asyncHandler(scope, null, handler));
        assertNamed("handler", () -> FxSlots.asyncHandler(scope, SlotPolicy.QUEUE, null));
        assertNamed("scope", () -> FxSlots.asyncHandler(null, handler));
        assertNamed("handler", () -> FxSlots.asyncHandler(scope, null));
    }

    @Test
    void fxModalAndFxThread() {
        assertNamed("fn", () -> FxModal.modal(null));
        assertNamed("dialog", () -> FxModal.<String>showAndWait((Dialog<String>) null));
        assertNamed("fn", () -> FxThread.callAndWait(null));
    }

    @Test
    void fxBindings() {
        MutableStateFlow<String> state = StateFlowKt.MutableStateFlow("s");
        assertNamed("scope", () -> FxBindings.observableValue(null, flow, "i"));
        assertNamed("flow", () -> FxBindings.observableValue(scope, (Flow<String>) null, "i"));
        assertNamed("scope", () -> FxBindings.observableValue(null, state));
        assertNamed("flow", () -> FxBindings.observableValue(scope, (StateFlow<String>) null));
        assertNamed("scope", () -> FxBindings.bindBidirectional(null, value, state));
        assertNamed("property", () -> FxBindings.bindBidirectional(scope, null, state));
        assertNamed("state", () -> FxBindings.bindBidirectional(scope, value, null));
    }

    @Test
    void fxLifecycle() {
        assertNamed("scope", () -> FxLifecycle.whileShowing(null, new Region(), block));
        assertNamed("node", () -> FxLifecycle.whileShowing(scope, null, block));
        assertNamed("block", () -> FxLifecycle.whileShowing(scope, new Region(), null));
        assertNamed("window", () -> FxLifecycle.scope(null));
    }

    @Test
    void fxTasksWorker() {
        BlockingWork<String> work = progress -> "done";
        assertNamed("scope", () -> FxTasks.worker(null, work));
        assertNamed("work", () -> FxTasks.worker(scope, null));
        assertNamed("scope", () -> FxTasks.worker(null, WorkerFailure.REPORT, work));
        assertNamed("failure", () -> FxTasks.worker(scope, null, work));
        assertNamed("work", () -> FxTasks.worker(scope, WorkerFailure.REPORT, null));
    }
}
