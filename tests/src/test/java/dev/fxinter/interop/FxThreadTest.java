package dev.fxinter.interop;

import static dev.fxinter.interop.Futures.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fxinter.dispatcher.FxDispatcher;
import dev.fxinter.test.FxTestExtension;
import dev.fxinter.test.FxTester;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FxTestExtension.class)
class FxThreadTest {
    private FxTester fx;

    @BeforeEach
    void takeTester(FxTester fx) {
        this.fx = fx;
    }

    @Test
    void isFxThreadIsTrueExactlyOnTheFxThread() throws Exception {
        assertFalse(FxThread.isFxThread());
        assertTrue(fx.call(FxThread::isFxThread));
        CompletableFuture<Boolean> viaRunLater = new CompletableFuture<>();
        Platform.runLater(() -> viaRunLater.complete(FxThread.isFxThread()));
        assertTrue(await(fx, viaRunLater));
    }

    @Test
    void checkNamesTheOffendingThread() throws Exception {
        IllegalStateException e = assertThrows(IllegalStateException.class, FxThread::check);
        assertTrue(e.getMessage().contains(Thread.currentThread().getName()), e.getMessage());
        fx.call(() -> {
            FxThread.check();
            return null;
        });
    }

    @Test
    void callAndWaitRunsOnTheFxThreadAndReturnsTheResult() {
        assertEquals("on fx", FxThread.callAndWait(() -> Platform.isFxApplicationThread() ? "on fx" : "elsewhere"));
    }

    @Test
    void callAndWaitRethrowsTheBlocksCheckedExceptionUnwrapped() {
        IOException thrown = new IOException("disk");
        IOException caught = assertThrows(IOException.class, () -> FxThread.callAndWait(() -> {
            throw thrown;
        }));
        assertSame(thrown, caught);
    }

    @Test
    void callAndWaitIsReentrantOnTheFxThread() throws Exception {
        List<String> order = new ArrayList<>();
        int result = fx.call(() -> {
            FxDispatcher.main().dispatch(fx.scope().getCoroutineContext(), () -> order.add("queued"));
            int inner = FxThread.callAndWait(() -> {
                order.add("outer");
                return FxThread.callAndWait(() -> {
                    order.add("inner");
                    return 42;
                });
            });
            order.add("returned");
            return inner;
        });
        assertEquals(42, result);
        fx.call(() -> null); // the queued task has run
        assertEquals(List.of("outer", "inner", "returned", "queued"), order);
    }
}
