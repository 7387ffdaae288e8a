package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fxinter.test.FxTest;
import dev.fxinter.test.FxTester;
import dev.fxinter.test.OnFxThread;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import kotlin.Unit;
import kotlin.coroutines.EmptyCoroutineContext;
import kotlinx.coroutines.BuildersKt;
import kotlinx.coroutines.CoroutineStart;
import kotlinx.coroutines.DelayKt;
import kotlinx.coroutines.Job;
import org.junit.jupiter.api.Test;

/** A third class in the same JVM: several delays per test, all on virtual time. */
@FxTest
class DelayOrderTest extends AloneAmongFxClasses {
    /** Launches a coroutine in the test's scope that appends {@code millis} to {@code log} after that delay. */
    private static Job logAfter(FxTester fx, List<Long> log, long millis) {
        Job job = BuildersKt.launch(fx.scope(), EmptyCoroutineContext.INSTANCE, CoroutineStart.DEFAULT,
                (scope, continuation) -> DelayKt.delay(millis, continuation));
        job.invokeOnCompletion(cause -> {
            log.add(millis); // on the FX thread, where the coroutine completes
            return Unit.INSTANCE;
        });
        return job;
    }

    @Test
    void delaysFireInDeadlineOrderAsVirtualTimeMoves(FxTester fx) {
        List<Long> log = new ArrayList<>(); // FX-thread confined
        fx.run(() -> {
            logAfter(fx, log, 3_000);
            logAfter(fx, log, 1_000);
            logAfter(fx, log, 2_000);
        });
        fx.advanceTimeBy(Duration.ofMillis(1_500));
        assertEquals(List.of(1_000L), fx.call(() -> List.copyOf(log)));
        fx.advanceTimeBy(Duration.ofMillis(1_500));
        assertEquals(List.of(1_000L, 2_000L, 3_000L), fx.call(() -> List.copyOf(log)));
    }

    @Test
    void awaitIdleJumpsToTheLastTimer(FxTester fx) {
        List<Long> log = new ArrayList<>();
        fx.run(() -> {
            logAfter(fx, log, 60_000);
            logAfter(fx, log, 30_000);
        });
        fx.awaitIdle();
        assertEquals(List.of(30_000L, 60_000L), fx.call(() -> List.copyOf(log)));
        assertEquals(60_000, fx.currentTime());
    }

    @Test
    void awaitUntilMovesVirtualTimeToTheCondition(FxTester fx) {
        Job job = fx.call(() -> logAfter(fx, new ArrayList<>(), 10_000));
        fx.awaitUntil("the 10 s delay to end", job::isCompleted);
        assertEquals(10_000, fx.currentTime());
    }

    @Test
    @OnFxThread
    void aBodyOnTheFxThreadIsAlsoAlone() {
        assertTrue(Platform.isFxApplicationThread());
    }
}
