package dev.fxinter.interop;

import static dev.fxinter.interop.Futures.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fxinter.dispatcher.FxDispatcher;
import dev.fxinter.test.FxTestExtension;
import dev.fxinter.test.FxTester;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.event.ActionEvent;
import javafx.event.Event;
import kotlinx.coroutines.CoroutineExceptionHandler;
import kotlinx.coroutines.CoroutineScope;
import kotlinx.coroutines.CoroutineScopeKt;
import kotlinx.coroutines.SupervisorKt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FxTestExtension.class)
class FxSlotsTest {
    private final CountingTarget target = new CountingTarget();
    /** "start i" and "completed i" / "cancelled i", in the order they happen (on the FX thread). */
    private final List<String> log = new CopyOnWriteArrayList<>();
    /** The gate each event's handler waits on, by event number. */
    private final Map<Integer, CompletableFuture<String>> gates = new ConcurrentHashMap<>();
    /** Completed when the handler of event i has completed or was cancelled. */
    private final Map<Integer, CompletableFuture<String>> outcomes = new ConcurrentHashMap<>();

    private FxTester fx;

    @BeforeEach
    void takeTester(FxTester fx) {
        this.fx = fx;
    }

    private CompletableFuture<String> gate(int event) {
        return gates.computeIfAbsent(event, e -> new CompletableFuture<>());
    }

    private CompletableFuture<String> outcome(int event) {
        return outcomes.computeIfAbsent(event, e -> new CompletableFuture<>());
    }

    /** A handler that logs its start, waits for its event's gate, and logs how it ended. */
    private SuspendHandler<ActionEvent> gated() {
        return (event, continuation) -> {
            int number = (Integer) event.getSource();
            log.add("start " + number);
            return KotlinService.awaitGateReporting(gate(number), how -> {
                log.add(how + " " + number);
                outcome(number).complete(how);
            }, continuation);
        };
    }

    /** A handler that fails at once for source "eager", else after a suspension. */
    private static SuspendHandler<ActionEvent> failing() {
        return (event, continuation) -> {
            if (event.getSource().equals("eager")) {
                throw new IllegalStateException("failed eagerly");
            }
            return KotlinService.failAfterYield("failed later", continuation);
        };
    }

    private void install(SlotPolicy policy) throws Exception {
        fx.run(() -> target.addEventHandler(ActionEvent.ACTION, FxSlots.asyncHandler(fx.scope(), policy, gated())));
    }

    private void fire(int... events) throws Exception {
        fx.run(() -> {
            for (int event : events) {
                Event.fireEvent(target, new ActionEvent(event, target));
            }
        });
    }

    @Test
    void eachEventStartsItsHandlerInsideTheDispatchSoItCanConsumeIt() throws Exception {
        CountingTarget parent = new CountingTarget();
        CountingTarget child = new CountingTarget(parent);
        List<String> order = new ArrayList<>();
        fx.run(() -> {
            parent.addEventHandler(ActionEvent.ACTION, e -> order.add("parent saw " + e.getSource()));
            child.addEventHandler(ActionEvent.ACTION, FxSlots.asyncHandler(fx.scope(), (e, c) -> {
                order.add("handler started " + e.getSource());
                e.consume();
                return KotlinService.yieldOnce(c);
            }));
            Event.fireEvent(child, new ActionEvent("a", child));
            order.add("fireEvent returned");
        });
        assertEquals(List.of("handler started a", "fireEvent returned"), fx.call(() -> List.copyOf(order)));
    }

    @Test
    void concurrentRunsAHandlerPerEventAtOnce() throws Exception {
        install(SlotPolicy.CONCURRENT);
        fire(1, 2, 3);
        assertEquals(List.of("start 1", "start 2", "start 3"), log);
        gate(2).complete("go");
        gate(1).complete("go");
        gate(3).complete("go");
        await(fx, outcome(3));
        await(fx, outcome(1));
        assertEquals("completed", await(fx, outcome(2)));
    }

    @Test
    void cancelPreviousLetsTheLatestWin() throws Exception {
        install(SlotPolicy.CANCEL_PREVIOUS);
        fire(1, 2, 3);
        assertEquals("cancelled", await(fx, outcome(1)));
        assertEquals("cancelled", await(fx, outcome(2)));
        gate(3).complete("go");
        assertEquals("completed", await(fx, outcome(3)));
        assertEquals(List.of("start 1", "start 2", "start 3"), log.subList(0, 3));
    }

