package dev.fxinter.interop;

import static dev.fxinter.interop.TestLoop.await;
import static dev.fxinter.interop.TestLoop.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fxinter.dispatcher.FxDispatcher;
import dev.fxinter.dispatcher.SuspendBlock;
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

class FxTasksTest {
    @BeforeEach
    void openLoop() {
        TestLoop.open();
    }

    @Test
    void runTaskOnTheFxThreadRunsTheBlockBeforeReturningAndBeforeEarlierMainWork() throws Exception {
        List<String> order = Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<String> gate = new CompletableFuture<>();
        Job job = onFx(() -> {
            BuildersKt.launch(TestLoop.scope(), FxDispatcher.main(), CoroutineStart.DEFAULT, (s, c) -> {
                order.add("launched earlier on Main");
                return Unit.INSTANCE;
            });
            Job task = FxTasks.runTask(TestLoop.scope(), (s, c) -> {
                order.add("eager step");
                return KotlinService.awaitGate(gate.thenApply(v -> order.add("resumed")), c);
            });
            order.add("runTask returned");
            return task;
        });
        onFx(() -> gate.complete("go"));
        BuildersKt.runBlocking(kotlin.coroutines.EmptyCoroutineContext.INSTANCE, (s, c) -> job.join(c));
        assertEquals(List.of("eager step", "runTask returned", "launched earlier on Main", "resumed"), order);
    }

    @Test
    void runTaskOffTheFxThreadNeverRunsTheBlockOnTheCaller() throws Exception {
        Thread caller = Thread.currentThread();
        CompletableFuture<Thread> ranOn = new CompletableFuture<>();
        FxTasks.runTask(TestLoop.scope(), (s, c) -> ranOn.complete(Thread.currentThread()));
        Thread thread = await(ranOn);
        assertNotSame(caller, thread);
        assertTrue(onFx(() -> Thread.currentThread() == thread));
    }

    @Test
    void futureReturnsWhatTheTailCalledKotlinFunctionReturnsAndCompletesOnTheFxThread() throws Exception {
        CompletableFuture<String> gate = new CompletableFuture<>();
        CompletableFuture<String> future = FxTasks.future(TestLoop.scope(), (s, c) -> KotlinService.awaitGate(gate, c));
        CompletableFuture<Boolean> completedOnFx = TestLoop.completesOnFx(future);
        gate.complete("loaded");
        assertTrue(await(completedOnFx));
        assertEquals("loaded", await(future));
        assertEquals("later", await(FxTasks.<String>future(TestLoop.scope(), (s, c) -> KotlinService.later("later", 1L, c))));
    }

    @Test
    void cancellingTheFutureCancelsTheCoroutineAndRunsItsFinallyBlock() throws Exception {
        CompletableFuture<Job> coroutine = new CompletableFuture<>();
        CompletableFuture<Boolean> finallyOnFx = new CompletableFuture<>();
        CompletableFuture<String> future = onFx(() -> FxTasks.future(TestLoop.scope(), (s, c) -> {
            coroutine.complete(kotlinx.coroutines.JobKt.getJob(s.getCoroutineContext()));
            return KotlinService.awaitGateFinally(new CompletableFuture<String>(),
                    () -> finallyOnFx.complete(FxThread.isFxThread()), c);
        }));
        assertTrue(future.cancel(false));
        assertTrue(await(finallyOnFx));
        Job job = await(coroutine);
        assertTrue(job.isCancelled());
    }

    @Test
    void cancellingTheCoroutineCancelsTheFuture() throws Exception {
        CompletableFuture<Job> coroutine = new CompletableFuture<>();
        CompletableFuture<String> future = FxTasks.future(TestLoop.scope(), (s, c) -> {
            coroutine.complete(kotlinx.coroutines.JobKt.getJob(s.getCoroutineContext()));
            return KotlinService.never(c);
        });
        await(coroutine).cancel(null);
        assertThrows(CancellationException.class, () -> await(future));
        assertTrue(future.isCancelled());
    }

    @Test
    void executorStagesAndFuturesChainOnTheFxThread() throws Exception {
        CompletableFuture<Integer> result = CompletableFuture.supplyAsync(() -> 20, ForkJoinPool.commonPool())
                .thenApplyAsync(v -> {
                    FxThread.check();
                    return v + 1;
                }, TestLoop.open().executor())
                .thenCompose(v -> FxTasks.<Integer>future(TestLoop.scope(), (s, c) -> KotlinService.<Integer>afterYield(v * 2, c)))
                .thenApplyAsync(v -> {
                    FxThread.check();
                    return v;
                }, TestLoop.open().executor());
        assertEquals(Integer.valueOf(42), await(result));
        assertFalse(FxThread.isFxThread());
    }

    @Test
    void inACancelledScopeNoStepRunsOnOrOffTheFxThreadAndTheJobAndFutureAreCancelled() throws Exception {
        CoroutineScope cancelled = TestLoop.cancelledScope();
        AtomicInteger steps = new AtomicInteger();
        SuspendBlock<Integer> block = (s, c) -> steps.incrementAndGet();
        Job onFxJob = onFx(() -> FxTasks.runTask(cancelled, block));
        CompletableFuture<Integer> onFxFuture = onFx(() -> FxTasks.future(cancelled, block));
        Job offJob = FxTasks.runTask(cancelled, block);
        CompletableFuture<Integer> offFuture = FxTasks.future(cancelled, block);
        for (Job job : List.of(onFxJob, offJob)) {
            TestLoop.join(job);
            assertTrue(job.isCancelled());
        }
        for (CompletableFuture<Integer> future : List.of(onFxFuture, offFuture)) {
            assertThrows(CancellationException.class, () -> await(future));
            assertTrue(future.isCancelled());
        }
        assertEquals(0, steps.get(), "no step of the block ran");
    }
}
