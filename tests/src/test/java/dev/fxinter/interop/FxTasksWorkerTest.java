package dev.fxinter.interop;

import static dev.fxinter.interop.Futures.HANG_GUARD;
import static dev.fxinter.interop.Futures.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fxinter.dispatcher.FxDispatcher;
import dev.fxinter.test.FxTestExtension;
import dev.fxinter.test.FxTester;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.concurrent.Worker;
import javafx.concurrent.Worker.State;
import javafx.scene.control.ProgressBar;
import kotlinx.coroutines.Job;
import kotlinx.coroutines.JobKt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** FxTasks.worker: javafx.concurrent.Task's state machine and reports, driven by a coroutine. */
@ExtendWith(FxTestExtension.class)
class FxTasksWorkerTest {
    private final HandledScope handledScope = new HandledScope();

    private FxTester fx;

    @BeforeEach
    void takeTester(FxTester fx) {
        this.fx = fx;
    }

    /**
     * Each state change with its thread and the value and exception at that moment (not
     * {@code running}: as in {@code Task}, it changes right after {@code state}).
     */
    private record Step(State state, boolean onFx, Object value, Throwable exception) {}

    /** Records every state change of {@code worker}; add it where nothing else writes the worker. */
    private static List<Step> record(Worker<?> worker) {
        List<Step> steps = new CopyOnWriteArrayList<>();
        worker.stateProperty().addListener((o, was, now) -> steps.add(new Step(now, FxThread.isFxThread(),
                worker.getValue(), worker.getException())));
        return steps;
    }

    /** Records every change of {@code worker}'s running flag, and whether it happened on the FX thread. */
    private static List<String> recordRunning(Worker<?> worker) {
        List<String> changes = new CopyOnWriteArrayList<>();
        worker.runningProperty().addListener((o, was, now) -> changes.add(now + (FxThread.isFxThread() ? " on FX" : " off FX")));
        return changes;
    }

    /** Completes once {@code worker} reaches a terminal state. */
    private CompletableFuture<State> done(Worker<?> worker) throws Exception {
        return fx.call(() -> FxSignals.valueMatching(worker.stateProperty(),
                s -> s == State.SUCCEEDED || s == State.FAILED || s == State.CANCELLED));
    }

    /**
     * Holds the FX thread until {@code release} completes: whatever the Worker posts meanwhile
     * waits in the FX queue, so every report of the work is coalesced.
     */
    private CountDownLatch holdFxThread(CompletableFuture<?> release) throws Exception {
        CountDownLatch held = new CountDownLatch(1);
        FxDispatcher.main().dispatch(fx.scope().getCoroutineContext(), () -> {
            held.countDown();
            release.orTimeout(HANG_GUARD.toMillis(), TimeUnit.MILLISECONDS).join();
        });
        assertTrue(held.await(HANG_GUARD.toMillis(), TimeUnit.MILLISECONDS));
        return held;
    }

    /**
     * A worker's blocking work that only an interrupt ends early: it says when it started, waits on
     * a latch nobody opens (bounded by the hang guard, after which it returns "not interrupted" and
     * the test fails), and on the interrupt runs {@code onInterrupt} and says so.
     */
    private static final class BlockUntilInterrupted implements BlockingWork<String> {
        final CompletableFuture<String> started = new CompletableFuture<>();
        final CompletableFuture<String> interrupted = new CompletableFuture<>();
        private final Consumer<WorkerProgress> onInterrupt;

        BlockUntilInterrupted(Consumer<WorkerProgress> onInterrupt) {
            this.onInterrupt = onInterrupt;
        }

        BlockUntilInterrupted() {
            this(progress -> { });
        }

        @Override
        public String run(WorkerProgress progress) throws InterruptedException {
            started.complete("started");
            try {
                new CountDownLatch(1).await(HANG_GUARD.toMillis(), TimeUnit.MILLISECONDS);
                return "not interrupted";
            } catch (InterruptedException e) {
                interrupted.complete("interrupted");
                onInterrupt.accept(progress);
                throw e;
            }
        }
    }

