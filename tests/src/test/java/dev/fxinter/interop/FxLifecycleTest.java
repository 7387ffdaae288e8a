package dev.fxinter.interop;

import static dev.fxinter.interop.Futures.HANG_GUARD;
import static dev.fxinter.interop.Futures.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fxinter.dispatcher.FxDispatcher;
import dev.fxinter.dispatcher.SuspendBlock;
import dev.fxinter.test.FxTestExtension;
import dev.fxinter.test.FxTester;
import dev.fxinter.test.OnFxThread;
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
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * FxLifecycle on real Stages (the headless platform shows and hides them): a block tied to a
 * node's showing, a scope tied to a window's showing, and nothing left behind on the scene graph.
 */
@ExtendWith(FxTestExtension.class)
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

    private FxTester fx;

    @BeforeEach
    void makeStage(FxTester fx) throws Exception {
        this.fx = fx;
        fx.run(() -> {
            node = new Label("watched");
            root = new StackPane(node);
            stage = new Stage();
            stage.setScene(new Scene(root, 200, 100));
        });
    }

    @AfterEach
    void hideAndCancel() throws Exception {
        handledScope.cancel();
        fx.run(() -> stage.hide());
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
        fx.run(() -> { });
        fx.run(() -> { });
        assertNull(events.poll(), "no further start or cancellation");
    }

    @Test
    void theBlockRunsEachTimeTheNodeShowsAndIsCancelledEachTimeItStops() throws Exception {
        Job watching = fx.call(() -> FxLifecycle.whileShowing(scope, node, reportingBlock()));
        expectNothingMore(); // in a scene with a window that is not showing: not showing

        fx.run(() -> stage.show());
        expect("started 1");
        fx.run(() -> stage.hide());
        expect("cancelled 1");
        fx.run(() -> stage.show());
        expect("started 2");

        fx.run(() -> root.getChildren().remove(node)); // removed from the scene
        expect("cancelled 2");
        fx.run(() -> root.getChildren().add(node));
        expect("started 3");

        StackPane elsewhere = new StackPane();
        fx.run(() -> elsewhere.getChildren().add(node)); // moved to a parent outside any scene
        expect("cancelled 3");
        fx.run(() -> root.getChildren().add(node));
        expect("started 4");

        fx.run(() -> stage.setScene(new Scene(new StackPane()))); // its scene left the window
        expect("cancelled 4");
        fx.run(() -> stage.setScene(node.getScene()));
        expect("started 5");

        watching.cancel(null);
        expect("cancelled 5");
        Joins.job(fx, watching);
        fx.run(() -> stage.hide());
        fx.run(() -> stage.show());
        expectNothingMore();
    }

    @Test
    void aNodeShowingAtTheCallStartsTheBlockAtOnce() throws Exception {
        fx.run(() -> stage.show());
        fx.call(() -> FxLifecycle.whileShowing(scope, node, reportingBlock()));
        expect("started 1");
        fx.run(() -> stage.hide());
        expect("cancelled 1");
    }

    @Test
    void movingTheNodeBetweenParentsOfAShowingSceneStopsAndStartsTheBlock() throws Exception {
        StackPane first = new StackPane();
        StackPane second = new StackPane();
        fx.run(() -> {
            root.getChildren().setAll(first, second);
            first.getChildren().add(node);
            stage.show();
            FxLifecycle.whileShowing(scope, node, reportingBlock());
        });
        expect("started 1");
        fx.run(() -> second.getChildren().add(node));
        expect("cancelled 1", "started 2");
        expectNothingMore();
    }

    @Test
    void cancellingTheScopeEndsTheJobAndTheRunningBlock() throws Exception {
        fx.run(() -> stage.show());
        Job watching = fx.call(() -> FxLifecycle.whileShowing(scope, node, reportingBlock()));
        expect("started 1");
        handledScope.cancel();
        expect("cancelled 1");
        Joins.job(fx, watching);
        assertTrue(watching.isCancelled());
    }

    @Test
    void aFailingRunEndsTheJobAndReachesTheScopesHandler() throws Exception {
        fx.run(() -> stage.show());
        IllegalStateException failure = new IllegalStateException("run failed");
        Job watching = fx.call(() -> FxLifecycle.whileShowing(scope, node, (s, cont) -> {
            throw failure;
        }));
        Joins.job(fx, watching);
        assertEquals(1, handled.size());
        assertEquals("run failed", handled.get(0).getMessage());
        handled.clear();
    }

    @Test
    void whenTheJobEndsNoListenerIsLeftOnTheNodeTheSceneOrTheWindow() throws Exception {
        fx.run(() -> stage.show());
        WeakReference<Object> block = startWatchingAndCancel();
        // node, its scene and the stage are still held here: if any of them kept a listener, it
        // would keep the watcher, and the watcher the block.
        reachability.awaitCollected(block, "the block of an ended whileShowing");
        fx.run(() -> {
            assertSame(stage, node.getScene().getWindow());
            assertTrue(stage.isShowing());
        });
    }

    /** Starts whileShowing with a fresh block, waits for it to run, ends the Job; keeps only a weak reference. */
    private WeakReference<Object> startWatchingAndCancel() throws Exception {
        SuspendBlock<Object> block = reportingBlock();
        Job watching = fx.call(() -> FxLifecycle.whileShowing(scope, node, block));
        expect("started 1");
        watching.cancel(null);
        expect("cancelled 1");
        Joins.job(fx, watching);
        return reachability.watch(block);
    }

    @Test
    void theWindowScopeIsTheSameWhileItShowsAndEndsWhenItHides() throws Exception {
        fx.run(() -> stage.show());
        CoroutineScope first = fx.call(() -> FxLifecycle.scope(stage));
        assertSame(first, fx.call(() -> FxLifecycle.scope(stage)));
        CompletableFuture<String> ended = new CompletableFuture<>();
        BuildersKt.launch(first, FxDispatcher.main(), CoroutineStart.DEFAULT,
                (s, cont) -> KotlinService.awaitGateReporting(new CompletableFuture<>(), ended::complete, cont));
        assertTrue(JobKt.isActive(first.getCoroutineContext()));

        fx.run(() -> stage.hide());
        assertEquals("cancelled", await(fx, ended));
        assertFalse(JobKt.isActive(first.getCoroutineContext()));
        assertTrue(fx.call(() -> stage.getProperties().isEmpty()), "nothing kept on the hidden window");

        fx.run(() -> stage.show());
        CoroutineScope second = fx.call(() -> FxLifecycle.scope(stage));
        assertNotSame(first, second);
        assertTrue(JobKt.isActive(second.getCoroutineContext()));
    }

    @Test
    void aVetoedCloseRequestDoesNotEndTheWindowScope() throws Exception {
        CoroutineScope windowScope = fx.call(() -> {
            stage.show();
            stage.setOnCloseRequest(WindowEvent::consume);
            CoroutineScope showing = FxLifecycle.scope(stage);
            stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST));
            return showing;
        });
        assertTrue(fx.call(stage::isShowing));
        assertTrue(JobKt.isActive(windowScope.getCoroutineContext()));
    }

    @Test
    @OnFxThread
    void aHiddenWindowGetsACancelledScopeAndKeepsNothing() {
        CoroutineScope hidden = FxLifecycle.scope(stage);
        assertFalse(JobKt.isActive(hidden.getCoroutineContext()));
        assertTrue(stage.getProperties().isEmpty());
        assertNotSame(hidden, FxLifecycle.scope(stage));
    }

    @Test
    void afterTheWindowHidesNothingOfItKeepsTheScope() throws Exception {
        fx.run(() -> stage.show());
        WeakReference<Object> windowScope = reachability.watch(fx.call(() -> FxLifecycle.scope(stage)));
        fx.run(() -> stage.hide());
        reachability.awaitCollected(windowScope, "the scope of a hidden window");
    }

    @Test
    void theWindowScopeIsForTheFxThread() {
        assertThrows(IllegalStateException.class, () -> FxLifecycle.scope(stage));
    }
}
