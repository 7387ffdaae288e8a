package dev.fxinter.interop;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.event.EventTarget;
import org.junit.jupiter.api.Test;

/**
 * In this JVM no toolkit is ever started: the facades fail fast, start nothing and never hang.
 * Every wait is bounded by 30 s, a hang guard.
 */
class WithoutToolkitTest {
    @Test
    void isFxThreadAndCheckStartNoToolkit() {
        assertFalse(FxThread.isFxThread());
        IllegalStateException e = assertThrows(IllegalStateException.class, FxThread::check);
        assertTrue(e.getMessage().contains(Thread.currentThread().getName()), e.getMessage());
        assertThrows(IllegalStateException.class, () -> Platform.runLater(() -> { }), "a toolkit was started");
        assertTrue(Thread.getAllStackTraces().keySet().stream()
                .noneMatch(thread -> thread.getName().startsWith("QuantumRenderer")), "a renderer thread runs");
    }

    @Test
    void callAndWaitFailsFastWhenNoToolkitRuns() throws Exception {
        CompletableFuture<Throwable> outcome = CompletableFuture.supplyAsync(() -> {
            try {
                FxThread.callAndWait(() -> "never");
                return null;
            } catch (Throwable t) {
                return t;
            }
        });
        Throwable thrown = outcome.get(30, TimeUnit.SECONDS);
        assertInstanceOf(IllegalStateException.class, thrown);
        assertTrue(thrown.getMessage().contains("FxLoop"), thrown.getMessage());
    }

    @Test
    void nextAndModalFailInsteadOfHanging() throws Exception {
        EventTarget target = tail -> tail; // never reached: the handler cannot be added without a toolkit
        CompletableFuture<ActionEvent> next = FxSignals.next(target, ActionEvent.ACTION);
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> next.get(30, TimeUnit.SECONDS));
        assertInstanceOf(IllegalStateException.class, e.getCause());
        CompletableFuture<String> modal = FxModal.modal(() -> "never");
        e = assertThrows(ExecutionException.class,
                () -> modal.get(30, TimeUnit.SECONDS));
        assertInstanceOf(IllegalStateException.class, e.getCause());
    }
}
