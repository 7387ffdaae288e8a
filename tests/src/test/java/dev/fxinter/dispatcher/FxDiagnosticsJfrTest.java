package dev.fxinter.dispatcher;

import static dev.fxinter.dispatcher.HangGuard.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fxinter.dispatcher.internal.SlowTaskWatch;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.fxinter.test.FxTest;
import dev.fxinter.test.FxTester;
import dev.fxinter.test.RealTime;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import jdk.jfr.Recording;
import kotlin.coroutines.EmptyCoroutineContext;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;

/** fxinter's JFR events, found in a recording started in-process, with no listener of our own. */
@FxTest
@RealTime
class FxDiagnosticsJfrTest {

    /** A deliberately slow task: holds the FX thread until the detector has sampled it. */
    private static void slowForJfr(CompletableFuture<Boolean> sampled) {
        try {
            sampled.complete(SlowTaskWatch.awaitSampled(HangGuard.TIMEOUT));
        } catch (InterruptedException e) {
            sampled.completeExceptionally(e);
        }
    }

    private static List<RecordedEvent> events(Recording recording, String name) throws Exception {
        Path file = Files.createTempFile("fxinter", ".jfr");
        try {
            recording.dump(file);
            return RecordingFile.readAllEvents(file).stream()
                    .filter(event -> event.getEventType().getName().equals(name))
                    .toList();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void aRecordingThatEnablesSlowTaskRecordsASlowTaskOfTheQueue(FxTester fx) throws Exception {
        try (Recording recording = new Recording()) {
            recording.enable("dev.fxinter.SlowTask").withThreshold(Duration.ofMillis(50));
            recording.start();
            CompletableFuture<Boolean> sampled = new CompletableFuture<>();
            FxDispatcher.main().dispatch(EmptyCoroutineContext.INSTANCE, () -> slowForJfr(sampled));
            assertTrue(await(sampled), "the recording alone switched the detector on");
            CompletableFuture<Void> after = new CompletableFuture<>();
            FxDispatcher.main().dispatch(EmptyCoroutineContext.INSTANCE, () -> after.complete(null));
            await(after);
            recording.stop();

            List<RecordedEvent> slow = events(recording, "dev.fxinter.SlowTask");
            assertEquals(1, slow.size(), slow.toString());
            RecordedEvent event = slow.get(0);
            assertTrue(event.getDuration().compareTo(Duration.ofMillis(50)) >= 0, event.toString());
            assertTrue(event.getDuration("taskDuration").compareTo(Duration.ofMillis(50)) >= 0, event.toString());
            assertTrue(event.getString("task").startsWith(FxDiagnosticsJfrTest.class.getName()), event.getString("task"));
            assertTrue(event.getString("stack").contains("slowForJfr"), event.getString("stack"));
            assertEquals(fx.call(Thread::currentThread).getName(), event.getThread().getJavaName());
        }
    }

    @Test
    void aRecordingThatEnablesHangRecordsAStallOfTheFxThread() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Hang> ended = new CompletableFuture<>();
        CompletableFuture<Hang> stuck = new CompletableFuture<>();
        try (Recording recording = new Recording()) {
            recording.enable("dev.fxinter.Hang").withThreshold(Duration.ofMillis(100));
            recording.start();
            // a listener only to know when the watchdog has seen the stall begin and end
            try (AutoCloseable watch = FxDiagnostics.onHang(Duration.ofMillis(100),
                    hang -> (hang.ended() ? ended : stuck).complete(hang))) {
                Platform.runLater(() -> {
                    try {
                        release.await(HangGuard.TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
                await(stuck);
                release.countDown();
                await(ended);
            } finally {
                release.countDown();
            }
            recording.stop();
            List<RecordedEvent> hangs = events(recording, "dev.fxinter.Hang");
            assertEquals(1, hangs.size(), hangs.toString());
            RecordedEvent event = hangs.get(0);
            assertTrue(event.getBoolean("ended"));
            assertTrue(event.getDuration("blockedFor").compareTo(Duration.ofMillis(100)) >= 0, event.toString());
            assertTrue(event.getString("stack").contains("CountDownLatch.await"), event.getString("stack"));
        }
    }
}
