package dev.fxinter.interop;

import org.jspecify.annotations.Nullable;
import dev.fxinter.dispatcher.FxDispatcher;
import dev.fxinter.interop.internal.Attachment;
import dev.fxinter.interop.internal.EagerStart;
import dev.fxinter.interop.internal.ListenerFlow;
import dev.fxinter.interop.internal.PulseSource;
import dev.fxinter.interop.internal.TaggedMerge;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.event.EventTarget;
import javafx.event.EventType;
import kotlin.Pair;
import kotlin.Unit;
import kotlinx.coroutines.BuildersKt;
import kotlinx.coroutines.CoroutineScope;
import kotlinx.coroutines.GlobalScope;
import kotlinx.coroutines.Job;
import kotlinx.coroutines.channels.Channel;
import kotlinx.coroutines.flow.Flow;
import kotlinx.coroutines.flow.FlowCollector;
import kotlinx.coroutines.flow.FlowKt;
import kotlinx.coroutines.future.FutureKt;

/**
 * JavaFX events and observable values as things to await and to collect: the next event or
 * value as a {@code CompletableFuture}, every event or value as a cold {@code Flow}, several
 * flows merged with tags in firing order, and helpers to use any Flow from Java.
 *
 * <p><b>Listeners.</b> Every listener or handler this class adds is added and removed on the FX
 * thread (a call from another thread hops there), and removed again when its future completes or
 * is cancelled, or when its flow collection ends by any path. Called on the FX thread, the
 * listener is in place before the method (or the collection's first suspension) returns, so an
 * event fired right after, in the same FX task, is seen.
 *
 * <p><b>Futures</b> complete on the thread that fired the event or the change: the FX thread for
 * events and for properties changed there. Kotlin callers await them with
 * {@code future.await()}, which cancels the future, and so removes the listener, when the
 * awaiting coroutine is cancelled.
 */
public final class FxSignals {
    private FxSignals() {}

