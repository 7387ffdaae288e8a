package dev.fxinter.dispatcher;

import static dev.fxinter.dispatcher.HangGuard.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fxinter.test.FxTest;
import dev.fxinter.test.FxTester;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import kotlin.coroutines.EmptyCoroutineContext;
import org.junit.jupiter.api.Test;

/**
 * The dispatch queue seen from Java: volume, order, fairness, executor, failures, bad input. Each
 * test runs on the kit's GUEST loop; a test that needs an {@code FxLoop} of its own opens one as
 * an app would ({@link #appLoop()}).
 */
@FxTest
class FxDispatcherTest {
    private final FxDispatcher main = FxDispatcher.main();

    /**
     * A GUEST loop opened the way app code under test opens one: the kit's loop steps aside for
     * it and the kit closes it after the test.
     */
    private static FxLoop appLoop() {
        return FxLoop.guest();
    }

    @Test
    void fourProducersEachTaskRunsExactlyOnceInPerProducerOrder(FxTester fx) throws Exception {
        int producers = 4;
        int perProducer = 100_000;
        int[] lastSeen = new int[producers]; // FX-thread confined
        int[] runs = new int[producers];
        List<String> errors = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(producers * perProducer);
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int p = 0; p < producers; p++) {
            int producer = p;
            lastSeen[p] = -1;
            Thread thread = new Thread(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    return;
                }
                for (int i = 0; i < perProducer; i++) {
                    int index = i;
                    main.dispatch(EmptyCoroutineContext.INSTANCE, () -> {
                        if (lastSeen[producer] != index - 1 && errors.size() < 10) {
                            errors.add("producer " + producer + ": " + index + " after " + lastSeen[producer]);
                        }
                        lastSeen[producer] = index;
                        runs[producer]++;
                        done.countDown();
                    });
                }
            });
            threads.add(thread);
            thread.start();
        }
        go.countDown();
        fx.awaitUntil("all tasks ran", HangGuard.TIMEOUT, () -> done.getCount() == 0);
        for (Thread thread : threads) {
            thread.join(HangGuard.TIMEOUT.toMillis());
        }
        assertEquals(List.of(), fx.call(() -> List.copyOf(errors))); // read on the FX thread
        int[] ran = fx.call(runs::clone);
        for (int p = 0; p < producers; p++) {
            assertEquals(perProducer, ran[p], "runs of producer " + p);
        }
    }

    /**
     * Tasks on the FX thread that take at least {@code micros} each by construction (each waits
     * for the clock to move on), so that a few of them exceed the drain's budget on any machine.
     */
    private final class BusyTasks {
        final int count;
        final long nanos;
        final int[] ran = {0}; // FX-thread confined
        final CountDownLatch allRan = new CountDownLatch(1);

        BusyTasks(int count, long micros) {
            this.count = count;
            this.nanos = TimeUnit.MICROSECONDS.toNanos(micros);
        }

        /** On the FX thread: dispatches them all; the first runs {@code first} before its work. */
        void dispatch(Runnable first) {
            for (int i = 0; i < count; i++) {
                Runnable before = i == 0 ? first : () -> { };
                main.dispatch(EmptyCoroutineContext.INSTANCE, () -> {
                    before.run();
                    long start = System.nanoTime();
                    while (System.nanoTime() - start < nanos) {
                        Thread.onSpinWait();
                    }
                    if (++ran[0] == count) {
                        allRan.countDown();
                    }
                });
            }
        }

        void awaitAllRan() throws InterruptedException {
            assertTrue(allRan.await(HangGuard.TIMEOUT.toMillis(), TimeUnit.MILLISECONDS));
        }
    }

    @Test
    void runLaterPostedAfterTasksLongerThanTheBudgetRunsBeforeTheyAllRan(FxTester fx) throws Exception {
        // 16 tasks of 1 ms exceed the drain's budget: the drain must yield to the toolkit before the last one.
        BusyTasks tasks = new BusyTasks(16, 1_000);
        CompletableFuture<Integer> seenByRunLater = new CompletableFuture<>();
        fx.run(() -> {
            tasks.dispatch(() -> { });
            Platform.runLater(() -> seenByRunLater.complete(tasks.ran[0]));
        });
        int seen = await(seenByRunLater);
        assertTrue(seen < tasks.count, "runLater ran after " + seen + " of " + tasks.count + " tasks");
        tasks.awaitAllRan();
    }

    @Test
    void runLaterPostedDuringADrainRunsBeforeTheNextDrainStartsItsTasks(FxTester fx) throws Exception {
        // A drain posts its successor when it takes its first task, so the successor is queued
        // ahead of whatever the toolkit gets while the drain runs (a pulse, input, this runLater).
        // The next drain must let those go first: a pulse waits for one drain's budget, not two.
        // A drain checks its budget every 8 tasks, so the drain that runs the first task stops
        // after at most 8 tasks of 1 ms (7 of them when it also ran fx.run's task), and the
        // runLater posted by the first task must see no more than those.
        BusyTasks tasks = new BusyTasks(24, 1_000);
        CompletableFuture<Integer> seenByRunLater = new CompletableFuture<>();
        fx.run(() -> tasks.dispatch(() -> Platform.runLater(() -> seenByRunLater.complete(tasks.ran[0]))));
        assertRunLaterSawAtMostEight(seenByRunLater, tasks);
    }

    @Test
    void aDrainOfShortTasksStopsAtItsFirstClockCheckPastATenthOfAMillisecond() throws Exception {
        // Dispatched all at once by a runLater task, not by a task of a drain, so that the drain
        // that runs them starts its budget with the first of them. 8 tasks of 20 us already
        // exceed the drain's 0.1 ms budget, so the drain stops at its first clock check, after 8
        // of them; with a 1 ms budget it would run about 50 of them before the runLater's turn.
        // Five rounds: a 1 ms budget passes one round only if the FX thread stalls for most of a
        // millisecond within its first 8 tasks, and all five only if it does so every time.
        for (int round = 0; round < 5; round++) {
            BusyTasks tasks = new BusyTasks(80, 20);
            CompletableFuture<Integer> seenByRunLater = new CompletableFuture<>();
            Platform.runLater(() -> tasks.dispatch(
                    () -> Platform.runLater(() -> seenByRunLater.complete(tasks.ran[0]))));
            assertRunLaterSawAtMostEight(seenByRunLater, tasks);
        }
    }

    private static void assertRunLaterSawAtMostEight(CompletableFuture<Integer> seenByRunLater, BusyTasks tasks)
            throws Exception {
        int seen = await(seenByRunLater);
        assertTrue(seen >= 1 && seen <= 8, "runLater ran after " + seen + " of " + tasks.count + " tasks");
        tasks.awaitAllRan();
    }

    @Test
    void executorRunsCompletableFutureStagesOnTheFxThreadInOrder() throws Exception {
        FxLoop loop = appLoop();
        List<Integer> order = new ArrayList<>();
        CompletableFuture<Boolean> onFx = CompletableFuture.supplyAsync(() -> 20)
                .thenApplyAsync(x -> {
                    order.add(1);
                    return x + 1;
                }, loop.executor())
                .thenApplyAsync(x -> {
                    order.add(2);
                    return x * 2 == 42 && Platform.isFxApplicationThread();
                }, loop.executor());
        assertTrue(await(onFx));
        assertEquals(List.of(1, 2), order);
    }

    @Test
    void aThrowingTaskIsReportedAndTheDrainGoesOn(FxTester fx) throws Exception {
        CompletableFuture<Throwable> reported = new CompletableFuture<>();
        CompletableFuture<String> after = new CompletableFuture<>();
        // the kit's own handler would fail this test: the exception is expected here
        Thread.UncaughtExceptionHandler previous = fx.call(() -> {
            Thread fxThread = Thread.currentThread();
            Thread.UncaughtExceptionHandler old = fxThread.getUncaughtExceptionHandler();
            fxThread.setUncaughtExceptionHandler((t, e) -> reported.complete(e));
            return old;
        });
        try {
            fx.run(() -> {
                main.dispatch(EmptyCoroutineContext.INSTANCE, () -> {
                    throw new IllegalStateException("task failed");
                });
                main.dispatch(EmptyCoroutineContext.INSTANCE, () -> after.complete("after"));
            });
            assertEquals("task failed", await(reported).getMessage());
            assertEquals("after", await(after));
        } finally {
            fx.run(() -> Thread.currentThread().setUncaughtExceptionHandler(previous));
        }
    }

    @Test
    void badInputFailsAtOnceNamingTheParameter() {
        FxLoop loop = appLoop();
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> main.dispatch(EmptyCoroutineContext.INSTANCE, null));
        assertEquals("block", e.getMessage());
        assertEquals("task", assertThrows(NullPointerException.class,
                () -> loop.executor().execute(null)).getMessage());
        assertEquals("main", assertThrows(NullPointerException.class, () -> FxLoop.run(null)).getMessage());
    }

    @Test
    void aSecondLoopCannotOpenWhileOneIsOpen() {
        // the kit's GUEST loop is open, and an OWNER loop never displaces it
        assertThrows(IllegalStateException.class, FxLoop::owner);
        appLoop();
        assertThrows(IllegalStateException.class, FxLoop::owner);
        assertThrows(IllegalStateException.class, FxLoop::guest);
    }

    @Test
    void runOnTheFxThreadThrowsAtOnce(FxTester fx) {
        IllegalStateException e = fx.call(() -> assertThrows(IllegalStateException.class,
                () -> FxLoop.run((scope, cont) -> "never runs")));
        assertTrue(e.getMessage().contains("deadlock"), e.getMessage());
    }
}