    @Test
    void succeedsThroughTasksStatesOnTheFxThreadWithTheValueSetFirst() throws Exception {
        CompletableFuture<String> release = new CompletableFuture<>();
        holdFxThread(release);
        Worker<String> worker = FxTasks.worker(handledScope.scope, progress -> {
            progress.updateTitle("Export");
            progress.updateMessage("writing");
            progress.updateProgress(1, 4);
            return "exported";
        });
        // The FX thread is held, so nothing of the Worker has changed yet: READY, as a new Task.
        assertEquals(State.READY, worker.getState());
        assertFalse(worker.isRunning());
        assertEquals(-1, worker.getProgress());
        assertEquals(-1, worker.getWorkDone());
        assertEquals(-1, worker.getTotalWork());
        assertEquals("", worker.getMessage());
        assertEquals("", worker.getTitle());
        List<Step> steps = record(worker);
        List<String> running = recordRunning(worker);
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(worker.progressProperty());
        release.complete("go");

        assertEquals(State.SUCCEEDED, await(fx, done(worker)));
        assertEquals(List.of(
                new Step(State.SCHEDULED, true, null, null),
                new Step(State.RUNNING, true, null, null),
                new Step(State.SUCCEEDED, true, "exported", null)), steps);
        assertEquals(List.of("true on FX", "false on FX"), running);
        fx.run(() -> {
            assertEquals(0.25, worker.getProgress());
            assertEquals(1, worker.getWorkDone());
            assertEquals(4, worker.getTotalWork());
            assertEquals("writing", worker.getMessage());
            assertEquals("Export", worker.getTitle());
            assertEquals(0.25, bar.getProgress());
        });
        assertEquals(List.of(), handledScope.handled);
    }

    @Test
    void startedOnTheFxThreadItIsScheduledBeforeTheCallReturns() throws Exception {
        CompletableFuture<String> gate = new CompletableFuture<>();
        Worker<String> worker = fx.call(() -> {
            Worker<String> started = FxTasks.worker(handledScope.scope, progress -> gate.get(HANG_GUARD.toMillis(), TimeUnit.MILLISECONDS));
            assertEquals(State.SCHEDULED, started.getState());
            assertTrue(started.isRunning());
            return started;
        });
        CompletableFuture<State> done = done(worker);
        gate.complete("done");
        assertEquals(State.SUCCEEDED, await(fx, done));
        assertEquals("done", fx.call(worker::getValue));
    }

    @Test
    void aMillionReportsCostTheFxThreadOneUpdateWhileItIsBusy() throws Exception {
        CompletableFuture<String> release = new CompletableFuture<>();
        holdFxThread(release);
        int reports = 1_000_000;
        Worker<Integer> worker = FxTasks.worker(handledScope.scope, progress -> {
            for (int i = 1; i <= reports; i++) {
                progress.updateProgress(i, reports);
                progress.updateMessage("item " + i);
            }
            release.complete("reported");
            return reports;
        });
        AtomicInteger progressChanges = new AtomicInteger();
        AtomicInteger messageChanges = new AtomicInteger();
        worker.progressProperty().addListener((o, was, now) -> progressChanges.incrementAndGet());
        worker.messageProperty().addListener((o, was, now) -> messageChanges.incrementAndGet());

        assertEquals(State.SUCCEEDED, await(fx, done(worker)));
        assertEquals(1, progressChanges.get(), "coalesced progress updates");
        assertEquals(1, messageChanges.get(), "coalesced message updates");
        fx.run(() -> {
            assertEquals(1.0, worker.getProgress());
            assertEquals("item " + reports, worker.getMessage());
        });
    }

    @Test
    void progressFollowsTasksRules() throws Exception {
        assertProgress(5, 4, 4, 4, 1.0);          // workDone is clamped to max
        assertProgress(-3, 10, -1, 10, -1);       // unknown work done: indeterminate
        assertProgress(Double.NaN, 10, -1, 10, -1);
        assertProgress(2, Double.POSITIVE_INFINITY, -1, -1, -1);
        assertProgress(0, 0, 0, 0, -1);           // 0 of 0 is no ratio: indeterminate
        assertProgress(3, 12, 3, 12, 0.25);
    }

    private void assertProgress(double workDone, double max, double expectedDone, double expectedTotal, double expectedProgress)
            throws Exception {
        Worker<String> worker = FxTasks.worker(handledScope.scope, progress -> {
            progress.updateProgress(workDone, max);
            return "reported";
        });
        assertEquals(State.SUCCEEDED, await(fx, done(worker)));
        String call = "updateProgress(" + workDone + ", " + max + ")";
        fx.run(() -> {
            assertEquals(expectedDone, worker.getWorkDone(), call + " workDone");
            assertEquals(expectedTotal, worker.getTotalWork(), call + " totalWork");
            assertEquals(expectedProgress, worker.getProgress(), call + " progress");
        });
    }

