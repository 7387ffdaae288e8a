package dev.fxinter.interop.internal;

import dev.fxinter.dispatcher.FxDispatcher;
import dev.fxinter.interop.SlotPolicy;
import java.util.ArrayDeque;
import javafx.event.Event;
import javafx.event.EventHandler;
import kotlin.Unit;
import kotlin.coroutines.Continuation;
import kotlin.jvm.functions.Function3;
import kotlinx.coroutines.BuildersKt;
import kotlinx.coroutines.CoroutineScope;
import kotlinx.coroutines.CoroutineStart;
import kotlinx.coroutines.Job;

/**
 * The event handler behind {@code FxSlots.asyncHandler} (and Kotlin's
 * {@code CoroutineScope.asyncHandler}): starts a suspending handler as a child
 * coroutine of a scope for each event, eagerly ({@code CoroutineStart.UNDISPATCHED} on
 * {@code FxDispatcher.main()}), and applies a {@link SlotPolicy} to events that arrive while an
 * earlier one's coroutine runs.
 *
 * <p><b>Threads.</b> {@link #handle} runs on the FX thread (JavaFX dispatches events there),
 * and so does every read and write of the policy state ({@link #current}, {@link #generation},
 * {@link #running}, {@link #waiting}): a handler coroutine's completion, which may happen on
 * another thread (a child running elsewhere finishes last), hops to the FX thread through
 * {@link OnFxThread} before it touches that state.
 *
 * <p><b>Invariants.</b> CANCEL_PREVIOUS: {@code current} is the coroutine of the latest event, or
 * null; every earlier one has been cancelled, also when a handler's eager step fires the next
 * event re-entrantly. IGNORE_WHILE_RUNNING and QUEUE: {@code running} is true from the start of
 * a handler coroutine until its completion has been seen on the FX thread; QUEUE starts the
 * events in {@code waiting} one at a time, in arrival order, each after the previous completed.
 *
 * @param <E> the event class
 */
public final class AsyncEventHandler<E extends Event> implements EventHandler<E> {
    private final CoroutineScope scope;
    private final SlotPolicy policy;
    /** The handler's body: (the handler coroutine's scope, the event, its continuation). */
    private final Function3<CoroutineScope, E, Continuation<? super Unit>, Object> handler;

    /** FX thread only (CANCEL_PREVIOUS): the latest event's coroutine. */
    private Job current;
    /** FX thread only (CANCEL_PREVIOUS): counts events, to spot a newer one arriving re-entrantly. */
    private long generation;
    /** FX thread only (IGNORE_WHILE_RUNNING, QUEUE): a handler coroutine has not completed yet. */
    private boolean running;
    /** FX thread only (QUEUE): events waiting for their turn, in arrival order. */
    private final ArrayDeque<E> waiting = new ArrayDeque<>();

    /**
     * @param scope the parent scope of the handler coroutines
     * @param policy what to do with events that arrive while a handler coroutine runs
     * @param handler the suspending handler's body: given the handler coroutine's scope, the event and
     *     the coroutine's continuation, it returns a value or {@code COROUTINE_SUSPENDED}
     */
    public AsyncEventHandler(CoroutineScope scope, SlotPolicy policy,
            Function3<CoroutineScope, E, Continuation<? super Unit>, Object> handler) {
        this.scope = scope;
        this.policy = policy;
        this.handler = handler;
    }

    @Override
    public void handle(E event) {
        switch (policy) {
            case CONCURRENT -> start(event, EagerStart.forCaller(scope));
            case CANCEL_PREVIOUS -> startLatest(event);
            case IGNORE_WHILE_RUNNING -> {
                if (!running) {
                    startExclusive(event, EagerStart.forCaller(scope));
                }
            }
            case QUEUE -> {
                if (running) {
                    waiting.add(event);
                } else {
                    startExclusive(event, EagerStart.forCaller(scope));
                }
            }
        }
    }

    private Job start(E event, CoroutineStart start) {
        return BuildersKt.launch(scope, FxDispatcher.main(), start,
                (coroutine, continuation) -> handler.invoke(coroutine, event, continuation));
    }

    private void startLatest(E event) {
        long mine = ++generation;
        Job previous = current;
        current = null;
        if (previous != null) {
            previous.cancel(null);
        }
        Job job = start(event, EagerStart.forCaller(scope));
        if (generation == mine) {
            current = job;
        } else {
            job.cancel(null); // a newer event arrived while this one's eager step ran
        }
    }

    private void startExclusive(E event, CoroutineStart start) {
        running = true;
        start(event, start).invokeOnCompletion(cause -> {
            OnFxThread.run(this::finished, rejected -> { });
            return Unit.INSTANCE;
        });
    }

    private void finished() {
        running = false;
        if (policy == SlotPolicy.QUEUE) {
            E next = waiting.poll();
            if (next != null) {
                // Dispatched, not eager: its event is long gone, and a chain of handlers that
                // complete at once must not recurse through each other's completions.
                startExclusive(next, CoroutineStart.DEFAULT);
            }
        }
    }
}
