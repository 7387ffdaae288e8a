package dev.fxinter.interop;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import org.junit.jupiter.api.Test;

/**
 * In its own JVM: the toolkit started and exited before fxinter ever looked (an app whose
 * {@code Application.launch} returned), so {@code runLater} drops tasks silently.
 * {@code callAndWait} must then throw, not block for ever.
 */
class FxThreadAfterEarlyExitTest {
    @Test
    void callAndWaitAfterAnExitFxinterNeverSawThrowsThatTheToolkitExited() throws Exception {
        AtomicReference<Thread> fxThread = new AtomicReference<>();
        CountDownLatch up = new CountDownLatch(1);
        Platform.startup(() -> {
            fxThread.set(Thread.currentThread());
            up.countDown();
        });
        assertTrue(up.await(30, TimeUnit.SECONDS));
        Platform.exit();
        fxThread.get().join(TimeUnit.SECONDS.toMillis(30)); // a hang guard, as every wait here
        assertFalse(fxThread.get().isAlive(), "the FX thread has ended");

        AtomicBoolean ran = new AtomicBoolean();
        // on another thread, so that a hang is a failed wait rather than a hung test
        CompletableFuture<Object> call = CompletableFuture.supplyAsync(() -> FxThread.callAndWait(() -> {
            ran.set(true);
            return "never";
        }));
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> call.get(30, TimeUnit.SECONDS));
        IllegalStateException reason = assertInstanceOf(IllegalStateException.class, e.getCause());
        assertTrue(reason.getMessage().contains("exited"), reason.getMessage());
        assertFalse(ran.get());
    }
}
