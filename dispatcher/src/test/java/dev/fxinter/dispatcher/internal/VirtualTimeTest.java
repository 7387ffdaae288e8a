package dev.fxinter.dispatcher.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fxinter.dispatcher.VirtualTimeCaller;
import java.util.ArrayList;
import java.util.List;
import kotlin.coroutines.EmptyCoroutineContext;
import org.junit.jupiter.api.Test;

/** The virtual clock's capability: who may install it, one at a time, and back to real time. */
class VirtualTimeTest {

    @Test
    void installSwapsTheCurrentHeapAndCloseRestoresTheRealOne() {
        assertSame(TimerHeap.INSTANCE, TimerHeap.current());
        try (VirtualTime time = VirtualTime.install()) {
            assertTrue(TimerHeap.current() != TimerHeap.INSTANCE);
            assertThrows(IllegalStateException.class, () -> VirtualTime.install()); // a lambda: its body is this class's caller frame
        }
        assertSame(TimerHeap.INSTANCE, TimerHeap.current());
    }

    @Test
    void timersFireOnlyWhenTheClockMovesInDeadlineOrder() {
        List<String> fired = new ArrayList<>();
        try (VirtualTime time = VirtualTime.install()) {
            TimerHeap heap = TimerHeap.current();
            heap.scheduleTimeout(300, () -> fired.add("300"), EmptyCoroutineContext.INSTANCE);
            heap.scheduleTimeout(100, () -> fired.add("100"), EmptyCoroutineContext.INSTANCE);
            assertEquals(100_000_000L, time.nextDeadlineNanos());
            assertEquals(0, time.advanceTo(99_999_999L));
            assertEquals(1, time.advanceTo(time.nextDeadlineNanos()));
            assertEquals(List.of("100"), fired);
            assertEquals(1, time.advanceTo(1_000_000_000L));
            assertEquals(List.of("100", "300"), fired);
            assertEquals(-1, time.nextDeadlineNanos());
        }
    }

    @Test
    void codeOutsideTheTestKitCannotInstallIt() {
        SecurityException refused = assertThrows(SecurityException.class, VirtualTimeCaller::install);
        assertTrue(refused.getMessage().contains("dev.fxinter.test"), refused.getMessage());
        assertSame(TimerHeap.INSTANCE, TimerHeap.current());
    }
}