    @Test
    void aFailureSetsExceptionAndFailedAndStaysInTheWorker() throws Exception {
        IOException failure = new IOException("disk full");
        List<List<Step>> recorded = new CopyOnWriteArrayList<>();
        Worker<String> worker = fx.call(() -> {
            Worker<String> started = FxTasks.worker(handledScope.scope, progress -> {
                throw failure;
            });
            recorded.add(record(started)); // in the same FX task: before any update of the Worker
            return started;
        });
        List<Step> steps = recorded.get(0);
        assertEquals(State.FAILED, await(fx, done(worker)));
        Joins.children(fx, handledScope.scope);
        assertEquals(List.of(new Step(State.RUNNING, true, null, null), new Step(State.FAILED, true, null, failure)), steps);
        assertSame(failure, fx.call(worker::getException));
        assertEquals(List.of(), handledScope.handled, "KEEP: the scope's handler does not hear of it");
        assertTrue(handledScope.isActive(), "the scope is not cancelled");
    }

    @Test
    void aReportedFailureAlsoReachesTheScopesHandlerWithoutCancellingTheScope() throws Exception {
        IOException failure = new IOException("disk full");
        Worker<String> worker = FxTasks.worker(handledScope.scope, WorkerFailure.REPORT, progress -> {
            throw failure;
        });
        assertEquals(State.FAILED, await(fx, done(worker)));
        Joins.children(fx, handledScope.scope);
        assertSame(failure, fx.call(worker::getException));
        assertEquals(List.of(failure), handledScope.handled);
        assertTrue(handledScope.isActive(), "the scope is not cancelled");
    }

    @Test
    void cancelOnTheFxThreadInterruptsTheWorkAndIsCancelledAtOnce() throws Exception {
        BlockUntilInterrupted work = new BlockUntilInterrupted(progress -> {
            progress.updateProgress(1, 2); // too late: ignored
            progress.updateMessage("late");
        });
        Worker<String> worker = FxTasks.worker(handledScope.scope, work);
        await(fx, work.started);
        List<Step> steps = fx.call(() -> record(worker));
        List<Object> atCancel = fx.call(() -> List.of(worker.cancel(), worker.getState(), worker.isRunning(), worker.cancel()));
        assertEquals(List.of(true, State.CANCELLED, false, false), atCancel);
        assertEquals("interrupted", await(fx, work.interrupted));
        Joins.children(fx, handledScope.scope);
        fx.run(() -> {
            assertEquals(State.CANCELLED, worker.getState());
            assertEquals(-1, worker.getProgress());
            assertEquals("", worker.getMessage());
            assertNull(worker.getValue());
            assertNull(worker.getException());
        });
        assertEquals(List.of(State.CANCELLED), steps.stream().map(Step::state).toList());
        assertEquals(List.of(), handledScope.handled);
    }

    @Test
    void cancellingTheScopeCancelsTheWorker() throws Exception {
        BlockUntilInterrupted work = new BlockUntilInterrupted();
        Worker<String> worker = FxTasks.worker(handledScope.scope, work);
        CompletableFuture<State> done = done(worker);
        await(fx, work.started);
        handledScope.cancel();
        assertEquals(State.CANCELLED, await(fx, done));
        assertEquals("interrupted", await(fx, work.interrupted));
        assertFalse(fx.call(worker::cancel), "cancel() after the end changes nothing");
    }

    @Test
    void cancelOffTheFxThreadReachesCancelledOnTheFxThread() throws Exception {
        BlockUntilInterrupted work = new BlockUntilInterrupted();
        Worker<String> worker = FxTasks.worker(handledScope.scope, work);
        await(fx, work.started);
        List<Step> steps = fx.call(() -> record(worker));
        List<String> running = fx.call(() -> recordRunning(worker));
        CompletableFuture<State> done = done(worker);
        assertTrue(worker.cancel());
        assertEquals(State.CANCELLED, await(fx, done));
        Joins.children(fx, handledScope.scope);
        assertEquals(List.of(new Step(State.CANCELLED, true, null, null)), steps);
        assertEquals(List.of("false on FX"), running);
    }

    @Test
    void inACancelledScopeTheWorkNeverRuns() throws Exception {
        Job parent = JobKt.getJob(handledScope.scope.getCoroutineContext());
        parent.cancel(null);
        AtomicInteger runs = new AtomicInteger();
        Worker<String> worker = FxTasks.worker(handledScope.scope, progress -> {
            runs.incrementAndGet();
            return "ran";
        });
        assertEquals(State.CANCELLED, await(fx, done(worker)));
        assertEquals(0, runs.get());
    }
}