    /**
     * The next event of {@code type} that reaches {@code target}'s handlers (bubbling phase).
     *
     * @param target the node, scene, window or other target (it must support {@code addEventHandler})
     * @param type the event type; subtypes match too
     * @param <E> the event class
     * @return the event, completed on the FX thread inside the handler
     */
    public static <E extends Event> CompletableFuture<E> next(EventTarget target, EventType<E> type) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(type, "type");
        CompletableFuture<E> result = new CompletableFuture<>();
        EventHandler<E> handler = result::complete;
        return untilDone(result, () -> {
            target.addEventHandler(type, handler);
            return () -> target.removeEventHandler(type, handler);
        });
    }

    /**
     * The next value {@code value} changes to (its change listeners' new value).
     *
     * @param value the observable value
     * @param <T> its type
     * @return the new value, completed on the thread that made the change
     */
    public static <T extends @Nullable Object> CompletableFuture<T> nextValue(ObservableValue<T> value) {
        Objects.requireNonNull(value, "value");
        CompletableFuture<T> result = new CompletableFuture<>();
        ChangeListener<T> listener = (observable, oldValue, newValue) -> result.complete(newValue);
        return untilDone(result, () -> {
            value.addListener(listener);
            return () -> value.removeListener(listener);
        });
    }

    /**
     * The current value of {@code value} if it passes {@code test}, else the first new value
     * that passes. {@code test} runs on the FX thread for the current value, and on the thread
     * that makes each change after that; if it throws, the future fails with that exception.
     *
     * @param value the observable value
     * @param test the condition
     * @param <T> the value's type
     * @return the first value that passes
     */
    public static <T extends @Nullable Object> CompletableFuture<T> valueMatching(ObservableValue<T> value, Predicate<? super T> test) {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(test, "test");
        CompletableFuture<T> result = new CompletableFuture<>();
        ChangeListener<T> listener = (observable, oldValue, newValue) -> {
            try {
                if (test.test(newValue)) {
                    result.complete(newValue);
                }
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        };
        return untilDone(result, () -> {
            T current = value.getValue();
            if (test.test(current)) {
                result.complete(current);
                return () -> { };
            }
            value.addListener(listener);
            return () -> value.removeListener(listener);
        });
    }

    /**
     * Every event of {@code type} that reaches {@code target}'s handlers, as a cold Flow: the
     * handler is added when a collection starts and removed when it ends. No event is dropped
     * unless the collector asks for it ({@code buffer}, {@code conflate}). A collector running
     * on {@code FxDispatcher.main().getImmediate()} receives each event inside the handler, so
     * {@code event.consume()} in the collector stops the event there.
     *
     * <p>{@code consume()} comes too late when the collector is not resumed inside the handler:
     * when it runs on {@code FxDispatcher.main()} (always dispatched), when it is still busy with
     * an earlier event (the event waits in the flow's buffer), or when the event is fired from
     * code that is itself a resumption inside kotlinx's unconfined event loop (a coroutine resumed
     * on the immediate dispatcher fires the event): kotlinx then queues the collector's
     * resumption behind the running one, and the handler returns before the collector sees the
     * event.
     *
     * @param target the node, scene, window or other target
     * @param type the event type; subtypes match too
     * @param <E> the event class
     * @return the events
     */
    public static <E extends Event> Flow<E> events(EventTarget target, EventType<E> type) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(type, "type");
        return new ListenerFlow<E>(Channel.UNLIMITED, sink -> {
            EventHandler<E> handler = sink::accept;
            target.addEventHandler(type, handler);
            return () -> target.removeEventHandler(type, handler);
        });
    }

    /**
     * The current value of {@code value}, then its value after every change, conflated: a slow
     * collector skips to the latest value. Null values pass through.
     *
     * @param value the observable value
     * @param <T> its type
     * @return the values
     */
    public static <T extends @Nullable Object> Flow<T> values(ObservableValue<T> value) {
        Objects.requireNonNull(value, "value");
        return new ListenerFlow<T>(Channel.CONFLATED, sink -> {
            ChangeListener<T> listener = (observable, oldValue, newValue) -> sink.accept(newValue);
            sink.accept(value.getValue());
            value.addListener(listener);
            return () -> value.removeListener(listener);
        });
    }

    /**
     * Every change of {@code value}, with the value before and after; none is dropped.
     *
     * @param value the observable value
     * @param <T> its type
     * @return the changes
     */
    public static <T extends @Nullable Object> Flow<Change<T>> changes(ObservableValue<T> value) {
        Objects.requireNonNull(value, "value");
        return new ListenerFlow<Change<T>>(Channel.UNLIMITED, sink -> {
            ChangeListener<T> listener = (observable, oldValue, newValue) -> sink.accept(new Change<>(oldValue, newValue));
            value.addListener(listener);
            return () -> value.removeListener(listener);
        });
    }

    /**
     * An immutable snapshot of {@code list} now, then after every change, conflated. (A
     * {@code ListChangeListener.Change} is valid only inside its listener, so none is handed out.)
     *
     * @param list the observable list
     * @param <E> its element type
     * @return the snapshots; they may contain nulls, and reject modification
     */
    public static <E extends @Nullable Object> Flow<List<E>> contents(ObservableList<E> list) {
        Objects.requireNonNull(list, "list");
        return new ListenerFlow<List<E>>(Channel.CONFLATED, sink -> {
            ListChangeListener<E> listener = change -> sink.accept(snapshot(list));
            sink.accept(snapshot(list));
            list.addListener(listener);
            return () -> list.removeListener(listener);
        });
    }

    /**
     * The multisignal: the values of all the flows, each tagged with its key. Values fired on the
     * FX thread keep their firing order across sources (which kotlinx's {@code merge} does not
     * guarantee), also for sources derived from this class's flows by synchronous operators
     * ({@code map}, {@code filter}, ...): when the merge is collected on an FX dispatcher, such a
     * source is collected on {@code FxDispatcher.main().getImmediate()}, so each value passes
     * its operators inside the listener that fired it. A conflated source ({@link #values},
     * {@link #contents}) stays conflated inside the merge: its newer value replaces the older one
     * not yet collected. The result completes when every source has, and fails when one fails.
     *
     * @param flowsByTag the sources by tag, in the map's iteration order; copied at the call
     * @param <T> the common value type
     * @return the tagged values
     */
    public static <T extends @Nullable Object> Flow<Tagged<T>> merge(Map<?, ? extends Flow<? extends T>> flowsByTag) {
        Objects.requireNonNull(flowsByTag, "flowsByTag");
        List<Pair<Object, Flow<T>>> sources = new ArrayList<>(flowsByTag.size());
        flowsByTag.forEach((tag, flow) -> sources.add(new Pair<>(Objects.requireNonNull(tag, "flowsByTag key"),
                upcast(Objects.requireNonNull(flow, "flowsByTag value")))));
        return new TaggedMerge<>(sources);
    }

    /**
     * The first element of {@code flow}, collected on the FX thread (eagerly when called there).
     * Cancelling the future cancels the collection; an empty flow fails it with
     * {@code NoSuchElementException}.
     *
     * @param flow the flow
     * @param <T> its element type
     * @return the first element, completed on the FX thread
     */
    public static <T extends @Nullable Object> CompletableFuture<T> first(Flow<? extends T> flow) {
        Objects.requireNonNull(flow, "flow");
        return FutureKt.future(GlobalScope.INSTANCE, FxDispatcher.main(), EagerStart.forCaller(GlobalScope.INSTANCE),
                (scope, continuation) -> FlowKt.first(flow, continuation));
    }

    /**
     * Collects {@code flow} (any Flow: a Kotlin {@code StateFlow}, say) in a child coroutine of
     * {@code scope}, running {@code action} on the FX thread for each element, eagerly started
     * when called on the FX thread.
     *
     * @param scope the parent scope; cancel it, or the Job, to stop collecting
     * @param flow the flow
     * @param action receives each element on the FX thread
     * @param <T> the element type
     * @return the collecting coroutine's Job
     */
    public static <T extends @Nullable Object> Job collect(CoroutineScope scope, Flow<? extends T> flow, Consumer<? super T> action) {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(flow, "flow");
        Objects.requireNonNull(action, "action");
        Flow<T> source = upcast(flow);
        FlowCollector<T> collector = (element, continuation) -> {
            action.accept(element);
            return Unit.INSTANCE;
        };
        return BuildersKt.launch(scope, FxDispatcher.main(), EagerStart.forCaller(scope),
                (coroutine, continuation) -> source.collect(collector, continuation));
    }

    /** Adds a listener until {@code result} completes or is cancelled, then removes it. */
    private static <T> CompletableFuture<T> untilDone(CompletableFuture<T> result, Supplier<Runnable> add) {
        Attachment attachment = Attachment.attach(add, result::completeExceptionally);
        result.whenComplete((value, failure) -> attachment.detach());
        return result;
    }

    private static <E> List<E> snapshot(List<E> list) {
        return Collections.unmodifiableList(new ArrayList<>(list));
    }

    /** A Flow only produces, so a Flow of a subtype is a Flow of the supertype. */
    @SuppressWarnings("unchecked")
    private static <T> Flow<T> upcast(Flow<? extends T> flow) {
        return (Flow<T>) flow;
    }

    // ---- Animation pulses ----------------------------------------------------------------

    /**
     * The {@code now} of the next animation pulse (nanoseconds, as {@code AnimationTimer.handle}
     * receives it). fxinter's one pulse timer runs only while someone waits: it starts when the
     * first waiter arrives and stops when the last one has its pulse or cancels, so awaiting a
     * pulse never leaves an {@code AnimationTimer} running. All waiters of one pulse complete in
     * that pulse, with the same timestamp. Cancelling the future removes the waiter.
     *
     * @return the next pulse's timestamp, completed on the FX thread inside the pulse
     */
    public static CompletableFuture<Long> nextPulse() {
        CompletableFuture<Long> result = new CompletableFuture<>();
        return untilDone(result, () -> PulseSource.add(now -> {
            result.complete(now);
            return false;
        }));
    }

    /**
     * Every animation pulse's {@code now} while collected, as a cold Flow: fxinter's pulse timer
     * runs while at least one collection (or {@link #nextPulse()} waiter) exists, and stops when
     * the last one ends. No pulse is dropped unless the collector asks for it ({@code conflate}).
     *
     * @return the pulse timestamps, in nanoseconds
     */
    public static Flow<Long> pulses() {
        return new ListenerFlow<Long>(Channel.UNLIMITED, sink -> PulseSource.add(now -> {
            sink.accept(now);
            return true;
        }));
    }
}
