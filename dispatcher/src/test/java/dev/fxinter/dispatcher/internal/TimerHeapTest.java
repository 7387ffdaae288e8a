package dev.fxinter.dispatcher.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import kotlin.coroutines.EmptyCoroutineContext;
import kotlinx.coroutines.DisposableHandle;
import org.junit.jupiter.api.Test;

/**
 * TimerHeap on a clock the test moves (the seam the test kit's virtual time will use): order
 * and removal, deterministically, with no thread and no toolkit.
 */
class TimerHeapTest {
    /** Nanoseconds; moved by the test only. */
    private long now = 1_000_000_000L;
    private final TimerHeap heap = new TimerHeap(() -> now);
    private final List<String> fired = new ArrayList<>();

    private DisposableHandle at(long millis, String name) {
        return heap.scheduleTimeout(millis, () -> fired.add(name), EmptyCoroutineContext.INSTANCE);
    }

    private void advance(long millis) {
        now += TimeUnit.MILLISECONDS.toNanos(millis);
        heap.fireDue();
    }

    @Test
    void timersFireInDeadlineOrderAndEqualDeadlinesInSchedulingOrder() {
        at(30, "c");
        at(10, "a1");
        at(20, "b");
        at(10, "a2");
        at(0, "now");
        at(10, "a3");
        advance(9);
        assertEquals(List.of("now"), fired, "nothing fires before its deadline");
        advance(1);
        assertEquals(List.of("now", "a1", "a2", "a3"), fired);
        advance(20);
        assertEquals(List.of("now", "a1", "a2", "a3", "b", "c"), fired);
        assertEquals(0, heap.pending());
    }

    @Test
    void aTimerScheduledByAFiringOneFiresInTheSameCallWhenAlreadyDue() {
        heap.scheduleTimeout(10, () -> {
            fired.add("first");
            at(0, "scheduled by first");
        }, EmptyCoroutineContext.INSTANCE);
        at(10, "second");
        advance(10);
        assertEquals(List.of("first", "second", "scheduled by first"), fired);
    }

    @Test
    void cancelledTimersLeaveTheHeapAndNeverFire() {
        at(10, "a");
        DisposableHandle b = at(10, "b");
        DisposableHandle c = at(5, "c");
        at(20, "d");
        b.dispose();
        c.dispose();
        c.dispose(); // idempotent
        assertEquals(2, heap.pending());
        advance(20);
        assertEquals(List.of("a", "d"), fired);
    }

    @Test
    void oneHundredThousandCancelledTimeoutsLeaveItEmpty() {
        List<DisposableHandle> handles = new ArrayList<>();
        Random random = new Random(42);
        for (int i = 0; i < 100_000; i++) {
            handles.add(at(1 + random.nextInt(10_000), "t" + i));
        }
        assertEquals(100_000, heap.pending());
        Collections.shuffle(handles, random); // removal from every position of the heap
        for (int i = 0; i < handles.size(); i++) {
            handles.get(i).dispose();
            if (i % 10_000 == 0) {
                assertEquals(100_000 - i - 1, heap.pending());
            }
        }
        assertEquals(0, heap.pending());
        advance(20_000);
        assertTrue(fired.isEmpty(), fired.toString());
    }

    @Test
    void afterRemovalsFromEveryPositionTheRestFireInDeadlineThenSchedulingOrder() {
        Random random = new Random(7);
        List<long[]> expected = new ArrayList<>(); // {deadline, sequence} of the survivors
        List<DisposableHandle> cancelled = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            int millis = random.nextInt(100); // many equal deadlines
            DisposableHandle handle = at(millis, millis + ":" + i);
            if (random.nextBoolean()) {
                cancelled.add(handle);
            } else {
                expected.add(new long[] {millis, i});
            }
        }
        Collections.shuffle(cancelled, random);
        cancelled.forEach(DisposableHandle::dispose);
        advance(100);
        expected.sort((x, y) -> x[0] != y[0] ? Long.compare(x[0], y[0]) : Long.compare(x[1], y[1]));
        List<String> order = new ArrayList<>();
        expected.forEach(e -> order.add(e[0] + ":" + e[1]));
        assertEquals(order, fired);
    }
}
