package dev.fxinter.dispatcher;

import static dev.fxinter.dispatcher.HangGuard.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fxinter.dispatcher.internal.SlowTaskWatch;
import dev.fxinter.test.FxTest;
import dev.fxinter.test.RealTime;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The slow-task detector: what {@link FxDiagnostics#onSlowTask} reports. */
@FxTest
@RealTime
class FxDiagnosticsSlowTaskTest {
    private static final Duration THRESHOLD = Duration.ofMillis(50);

    /** The reports one listener received, and the threads it received them on. */
    private static final class Recorder {
        final List<SlowTask> reports = new CopyOnWriteArrayList<>();
        final List<String> threads = new CopyOnWriteArrayList<>();
        final CompletableFuture<SlowTask> first = new CompletableFuture<>();

        void accept(SlowTask report) {
            reports.add(report);
            threads.add(Thread.currentThread().getName());
            first.complete(report);
        }
    }

    /**
     * A deliberately slow executor task: it holds the FX thread until the detector has sampled
     * its stack (never a sleep), and says whether that happened.
     */
    private static final class GuiltyTask implements Runnable {
        final CompletableFuture<Boolean> sampled = new CompletableFuture<>();

        @Override
        public void run() {
            holdTheFxThread();
        }

        private void holdTheFxThread() {
            try {
                sampled.complete(SlowTaskWatch.awaitSampled(HangGuard.TIMEOUT));
            } catch (InterruptedException e) {
                sampled.completeExceptionally(e);
            }
        }
    }

    private FxLoop loop;

    /** Executor tasks are what the detector names: a GUEST loop as an app opens one (the kit closes it). */
    @BeforeEach
    void openAppLoop() {
        loop = FxLoop.guest();
    }

    @Test
    void aSlowExecutorTaskIsReportedWithItsClassAndTheStackSampledWhileItRan() throws Exception {
        Recorder recorder = new Recorder();
        Recorder patient = new Recorder();
        GuiltyTask guilty = new GuiltyTask();
        try (AutoCloseable slow = FxDiagnostics.onSlowTask(THRESHOLD, recorder::accept);
                AutoCloseable longThreshold = FxDiagnostics.onSlowTask(HangGuard.TIMEOUT.multipliedBy(10), patient::accept)) {
            loop.executor().execute(() -> { }); // a quick task first: not reported
            loop.executor().execute(guilty);
            SlowTask report = await(recorder.first);
            assertTrue(await(guilty.sampled), "sampled while it ran");

            assertEquals(GuiltyTask.class.getName(), report.task());
            assertNull(report.coroutineName());
            assertTrue(report.duration().compareTo(THRESHOLD) >= 0, report.duration().toString());
            assertTrue(report.stack().stream().anyMatch(frame -> frame.getMethodName().equals("holdTheFxThread")),
                    "the guilty frame, not only the drain: " + report.stack());
            assertEquals(List.of(report), recorder.reports, "the quick task before it was not reported");
            assertEquals(List.of("fxinter-diagnostics"), recorder.threads);
            assertTrue(patient.reports.isEmpty(), "below that listener's threshold");
        }
    }

    @Test
    void aTaskQueuedBehindASlowOneReportsItsQueueLatency() throws Exception {
        Recorder recorder = new Recorder();
        CompletableFuture<SlowTask> second = new CompletableFuture<>();
        GuiltyTask first = new GuiltyTask();
        GuiltyTask behind = new GuiltyTask();
        try (AutoCloseable slow = FxDiagnostics.onSlowTask(THRESHOLD, report -> {
            recorder.accept(report);
            if (recorder.reports.size() == 2) {
                second.complete(report);
            }
        })) {
            // both queued by one FX task, so both are in the queue before the first starts
            loop.executor().execute(() -> {
                loop.executor().execute(first);
                loop.executor().execute(behind);
            });
            SlowTask firstReport = await(recorder.first);
            SlowTask behindReport = await(second);
            assertTrue(await(first.sampled) && await(behind.sampled));
            assertTrue(behindReport.queueLatency().compareTo(firstReport.duration()) >= 0,
                    "it waited while the first ran: " + behindReport + " after " + firstReport);
        }
    }

    @Test
    void aListenerRegisteredWhileADrainRunsWatchesTheTasksQueuedAfterIt() throws Exception {
        Recorder recorder = new Recorder();
        GuiltyTask guilty = new GuiltyTask();
        CompletableFuture<AutoCloseable> registration = new CompletableFuture<>();
        // one task registers and then queues the guilty one: the drain that runs both began
        // before anyone listened, and must switch the watch on when it meets the guilty task
        loop.executor().execute(() -> {
            registration.complete(FxDiagnostics.onSlowTask(THRESHOLD, recorder::accept));
            loop.executor().execute(guilty);
        });
        try {
            assertTrue(await(guilty.sampled), "watched although its drain began unwatched");
            assertEquals(GuiltyTask.class.getName(), await(recorder.first).task());
        } finally {
            await(registration).close();
        }
    }

    @Test
    void underTwentyMillisecondsEveryTaskIsTimedNotOnlyThoseAPollSaw() throws Exception {
        // a threshold of 1 ms is under the shortest poll period (5 ms): a task of 3 ms, run at
        // once after the registration, ends before the first poll, and must be reported anyway
        Duration threshold = Duration.ofMillis(1);
        long taskNanos = TimeUnit.MILLISECONDS.toNanos(3);
        Recorder recorder = new Recorder();
        Runnable busy = new Runnable() { // takes 3 ms by construction: it waits for the clock
            @Override
            public void run() {
                long start = System.nanoTime();
                while (System.nanoTime() - start < taskNanos) {
                    Thread.onSpinWait();
                }
            }
        };
        try (AutoCloseable slow = FxDiagnostics.onSlowTask(threshold, report -> {
            if (report.task().equals(busy.getClass().getName())) {
                recorder.accept(report);
            }
        })) {
            loop.executor().execute(busy);
            SlowTask report = await(recorder.first);
            assertTrue(report.duration().toNanos() >= taskNanos, report.toString());
        }
    }

    @Test
    void aClosedListenerHearsNothingWhileAnotherStillDoes() throws Exception {
        Recorder closed = new Recorder();
        Recorder open = new Recorder();
        AutoCloseable removed = FxDiagnostics.onSlowTask(THRESHOLD, closed::accept);
        try (AutoCloseable kept = FxDiagnostics.onSlowTask(THRESHOLD, open::accept)) {
            removed.close();
            removed.close(); // idempotent
            GuiltyTask guilty = new GuiltyTask();
            loop.executor().execute(guilty);
            await(open.first);
            assertTrue(await(guilty.sampled));
            assertTrue(closed.reports.isEmpty());
        } finally {
            removed.close();
        }
    }

    @Test
    void withoutAListenerATaskCannotWaitForASample() throws Exception {
        CompletableFuture<Boolean> sampled = new CompletableFuture<>();
        loop.executor().execute(() -> {
            try {
                sampled.complete(SlowTaskWatch.awaitSampled(HangGuard.TIMEOUT));
            } catch (InterruptedException e) {
                sampled.completeExceptionally(e);
            }
        });
        assertEquals(false, await(sampled), "nothing samples the FX thread while nobody listens");
    }

    @Test
    void badArgumentsFailAtOnce() {
        assertThrows(IllegalArgumentException.class, () -> FxDiagnostics.onSlowTask(Duration.ZERO, report -> { }));
        assertThrows(NullPointerException.class, () -> FxDiagnostics.onSlowTask(null, report -> { }));
        assertThrows(NullPointerException.class, () -> FxDiagnostics.onSlowTask(THRESHOLD, null));
    }
}
