package dev.fxinter.dispatcher;

import static dev.fxinter.dispatcher.HangGuard.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fxinter.test.FxTest;
import dev.fxinter.test.RealTime;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.Test;

/** The hang watchdog: what {@link FxDiagnostics#onHang} reports, and what it does not. */
@FxTest
@RealTime
class FxDiagnosticsHangTest {
    private static final Duration THRESHOLD = Duration.ofMillis(100);

    /** The reports one listener received, and the threads it received them on. */
    private static final class Recorder {
        final List<Hang> hangs = new CopyOnWriteArrayList<>();
        final List<String> threads = new CopyOnWriteArrayList<>();
        final CompletableFuture<Hang> firstStuck = new CompletableFuture<>();
        final CompletableFuture<Hang> ended = new CompletableFuture<>();

        void accept(Hang hang) {
            hangs.add(hang);
            threads.add(Thread.currentThread().getName());
            (hang.ended() ? ended : firstStuck).complete(hang);
        }
    }

    /** A frame the report must show: the FX thread waits here until the test releases it. */
    private static void stuckInAnEventHandler(CountDownLatch release) {
        try {
            release.await(HangGuard.TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean shows(Hang hang, String method) {
        return hang.stack().stream().anyMatch(frame -> frame.getMethodName().equals(method));
    }

    @Test
    void aStuckFxThreadIsReportedWithItsStackWhileStuckThenOnceEnded() throws Exception {
        Recorder recorder = new Recorder();
        Recorder patient = new Recorder();
        CountDownLatch release = new CountDownLatch(1);
        try (AutoCloseable watch = FxDiagnostics.onHang(THRESHOLD, recorder::accept);
                AutoCloseable longThreshold = FxDiagnostics.onHang(HangGuard.TIMEOUT.multipliedBy(10), patient::accept)) {
            // not a task of fxinter's queue: a plain runLater, as an event handler would be
            Platform.runLater(() -> stuckInAnEventHandler(release));
            Hang stuck = await(recorder.firstStuck);
            assertFalse(release.getCount() == 0, "reported while still stuck");
            release.countDown();
            Hang ended = await(recorder.ended);

            assertFalse(stuck.ended());
            assertTrue(shows(stuck, "stuckInAnEventHandler"), "the guilty frame: " + stuck.stack());
            assertTrue(stuck.blockedFor().compareTo(THRESHOLD) >= 0, stuck.blockedFor().toString());
            assertTrue(ended.ended());
            assertTrue(ended.blockedFor().compareTo(stuck.blockedFor()) >= 0, "the total is at least what was reported");
            assertEquals(recorder.hangs.get(recorder.hangs.size() - 2).stack(), ended.stack(),
                    "the last report repeats the last stack seen");
            assertTrue(patient.hangs.isEmpty(), "a stall shorter than a listener's threshold is not reported to it");
        }
        assertEquals(1, recorder.hangs.stream().filter(Hang::ended).count());
        assertTrue(recorder.hangs.get(recorder.hangs.size() - 1).ended());
        assertTrue(recorder.threads.stream().allMatch("fxinter-diagnostics"::equals), recorder.threads.toString());
    }

    @Test
    void anOpenNestedEventLoopIsNotAHangButAStallInsideItIs() throws Exception {
        Recorder recorder = new Recorder();
        CountDownLatch nestedOpen = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Object key = new Object();
        try (AutoCloseable watch = FxDiagnostics.onHang(THRESHOLD, recorder::accept)) {
            Platform.runLater(() -> {
                nestedOpen.countDown();
                Platform.enterNestedEventLoop(key);
            });
            assertTrue(nestedOpen.await(HangGuard.TIMEOUT.toMillis(), TimeUnit.MILLISECONDS));
            // The nested loop stays open for several thresholds: a window in which nothing may be
            // reported (on a slow machine the window only gets longer; it never makes the test fail).
            assertFalse(release.await(THRESHOLD.multipliedBy(5).toMillis(), TimeUnit.MILLISECONDS));
            assertTrue(recorder.hangs.isEmpty(), "a pumping nested loop is no hang: " + recorder.hangs);

            // The watchdog still watches inside the nested loop.
            Platform.runLater(() -> stuckInAnEventHandler(release));
            Hang stuck = await(recorder.firstStuck);
            release.countDown();
            assertTrue(shows(stuck, "stuckInAnEventHandler"), stuck.stack().toString());
            assertTrue(shows(stuck, "enterNestedEventLoop"), stuck.stack().toString());
            await(recorder.ended);
        } finally {
            release.countDown();
            Platform.runLater(() -> Platform.exitNestedEventLoop(key, null));
        }
    }

    @Test
    void closingTheLastListenerEndsTheReports() throws Exception {
        Recorder recorder = new Recorder();
        CountDownLatch release = new CountDownLatch(1);
        AutoCloseable watch = FxDiagnostics.onHang(THRESHOLD, recorder::accept);
        try {
            Platform.runLater(() -> stuckInAnEventHandler(release));
            await(recorder.firstStuck);
            watch.close();
            watch.close(); // idempotent
            int reports = recorder.hangs.size();
            release.countDown();
            // a closed listener hears nothing more, not even the end of the stall it saw begin
            CompletableFuture<Void> drained = new CompletableFuture<>();
            Platform.runLater(() -> drained.complete(null));
            await(drained);
            assertFalse(recorder.ended.isDone());
            assertTrue(recorder.hangs.size() <= reports + 1, "at most a report already under way");
        } finally {
            release.countDown();
            watch.close();
        }
    }

    @Test
    void badArgumentsFailAtOnce() {
        assertThrows(IllegalArgumentException.class, () -> FxDiagnostics.onHang(Duration.ZERO, hang -> { }));
        assertThrows(IllegalArgumentException.class, () -> FxDiagnostics.onHang(Duration.ofMillis(-1), hang -> { }));
        assertThrows(NullPointerException.class, () -> FxDiagnostics.onHang(null, hang -> { }));
        assertThrows(NullPointerException.class, () -> FxDiagnostics.onHang(THRESHOLD, null));
    }
}
