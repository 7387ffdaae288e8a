package dev.fxinter.interop;

import static dev.fxinter.interop.Futures.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fxinter.dispatcher.FxDispatcher;
import dev.fxinter.dispatcher.FxLoop;
import dev.fxinter.dispatcher.SuspendBlock;
import dev.fxinter.test.FxTestExtension;
import dev.fxinter.test.FxTester;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import kotlin.Unit;
import kotlinx.coroutines.BuildersKt;
import kotlinx.coroutines.CoroutineScope;
import kotlinx.coroutines.CoroutineStart;
import kotlinx.coroutines.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FxTestExtension.class)
class FxTasksTest {
    private FxTester fx;

    @BeforeEach
    void takeTester(FxTester fx) {
        this.fx = fx;
    }

    @Test
    void runTaskOnTheFxThreadRunsTheBlockBeforeReturningAndBeforeEarlierMainWork() throws Exception {
        List<String> order = Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<String> gate = new CompletableFuture<>();
        Job job = fx.call(() -> {
            BuildersKt.launch(fx.scope(), FxDispatcher.main(), CoroutineStart.DEFAULT, (s, c) -> {
                order.add("launched earlier on Main");
                return Unit.INSTANCE;
            });
            Job task = FxTasks.runTask(fx.scope(), (s, c) -> {
                order.add("eager step");
                return KotlinService.awaitGate(gate.thenApply(v -> order.add("resumed")), c);
            });
            order.add("runTask returned");
            return task;
        });
        fx.call(() -> gate.complete("go"));
        Joins.job(fx, job);
        assertEquals(List.of("eager step", "runTask returned", "launched earlier on Main", "resumed"), order);
    }

    @Test
    void runTaskOffTheFxThreadNeverRunsTheBlockOnTheCaller() throws Exception {
        Thread caller = Thread.currentThread();
        CompletableFuture<Thread> ranOn = new CompletableFuture<>();
        FxTasks.runTask(fx.scope(), (s, c) -> ranOn.complete(Thread.currentThread()));
        Thread thread = await(fx, ranOn);
        assertNotSame(caller, thread);
        assertTrue(fx.call(() -> Thread.currentThread() == thread));
    }

    @Test
    void futureReturnsWhatTheTailCalledKotlinFunctionReturnsAndCompletesOnTheFxThread() throws Exception {
        CompletableFuture<String> gate = new CompletableFuture<>();
        CompletableFuture<String> future = FxTasks.future(fx.scope(), (s, c) -> KotlinService.awaitGate(gate, c));
        CompletableFuture<Boolean> completedOnFx = Futures.completesOnFx(future);
        gate.complete("loaded");
        assertTrue(await(fx, completedOnFx));
        assertEquals("loaded", await(fx, future));
        assertEquals("later", await(fx, FxTasks.<String>future(fx.scope(), (s, c) -> KotlinService.later("later", 1L, c))));
    }

    @Test
    void cancellingTheFutureCancelsTheCoroutineAndRunsItsFinallyBlock() throws Exception {
        CompletableFuture<Job> coroutine = new CompletableFuture<>();
        CompletableFuture<Boolean> finallyOnFx = new CompletableFuture<>();
        CompletableFuture<String> future = fx.call(() -> FxTasks.future(fx.scope(), (s, c) -> {
            coroutine.complete(kotlinx.coroutines.JobKt.getJob(s.getCoroutineContext()));
            return KotlinService.awaitGateFinally(new CompletableFuture<String>(),
                    () -> finallyOnFx.complete(FxThread.isFxThread()), c);
        }));
        assertTrue(future.cancel(false));
        assertTrue(await(fx, finallyOnFx));
        Job job = await(fx, coroutine);
        assertTrue(job.isCancelled());
    }

    @Test
    void cancellingTheCoroutineCancelsTheFuture() throws Exception {
        CompletableFuture<Job> coroutine = new CompletableFuture<>();
        CompletableFuture<String> future = FxTasks.future(fx.scope(), (s, c) -> {
            coroutine.complete(kotlinx.coroutines.JobKt.getJob(s.getCoroutineContext()));
            return KotlinService.never(c);
        });
        await(fx, coroutine).cancel(null);
        assertThrows(CancellationException.class, () -> await(fx, future));
        assertTrue(future.isCancelled());
    }

    @Test
    void executorStagesAndFuturesChainOnTheFxThread() throws Exception {
        FxLoop loop = FxLoop.guest(); // the app's own loop, as Application.start opens it; the kit closes it after the test
        CompletableFuture<Integer> result = CompletableFuture.supplyAsync(() -> 20, ForkJoinPool.commonPool())
                .thenApplyAsync(v -> {
                    FxThread.check();
                    return v + 1;
                }, loop.executor())
                .thenCompose(v -> FxTasks.<Integer>future(fx.scope(), (s, c) -> KotlinService.<Integer>afterYield(v * 2, c)))
                .thenApplyAsync(v -> {
                    FxThread.check();
                    return v;
                }, loop.executor());
        assertEquals(Integer.valueOf(42), await(fx, result));
        assertFalse(FxThread.isFxThread());
    }

    @Test
    void inACancelledScopeNoStepRunsOnOrOffTheFxThreadAndTheJobAndFutureAreCancelled() throws Exception {
        CoroutineScope cancelled = CancelledScope.create();
        AtomicInteger steps = new AtomicInteger();
        SuspendBlock<Integer> block = (s, c) -> steps.incrementAndGet();
        Job onFxJob = fx.call(() -> FxTasks.runTask(cancelled, block));
        CompletableFuture<Integer> onFxFuture = fx.call(() -> FxTasks.future(cancelled, block));
        Job offJob = FxTasks.runTask(cancelled, block);
        CompletableFuture<Integer> offFuture = FxTasks.future(cancelled, block);
        for (Job job : List.of(onFxJob, offJob)) {
            Joins.job(fx, job);
            assertTrue(job.isCancelled());
        }
        for (CompletableFuture<Integer> future : List.of(onFxFuture, offFuture)) {
            assertThrows(CancellationException.class, () -> await(fx, future));
            assertTrue(future.isCancelled());
        }
        assertEquals(0, steps.get(), "no step of the block ran");
    }
}
