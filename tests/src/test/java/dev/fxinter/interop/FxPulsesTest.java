package dev.fxinter.interop;

import static dev.fxinter.interop.Futures.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fxinter.interop.internal.PulseSource;
import dev.fxinter.test.FxTestExtension;
import dev.fxinter.test.FxTester;
import dev.fxinter.test.RealTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import kotlinx.coroutines.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link FxSignals#nextPulse()} and {@link FxSignals#pulses()}: one timer, only while someone waits. */
@ExtendWith(FxTestExtension.class)
// Pulses come from the toolkit's own timer (16 ms on Monocle and Headless), in real time: the tests wait for them.
@RealTime
class FxPulsesTest {

    private FxTester fx;

    @BeforeEach
    void takeTester(FxTester fx) {
        this.fx = fx;
    }

    /** Whether fxinter's pulse timer runs, read on the FX thread after every hop queued so far. */
    private boolean timerRunning() throws Exception {
        return fx.call(PulseSource::isRunning);
    }

    @Test
    void nextPulseCompletesOnTheFxThreadAndLeavesNoTimerRunning() throws Exception {
        assertFalse(timerRunning());
        // asked for in one FX task with the watch on it: the pulse cannot come before the watch
        AtomicReference<CompletableFuture<Boolean>> onFxThread = new AtomicReference<>();
        CompletableFuture<Long> pulse = fx.call(() -> {
            CompletableFuture<Long> waiter = FxSignals.nextPulse();
            onFxThread.set(Futures.completesOnFx(waiter));
            return waiter;
        });
        assertTrue(await(fx, onFxThread.get()));
        long now = await(fx, pulse);
        assertTrue(now > 0, "the pulse's now: " + now);
        assertFalse(timerRunning(), "the timer stops with the last waiter (kotlinx's runs for ever)");
        // and it starts again for the next waiter
        assertTrue(await(fx, FxSignals.nextPulse()) > pulse.get());
        assertFalse(timerRunning());
    }

    @Test
    void allWaitersOfOnePulseGetTheSameTimestampAndAWaiterAddedInsideAPulseGetsTheNext() throws Exception {
        CompletableFuture<Long> inner = new CompletableFuture<>();
        List<CompletableFuture<Long>> waiters = fx.call(() -> {
            CompletableFuture<Long> first = FxSignals.nextPulse();
            CompletableFuture<Long> second = FxSignals.nextPulse();
            first.thenAccept(now -> {
                FxSignals.nextPulse().whenComplete((later, failure) -> inner.complete(later));
            });
            assertTrue(PulseSource.isRunning());
            return List.of(first, second, FxSignals.nextPulse());
        });
        long now = await(fx, waiters.get(0));
        assertEquals(now, await(fx, waiters.get(1)));
        assertEquals(now, await(fx, waiters.get(2)));
        assertTrue(await(fx, inner) > now, "a waiter that arrives during a pulse waits for the next one");
        assertFalse(timerRunning());
    }

    @Test
    void cancellingTheOnlyWaiterStopsTheTimer() throws Exception {
        CompletableFuture<Long> pulse = fx.call(() -> {
            CompletableFuture<Long> waiter = FxSignals.nextPulse();
            assertTrue(PulseSource.isRunning());
            waiter.cancel(false);
            return waiter;
        });
        assertTrue(pulse.isCancelled());
        assertFalse(timerRunning());

        CompletableFuture<Long> fromAnotherThread = FxSignals.nextPulse();
        fromAnotherThread.cancel(false);
        assertFalse(timerRunning());
    }

    @Test
    void pulsesEmitsIncreasingTimestampsWhileCollectedAndStopsTheTimerWhenCollectionEnds() throws Exception {
        List<Long> seen = new CopyOnWriteArrayList<>();
        CountDownLatch three = new CountDownLatch(3);
        Job collection = FxSignals.collect(fx.scope(), FxSignals.pulses(), now -> {
            seen.add(now);
            three.countDown();
        });
        assertTrue(three.await(Futures.HANG_GUARD.toMillis(), TimeUnit.MILLISECONDS));
        assertTrue(timerRunning());
        collection.cancel(null);
        assertFalse(timerRunning());
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i) > seen.get(i - 1), "pulses in order: " + seen);
        }
    }

    @Test
    void aCollectionAndAWaiterShareTheTimerAndThePulse() throws Exception {
        CompletableFuture<Long> firstCollected = new CompletableFuture<>();
        Job[] collection = new Job[1];
        CompletableFuture<Long> waiter = fx.call(() -> {
            collection[0] = FxSignals.collect(fx.scope(), FxSignals.pulses(), firstCollected::complete);
            return FxSignals.nextPulse();
        });
        // the collection is eager on the FX thread: both wait for the same first pulse
        assertEquals(await(fx, waiter), await(fx, firstCollected));
        assertTrue(timerRunning(), "the collection still runs after the waiter left");
        collection[0].cancel(null);
        assertFalse(timerRunning());
    }
}
