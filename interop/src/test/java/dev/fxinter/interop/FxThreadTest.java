package dev.fxinter.interop;

import static dev.fxinter.interop.TestLoop.await;
import static dev.fxinter.interop.TestLoop.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FxThreadTest {
    @BeforeEach
    void openLoop() {
        TestLoop.open();
    }

    @Test
    void isFxThreadIsTrueExactlyOnTheFxThread() throws Exception {
        assertFalse(FxThread.isFxThread());
        assertTrue(onFx(FxThread::isFxThread));
        CompletableFuture<Boolean> viaRunLater = new CompletableFuture<>();
        Platform.runLater(() -> viaRunLater.complete(FxThread.isFxThread()));
        assertTrue(await(viaRunLater));
    }

    @Test
    void checkNamesTheOffendingThread() throws Exception {
        IllegalStateException e = assertThrows(IllegalStateException.class, FxThread::check);
        assertTrue(e.getMessage().contains(Thread.currentThread().getName()), e.getMessage());
        onFx(() -> {
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
        int result = onFx(() -> {
            TestLoop.open().executor().execute(() -> order.add("queued"));
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
        onFx(() -> null); // the queued task has run
        assertEquals(List.of("outer", "inner", "returned", "queued"), order);
    }
}
