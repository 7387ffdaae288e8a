package dev.fxinter.interop;

import static dev.fxinter.interop.Futures.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fxinter.test.FxTestExtension;
import dev.fxinter.test.FxTester;
import dev.fxinter.test.OnFxThread;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import javafx.event.ActionEvent;
import javafx.event.Event;
import kotlinx.coroutines.Job;
import kotlinx.coroutines.flow.Flow;
import kotlinx.coroutines.flow.FlowKt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FxTestExtension.class)
class FxSignalsTest {
    private final CountingTarget target = new CountingTarget();
    private final CountingProperty<Integer> property = new CountingProperty<>(0);

    private FxTester fx;

    @BeforeEach
    void takeTester(FxTester fx) {
        this.fx = fx;
    }

    /** The handler count on the FX thread, after every hop queued so far has run. */
    private int handlers(CountingTarget target) throws Exception {
        return fx.call(target::handlerCount);
    }

    @Test
    @OnFxThread
    void nextCatchesAnEventFiredRightAfterTheCallInTheSameFxTask() throws Exception {
        ActionEvent fired = new ActionEvent("source", target);
        CompletableFuture<ActionEvent> next = FxSignals.next(target, ActionEvent.ACTION);
        Event.fireEvent(target, fired);
        assertTrue(next.isDone());
        assertSame(fired.getSource(), next.get().getSource());
        assertEquals(0, target.handlerCount(), "removed in the same FX task");
    }

    @Test
    void nextTakesOnlyTheFirstEventRemovesItsHandlerAndCompletesOnTheFxThread() throws Exception {
        CompletableFuture<ActionEvent> next = FxSignals.next(target, ActionEvent.ACTION);
        CompletableFuture<Boolean> completedOnFx = Futures.completesOnFx(next);
        assertEquals(1, handlers(target));
        fx.run(() -> {
            Event.fireEvent(target, new ActionEvent("first", target));
            Event.fireEvent(target, new ActionEvent("second", target));
        });
        assertTrue(await(fx, completedOnFx));
        assertEquals("first", next.get().getSource());
        assertEquals(0, handlers(target));
        assertEquals(0, target.offFxThreadCalls());
    }

    @Test
    void tenThousandNextCancelCyclesLeaveNoHandlerBehind() throws Exception {
        fx.run(() -> {
            for (int i = 0; i < 10_000; i++) {
                FxSignals.next(target, ActionEvent.ACTION).cancel(false);
                FxSignals.nextValue(property).cancel(false);
            }
            assertEquals(0, target.handlerCount());
            assertEquals(0, property.listenerCount());
        });
        for (int i = 0; i < 10_000; i++) { // from another thread: adds and removes hop to the FX thread
            FxSignals.next(target, ActionEvent.ACTION).cancel(false);
            FxSignals.nextValue(property).cancel(false);
        }
        assertEquals(0, handlers(target));
        assertEquals(0, fx.call(property::listenerCount));
        assertEquals(0, target.offFxThreadCalls());
    }

    @Test
    void aCancelledNextWaitsNoMoreAndAnAwaitedOneLeavesNoHandler() throws Exception {
        CompletableFuture<ActionEvent> next = FxSignals.next(target, ActionEvent.ACTION);
        assertEquals(1, handlers(target));
        assertTrue(next.cancel(false));
        assertEquals(0, handlers(target));
        assertThrows(CancellationException.class, next::get);
    }

    @Test
    void aTargetThatRefusesHandlersFailsTheFuture() throws Exception {
        javafx.event.EventTarget refusing = tail -> tail;
        CompletableFuture<ActionEvent> next = FxSignals.next(refusing, ActionEvent.ACTION);
        ExecutionException e = assertThrows(ExecutionException.class, () -> next.get(30, java.util.concurrent.TimeUnit.SECONDS));
        assertInstanceOf(UnsupportedOperationException.class, e.getCause());
    }

    @Test
    void nextValueIsTheNextChangedValue() throws Exception {
        CompletableFuture<Integer> next = fx.call(() -> {
            CompletableFuture<Integer> future = FxSignals.nextValue(property);
            property.set(1);
            property.set(2);
            return future;
        });
        assertEquals(1, await(fx, next));
        assertEquals(0, fx.call(property::listenerCount));
    }

    @Test
    void valueMatchingIsTheCurrentValueWhenItPassesElseTheFirstNewOneThatDoes() throws Exception {
        CompletableFuture<Integer> now = fx.call(() -> FxSignals.valueMatching(property, v -> v == 0));
        assertTrue(now.isDone());
        assertEquals(0, now.get());
        CompletableFuture<Integer> later = FxSignals.valueMatching(property, v -> v >= 3);
        fx.run(() -> {
            for (int i = 1; i <= 5; i++) {
                property.set(i);
            }
        });
        assertEquals(3, await(fx, later));
        assertEquals(0, fx.call(property::listenerCount));
    }

    @Test
    void aThrowingPredicateFailsValueMatchingAndRemovesTheListener() throws Exception {
        IllegalArgumentException bad = new IllegalArgumentException("bad predicate");
        CompletableFuture<Integer> matching = FxSignals.valueMatching(property, v -> {
            if (v == 7) {
                throw bad;
            }
            return false;
        });
        fx.run(() -> property.set(7));
        ExecutionException e = assertThrows(ExecutionException.class, matching::get);
        assertSame(bad, e.getCause());
        assertEquals(0, fx.call(property::listenerCount));
    }

