package dev.fxinter.interop;

import static dev.fxinter.interop.TestLoop.HANG_GUARD;
import static dev.fxinter.interop.TestLoop.await;
import static dev.fxinter.interop.TestLoop.onFx;
import static dev.fxinter.interop.TestLoop.runOnFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fxinter.dispatcher.FxDispatcher;
import dev.fxinter.dispatcher.SuspendBlock;
import java.lang.ref.WeakReference;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import kotlinx.coroutines.BuildersKt;
import kotlinx.coroutines.CoroutineScope;
import kotlinx.coroutines.CoroutineStart;
import kotlinx.coroutines.Job;
import kotlinx.coroutines.JobKt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * FxLifecycle on real Stages (the headless platform shows and hides them): a block tied to a
 * node's showing, a scope tied to a window's showing, and nothing left behind on the scene graph.
 */
class FxLifecycleTest {
    private final HandledScope handledScope = new HandledScope();
    private final List<Throwable> handled = handledScope.handled;
    private final CoroutineScope scope = handledScope.scope;
    /** "started n" and "cancelled n" for the n-th run of the block, in order. */
    private final BlockingQueue<String> events = new LinkedBlockingQueue<>();
    private final AtomicInteger runs = new AtomicInteger();
    private final Reachability reachability = new Reachability();
    private Stage stage;
    private StackPane root;
    private Label node;

    @BeforeEach
    void openLoop() throws Exception {
        TestLoop.open();
        runOnFx(() -> {
            node = new Label("watched");
            root = new StackPane(node);
            stage = new Stage();
            stage.setScene(new Scene(root, 200, 100));
        });
    }

    @AfterEach
    void hideAndCancel() throws Exception {
        handledScope.cancel();
        runOnFx(() -> stage.hide());
        assertEquals(List.of(), handled);
    }

    /** A block that reports "started n", then waits until cancelled and reports "cancelled n". */
    private SuspendBlock<Object> reportingBlock() {
        return (s, cont) -> {
            int run = runs.incrementAndGet();
            events.add("started " + run);
            // a gate of its own: awaiting a future cancels it when the run is cancelled
            return KotlinService.awaitGateReporting(new CompletableFuture<>(), how -> events.add(how + " " + run), cont);
        };
    }

    private void expect(String... expected) throws InterruptedException {
        for (String event : expected) {
            assertEquals(event, events.poll(HANG_GUARD.toMillis(), TimeUnit.MILLISECONDS));
        }
    }

    /** After everything queued on the FX thread has run, nothing more has happened. */
    private void expectNothingMore() throws Exception {
        runOnFx(() -> { });
        runOnFx(() -> { });
        assertNull(events.poll(), "no further start or cancellation");
    }

    @Test
    void theBlockRunsEachTimeTheNodeShowsAndIsCancelledEachTimeItStops() throws Exception {
        Job watching = onFx(() -> FxLifecycle.whileShowing(scope, node, reportingBlock()));
        expectNothingMore(); // in a scene with a window that is not showing: not showing

        runOnFx(() -> stage.show());
        expect("started 1");
        runOnFx(() -> stage.hide());
        expect("cancelled 1");
        runOnFx(() -> stage.show());
        expect("started 2");

        runOnFx(() -> root.getChildren().remove(node)); // removed from the scene
        expect("cancelled 2");
        runOnFx(() -> root.getChildren().add(node));
        expect("started 3");

        StackPane elsewhere = new StackPane();
        runOnFx(() -> elsewhere.getChildren().add(node)); // moved to a parent outside any scene
        expect("cancelled 3");
        runOnFx(() -> root.getChildren().add(node));
        expect("started 4");

        runOnFx(() -> stage.setScene(new Scene(new StackPane()))); // its scene left the window
        expect("cancelled 4");
        runOnFx(() -> stage.setScene(node.getScene()));
        expect("started 5");

        watching.cancel(null);
        expect("cancelled 5");
        Joins.job(watching);
        runOnFx(() -> stage.hide());
        runOnFx(() -> stage.show());
        expectNothingMore();
    }

    @Test
    void aNodeShowingAtTheCallStartsTheBlockAtOnce() throws Exception {
        runOnFx(() -> stage.show());
        onFx(() -> FxLifecycle.whileShowing(scope, node, reportingBlock()));
        expect("started 1");
        runOnFx(() -> stage.hide());
        expect("cancelled 1");
    }

    @Test
    void movingTheNodeBetweenParentsOfAShowingSceneStopsAndStartsTheBlock() throws Exception {
        StackPane first = new StackPane();
        StackPane second = new StackPane();
        runOnFx(() -> {
            root.getChildren().setAll(first, second);
            first.getChildren().add(node);
            stage.show();
            FxLifecycle.whileShowing(scope, node, reportingBlock());
        });
        expect("started 1");
        runOnFx(() -> second.getChildren().add(node));
        expect("cancelled 1", "started 2");
        expectNothingMore();
    }

