package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fxinter.test.FxTest;
import dev.fxinter.test.FxTester;
import java.time.Duration;
import kotlin.coroutines.EmptyCoroutineContext;
import kotlinx.coroutines.BuildersKt;
import kotlinx.coroutines.CoroutineStart;
import kotlinx.coroutines.DelayKt;
import kotlinx.coroutines.Job;
import org.junit.jupiter.api.Test;

/** A user's test of a 5 s delay on the FX thread: virtual time, milliseconds of wall time. */
@FxTest
class TimerTest extends AloneAmongFxClasses {
    @Test
    void aFiveSecondDelayEndsWhenVirtualTimeGetsThere(FxTester fx) {
        Job job = BuildersKt.launch(fx.scope(), EmptyCoroutineContext.INSTANCE, CoroutineStart.DEFAULT,
                (scope, continuation) -> DelayKt.delay(5_000, continuation));
        fx.advanceTimeBy(Duration.ofMillis(4_999));
        assertFalse(job.isCompleted());
        fx.advanceTimeBy(Duration.ofMillis(1));
        assertTrue(job.isCompleted());
        assertEquals(5_000, fx.currentTime());
    }

    @Test
    void eachTestStartsAtVirtualZero(FxTester fx) {
        assertEquals(0, fx.currentTime());
    }
}