    @Test
    void eventsCollectedFromJavaArriveInOrderOnTheFxThreadAndTheHandlerGoesWithTheJob() throws Exception {
        List<Object> received = new CopyOnWriteArrayList<>();
        List<Boolean> onFxThread = new CopyOnWriteArrayList<>();
        Job job = fx.call(() -> FxSignals.collect(fx.scope(), FxSignals.events(target, ActionEvent.ACTION), event -> {
            received.add(event.getSource());
            onFxThread.add(FxThread.isFxThread());
        }));
        assertEquals(1, handlers(target));
        fx.run(() -> {
            for (int i = 0; i < 100; i++) {
                Event.fireEvent(target, new ActionEvent(i, target));
            }
        });
        fx.call(() -> null); // the collector has caught up (it runs in FIFO order after the events)
        List<Object> expected = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            expected.add(i);
        }
        assertEquals(expected, received);
        assertFalse(onFxThread.contains(false));
        job.cancel(null);
        assertEquals(0, handlers(target));
        assertEquals(0, target.offFxThreadCalls());
    }

    @Test
    void firstIsTheFirstElementAndCancellingItCancelsTheCollection() throws Exception {
        assertEquals("a", await(fx, FxSignals.first(FlowKt.flowOf("a", "b"))));
        CompletableFuture<ActionEvent> first = FxSignals.first(FxSignals.events(target, ActionEvent.ACTION));
        assertEquals(1, handlers(target));
        first.cancel(false);
        assertEquals(0, handlers(target));
        CompletableFuture<ActionEvent> firstEvent = FxSignals.first(FxSignals.events(target, ActionEvent.ACTION));
        assertEquals(1, handlers(target));
        fx.run(() -> Event.fireEvent(target, new ActionEvent("x", target)));
        assertEquals("x", await(fx, firstEvent).getSource());
        assertEquals(0, handlers(target));
    }

    @Test
    void mergeKeepsTheFiringOrderAcrossSources() throws Exception {
        CountingTarget other = new CountingTarget();
        CountingProperty<String> text = new CountingProperty<>("t0");
        Map<String, Flow<?>> sources = new LinkedHashMap<>();
        sources.put("a", FxSignals.events(target, ActionEvent.ACTION));
        sources.put("b", FxSignals.events(other, ActionEvent.ACTION));
        sources.put("text", FxSignals.changes(text));
        List<String> tags = new CopyOnWriteArrayList<>();
        Job job = fx.call(() -> FxSignals.collect(fx.scope(), FxSignals.<Object>merge(sources),
                tagged -> tags.add((String) tagged.tag())));
        String script = "a b b text a b a text text b a a";
        fx.run(() -> {
            for (String tag : script.split(" ")) {
                switch (tag) {
                    case "a" -> Event.fireEvent(target, new ActionEvent());
                    case "b" -> Event.fireEvent(other, new ActionEvent());
                    default -> text.set(text.get() + "!");
                }
            }
        });
        fx.call(() -> null);
        assertEquals(List.of(script.split(" ")), tags);
        job.cancel(null);
        assertEquals(0, handlers(target));
        assertEquals(0, handlers(other));
        assertEquals(0, fx.call(text::listenerCount));
    }

    @Test
    void changesHaveEveryOldAndNewValue() throws Exception {
        List<Change<Integer>> changes = new CopyOnWriteArrayList<>();
        Job job = fx.call(() -> FxSignals.collect(fx.scope(), FxSignals.changes(property), changes::add));
        fx.run(() -> {
            property.set(1);
            property.set(2);
            property.set(3);
        });
        fx.call(() -> null);
        assertEquals(List.of(new Change<>(0, 1), new Change<>(1, 2), new Change<>(2, 3)), changes);
        job.cancel(null);
        assertEquals(0, fx.call(property::listenerCount));
    }

    @Test
    void contentsAreImmutableSnapshots() throws Exception {
        CountingList<String> list = fx.call(CountingList::new);
        List<List<String>> snapshots = new CopyOnWriteArrayList<>();
        Job job = fx.call(() -> FxSignals.collect(fx.scope(), FxSignals.contents(list), snapshots::add));
        fx.run(() -> list.add("a"));
        fx.call(() -> null);
        fx.run(() -> list.add(null));
        fx.call(() -> null);
        assertEquals(List.of(), snapshots.get(0));
        List<String> last = snapshots.get(snapshots.size() - 1);
        assertEquals(java.util.Arrays.asList("a", null), last);
        fx.run(() -> list.set(0, "changed"));
        fx.call(() -> null);
        assertEquals("a", last.get(0), "a snapshot changed with the list");
        assertThrows(UnsupportedOperationException.class, () -> last.add("x"));
        job.cancel(null);
        assertEquals(0, fx.call(list::listenerCount));
    }

    @Test
    void collectInACancelledScopeRunsNoStepOnOrOffTheFxThread() throws Exception {
        kotlinx.coroutines.CoroutineScope cancelled = CancelledScope.create();
        List<String> steps = new CopyOnWriteArrayList<>();
        Flow<String> flow = (collector, continuation) -> {
            steps.add("collect started");
            return kotlin.Unit.INSTANCE;
        };
        Job onFxJob = fx.call(() -> FxSignals.collect(cancelled, flow, steps::add));
        Job offJob = FxSignals.collect(cancelled, flow, steps::add);
        Joins.job(fx, onFxJob);
        Joins.job(fx, offJob);
        assertTrue(onFxJob.isCancelled());
        assertTrue(offJob.isCancelled());
        assertEquals(List.of(), steps);
    }
}