    @Test
    void cancellingTheScopeEndsTheJobAndTheRunningBlock() throws Exception {
        runOnFx(() -> stage.show());
        Job watching = onFx(() -> FxLifecycle.whileShowing(scope, node, reportingBlock()));
        expect("started 1");
        handledScope.cancel();
        expect("cancelled 1");
        Joins.job(watching);
        assertTrue(watching.isCancelled());
    }

    @Test
    void aFailingRunEndsTheJobAndReachesTheScopesHandler() throws Exception {
        runOnFx(() -> stage.show());
        IllegalStateException failure = new IllegalStateException("run failed");
        Job watching = onFx(() -> FxLifecycle.whileShowing(scope, node, (s, cont) -> {
            throw failure;
        }));
        Joins.job(watching);
        assertEquals(1, handled.size());
        assertEquals("run failed", handled.get(0).getMessage());
        handled.clear();
    }

    @Test
    void whenTheJobEndsNoListenerIsLeftOnTheNodeTheSceneOrTheWindow() throws Exception {
        runOnFx(() -> stage.show());
        WeakReference<Object> block = startWatchingAndCancel();
        // node, its scene and the stage are still held here: if any of them kept a listener, it
        // would keep the watcher, and the watcher the block.
        reachability.awaitCollected(block, "the block of an ended whileShowing");
        runOnFx(() -> {
            assertSame(stage, node.getScene().getWindow());
            assertTrue(stage.isShowing());
        });
    }

    /** Starts whileShowing with a fresh block, waits for it to run, ends the Job; keeps only a weak reference. */
    private WeakReference<Object> startWatchingAndCancel() throws Exception {
        SuspendBlock<Object> block = reportingBlock();
        Job watching = onFx(() -> FxLifecycle.whileShowing(scope, node, block));
        expect("started 1");
        watching.cancel(null);
        expect("cancelled 1");
        Joins.job(watching);
        return reachability.watch(block);
    }

    @Test
    void theWindowScopeIsTheSameWhileItShowsAndEndsWhenItHides() throws Exception {
        runOnFx(() -> stage.show());
        CoroutineScope first = onFx(() -> FxLifecycle.scope(stage));
        assertSame(first, onFx(() -> FxLifecycle.scope(stage)));
        CompletableFuture<String> ended = new CompletableFuture<>();
        BuildersKt.launch(first, FxDispatcher.main(), CoroutineStart.DEFAULT,
                (s, cont) -> KotlinService.awaitGateReporting(new CompletableFuture<>(), ended::complete, cont));
        assertTrue(JobKt.isActive(first.getCoroutineContext()));

        runOnFx(() -> stage.hide());
        assertEquals("cancelled", await(ended));
        assertFalse(JobKt.isActive(first.getCoroutineContext()));
        assertTrue(onFx(() -> stage.getProperties().isEmpty()), "nothing kept on the hidden window");

        runOnFx(() -> stage.show());
        CoroutineScope second = onFx(() -> FxLifecycle.scope(stage));
        assertNotSame(first, second);
        assertTrue(JobKt.isActive(second.getCoroutineContext()));
    }

    @Test
    void aVetoedCloseRequestDoesNotEndTheWindowScope() throws Exception {
        CoroutineScope windowScope = onFx(() -> {
            stage.show();
            stage.setOnCloseRequest(WindowEvent::consume);
            CoroutineScope showing = FxLifecycle.scope(stage);
            stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST));
            return showing;
        });
        assertTrue(onFx(stage::isShowing));
        assertTrue(JobKt.isActive(windowScope.getCoroutineContext()));
    }

    @Test
    void aHiddenWindowGetsACancelledScopeAndKeepsNothing() throws Exception {
        CoroutineScope hidden = onFx(() -> FxLifecycle.scope(stage));
        assertFalse(JobKt.isActive(hidden.getCoroutineContext()));
        assertTrue(onFx(() -> stage.getProperties().isEmpty()));
        assertNotSame(hidden, onFx(() -> FxLifecycle.scope(stage)));
    }

    @Test
    void afterTheWindowHidesNothingOfItKeepsTheScope() throws Exception {
        runOnFx(() -> stage.show());
        WeakReference<Object> windowScope = reachability.watch(onFx(() -> FxLifecycle.scope(stage)));
        runOnFx(() -> stage.hide());
        reachability.awaitCollected(windowScope, "the scope of a hidden window");
    }

    @Test
    void theWindowScopeIsForTheFxThread() {
        assertThrows(IllegalStateException.class, () -> FxLifecycle.scope(stage));
    }
}