    @Test
    void ignoreWhileRunningDropsEventsUntilTheHandlerCompletes() throws Exception {
        install(SlotPolicy.IGNORE_WHILE_RUNNING);
        fire(1, 2, 3);
        assertEquals(List.of("start 1"), log);
        gate(1).complete("go");
        await(fx, outcome(1));
        fx.call(() -> null); // the completion has been seen on the FX thread
        gate(4).complete("go");
        fire(4);
        await(fx, outcome(4));
        assertEquals(List.of("start 1", "completed 1", "start 4", "completed 4"), log);
    }

    @Test
    void queueRunsTheHandlersOneAfterAnotherInArrivalOrder() throws Exception {
        install(SlotPolicy.QUEUE);
        gate(3).complete("go"); // later events could finish at once: they still wait for their turn
        gate(2).complete("go");
        fire(1, 2, 3);
        assertEquals(List.of("start 1"), log);
        gate(1).complete("go");
        await(fx, outcome(3));
        assertEquals(List.of("start 1", "completed 1", "start 2", "completed 2", "start 3", "completed 3"), log);
    }

    @Test
    void anExceptionReachesTheScopesExceptionHandler() throws Exception {
        List<String> handled = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> both = new CompletableFuture<>();
        CoroutineExceptionHandler handler = new TestExceptionHandler(e -> {
            handled.add(e.getMessage());
            if (handled.size() == 2) {
                both.complete(null);
            }
        });
        CoroutineScope scope = CoroutineScopeKt.CoroutineScope(
                SupervisorKt.SupervisorJob(null).plus(FxDispatcher.main()).plus(handler));
        fx.run(() -> {
            target.addEventHandler(ActionEvent.ACTION, FxSlots.asyncHandler(scope, failing()));
            Event.fireEvent(target, new ActionEvent("later", target));
            Event.fireEvent(target, new ActionEvent("eager", target));
        });
        await(fx, both);
        assertEquals(List.of("failed eagerly", "failed later"), handled);
    }

    @Test
    void withoutAHandlerAnExceptionReachesTheFxThreadsUncaughtExceptionHandler() throws Exception {
        List<String> uncaught = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> both = new CompletableFuture<>();
        // The kit's own handler would fail this test with the two exceptions it expects: for its
        // duration the FX thread gets this test's recording handler, and the kit's comes back after.
        Thread.UncaughtExceptionHandler previous = fx.call(() -> {
            Thread fx = Thread.currentThread();
            Thread.UncaughtExceptionHandler old = fx.getUncaughtExceptionHandler();
            fx.setUncaughtExceptionHandler((thread, e) -> {
                uncaught.add(e.getMessage());
                if (uncaught.size() == 2) {
                    both.complete(null);
                }
            });
            return old;
        });
        try {
            CoroutineScope scope = CoroutineScopeKt.CoroutineScope(SupervisorKt.SupervisorJob(null).plus(FxDispatcher.main()));
            fx.run(() -> {
                target.addEventHandler(ActionEvent.ACTION, FxSlots.asyncHandler(scope, SlotPolicy.QUEUE, failing()));
                Event.fireEvent(target, new ActionEvent("eager", target));
                Event.fireEvent(target, new ActionEvent("later", target));
            });
            await(fx, both);
            assertEquals(List.of("failed eagerly", "failed later"), uncaught);
        } finally {
            fx.run(() -> Thread.currentThread().setUncaughtExceptionHandler(previous));
        }
    }

    @Test
    void inACancelledScopeNoHandlerStepRunsWhateverThePolicy() throws Exception {
        CoroutineScope cancelled = CancelledScope.create();
        List<String> steps = new CopyOnWriteArrayList<>();
        for (SlotPolicy policy : SlotPolicy.values()) {
            fx.run(() -> {
                target.addEventHandler(ActionEvent.ACTION, FxSlots.asyncHandler(cancelled, policy, (event, c) -> {
                    steps.add(policy + " " + event.getSource());
                    return kotlin.Unit.INSTANCE;
                }));
                Event.fireEvent(target, new ActionEvent(1, target));
                Event.fireEvent(target, new ActionEvent(2, target));
            });
        }
        fx.run(() -> { }); // after every dispatched start (FIFO): each was cancelled before its first step
        assertEquals(List.of(), steps);
    }
}
