package dev.fxinter.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fxinter.dispatcher.FxDispatcher;
import dev.fxinter.interop.FxThread;
import java.io.IOException;
import dev.fxinter.test.internal.FxTestSession;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import kotlin.coroutines.ContinuationInterceptor;
import kotlinx.coroutines.Job;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The extension seen from Java: the real FX thread, FxTester's helpers, the annotations. */
@ExtendWith(FxTestExtension.class)
class FxTestExtensionTest {

    @Test
    void callRunsOnTheFxThreadAndRethrowsUnwrapped(FxTester fx) {
        assertFalse(Platform.isFxApplicationThread());
        assertTrue(fx.call(Platform::isFxApplicationThread));
        IOException thrown = assertThrows(IOException.class, () -> fx.run(() -> {
            throw new IOException("from the FX thread");
        }));
        assertEquals("from the FX thread", thrown.getMessage());
    }

    @Test
    void scopeIsASupervisorOnTheFxDispatcher(FxTester fx) {
        assertSame(FxDispatcher.main(), fx.scope().getCoroutineContext().get(ContinuationInterceptor.Key));
        Job job = fx.scope().getCoroutineContext().get(Job.Key);
        assertTrue(job != null && job.isActive());
    }

    @Test
    void awaitIdleRunsWhatIsQueued(FxTester fx) {
        AtomicInteger ran = new AtomicInteger();
        for (int i = 0; i < 100; i++) {
            FxDispatcher.main().dispatch(fx.scope().getCoroutineContext(), ran::incrementAndGet);
        }
        fx.awaitIdle();
        assertEquals(100, ran.get());
    }

    @Test
    void awaitUntilFailsWithItsDescriptionAndTheLastResult(FxTester fx) {
        AssertionError failure = assertThrows(AssertionError.class,
                () -> fx.awaitUntil("the answer to be 42", Duration.ofMillis(50), () -> false));
        assertTrue(failure.getMessage().contains("the answer to be 42"), failure.getMessage());
        assertTrue(failure.getMessage().contains("last result: false"), failure.getMessage());
    }

    @Test
    void awaitUntilReportsAConditionThatThrows(FxTester fx) {
        AssertionError failure = assertThrows(AssertionError.class,
                () -> fx.awaitUntil("a label", Duration.ofMillis(50), () -> {
                    throw new IllegalStateException("no label yet");
                }));
        assertTrue(failure.getMessage().contains("no label yet"), failure.getMessage());
        assertEquals("no label yet", failure.getCause().getMessage());
    }

    @Test
    @OnFxThread
    void onFxThreadRunsTheBodyThereAndBlockingHelpersRefuse(FxTester fx) {
        assertTrue(FxThread.isFxThread());
        IllegalStateException refused = assertThrows(IllegalStateException.class, fx::awaitIdle);
        assertTrue(refused.getMessage().contains("deadlock"), refused.getMessage());
        assertThrows(IllegalStateException.class, () -> fx.run(() -> { }));
        assertThrows(IllegalStateException.class, () -> fx.advanceTimeBy(Duration.ofSeconds(1)));
    }

    @Test
    void aStuckRunFailsWithTheFxThreadsStackAndTheTestGoesOn(FxTester fx) throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch entered = new CountDownLatch(1);
        System.setProperty(FxTestSession.CALL_TIMEOUT_PROPERTY, "1");
        try {
            AssertionError stuck = assertThrows(AssertionError.class, () -> fx.run(() -> {
                entered.countDown();
                assertTrue(release.await(30, TimeUnit.SECONDS), "hang guard");
            }));
            assertTrue(entered.await(30, TimeUnit.SECONDS), "the action ran");
            assertTrue(stuck.getMessage().contains("had not finished the action after 1 s"), stuck.getMessage());
            assertTrue(Arrays.stream(stuck.getStackTrace())
                            .anyMatch(frame -> frame.getClassName().startsWith(FxTestExtensionTest.class.getName())),
                    "the FX thread's stack shows the stuck action: " + Arrays.toString(stuck.getStackTrace()));
        } finally {
            System.clearProperty(FxTestSession.CALL_TIMEOUT_PROPERTY);
            release.countDown();
        }
        assertEquals("unstuck", fx.call(() -> "unstuck"));
    }

    @Test
    @RealTime
    void realTimeHasNoVirtualClockToAdvance(FxTester fx) {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> fx.advanceTimeBy(Duration.ofSeconds(1)));
        assertTrue(refused.getMessage().contains("@RealTime"), refused.getMessage());
    }
}
