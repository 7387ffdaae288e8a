package dev.fxinter.dispatcher;

import static dev.fxinter.dispatcher.HangGuard.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fxinter.test.FxTest;
import dev.fxinter.test.FxTester;
import dev.fxinter.test.RealTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.stage.Stage;
import kotlin.coroutines.EmptyCoroutineContext;
import kotlinx.coroutines.BuildersKt;
import kotlinx.coroutines.CoroutineStart;
import kotlinx.coroutines.future.FutureKt;
import org.junit.jupiter.api.Test;

/**
 * A task that enters a nested event loop directly must not stall the queue: coroutines and
 * timers keep running inside it, in FIFO order. On the real clock: the FX timers' own path
 * through a nested loop and out of the animation pulse is the subject.
 */
@FxTest
@RealTime
class NestedEventLoopTest {
    @Test
    void otherCoroutinesAndTimersRunWhileATaskIsInANestedLoop(FxTester fx) throws Exception {
        List<String> log = new ArrayList<>(); // FX-thread confined
        Object key = new Object();
        CompletableFuture<Object> nested = FutureKt.future(fx.scope(), EmptyCoroutineContext.INSTANCE,
                CoroutineStart.DEFAULT, (scope, cont) -> {
                    log.add("enter");
                    Object value = Platform.enterNestedEventLoop(key);
                    log.add("left with " + value);
                    return value;
                });
        // Dispatched after the nesting coroutine: they can only run inside its nested loop.
        BuildersKt.launch(fx.scope(), EmptyCoroutineContext.INSTANCE, CoroutineStart.DEFAULT, (scope, cont) -> {
            log.add("first");
            return kotlin.Unit.INSTANCE;
        });
        BuildersKt.launch(fx.scope(), EmptyCoroutineContext.INSTANCE, CoroutineStart.DEFAULT, (scope, cont) -> {
            log.add("second");
            return kotlin.Unit.INSTANCE;
        });
        NestedLoopSuspends.afterDelay(fx.scope(), 20, () -> {
            log.add("timer");
            Platform.exitNestedEventLoop(key, "done");
        });
        assertEquals("done", await(nested));
        assertEquals(List.of("enter", "first", "second", "timer", "left with done"),
                fx.call(() -> List.copyOf(log)));
    }

    /**
     * The drain runs a lone queued task without posting a successor; if that task enters a
     * nested loop, a dispatch made meanwhile (here from another thread) must post its own drain.
     */
    @Test
    void aLoneTaskThatNestsDoesNotStallLaterDispatches(FxTester fx) throws Exception {
        FxDispatcher main = FxDispatcher.main();
        Object key = new Object();
        CompletableFuture<Void> entering = new CompletableFuture<>();
        CompletableFuture<Object> left = new CompletableFuture<>();
        fx.run(() -> main.dispatch(EmptyCoroutineContext.INSTANCE, () -> { // the only task in the queue
            entering.complete(null);
            left.complete(Platform.enterNestedEventLoop(key));
        }));
        await(entering);
        main.dispatch(EmptyCoroutineContext.INSTANCE, () -> Platform.exitNestedEventLoop(key, "released"));
        assertEquals("released", await(left));
    }

    /**
     * {@code Stage.showAndWait()} (what {@code Alert.showAndWait()} runs) throws inside an
     * animation pulse; after fxinter's {@code delay()} it must work. (Interop's FxModal tests
     * use dialogs.)
     */
    @Test
    void showAndWaitRightAfterDelayWorks(FxTester fx) throws Exception {
        CompletableFuture<String> answer = FutureKt.future(fx.scope(),
                EmptyCoroutineContext.INSTANCE, CoroutineStart.DEFAULT,
                (scope, cont) -> NestedLoopSuspends.delayThenShowAndWait(10, NestedEventLoopTest::selfClosingStage, cont));
        assertEquals("shown and closed", await(answer));
    }

    private static Stage selfClosingStage() {
        Stage stage = new Stage();
        stage.setOnShown(e -> Platform.runLater(stage::close));
        return stage;
    }
}
