package dev.fxinter.interop;

import org.jspecify.annotations.Nullable;
import dev.fxinter.dispatcher.FxDispatcher;
import dev.fxinter.dispatcher.SuspendBlock;
import dev.fxinter.interop.internal.CoroutineWorker;
import dev.fxinter.interop.internal.EagerStart;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javafx.concurrent.Worker;
import kotlin.Unit;
import kotlin.coroutines.Continuation;
import kotlin.jvm.functions.Function2;
import kotlinx.coroutines.BuildersKt;
import kotlinx.coroutines.CoroutineScope;
import kotlinx.coroutines.Job;
import kotlinx.coroutines.future.FutureKt;

/**
 * Eager start: coroutines on the FX thread that begin running on the caller's stack, the way a
 * Qt slot or a JavaFX handler would, and only hand the rest to the dispatcher once they suspend;
 * and Workers ({@link #worker}): background work as a {@code javafx.concurrent.Worker} for
 * progress bars and cancel buttons.
 *
 * <p>On the FX thread {@link #runTask} and {@link #future} start the block with {@code CoroutineStart.UNDISPATCHED}:
 * it runs before the call returns, up to its first suspension, ahead of anything already queued
 * on {@code Dispatchers.Main}. Off the FX thread the block is dispatched to
 * {@link FxDispatcher#main()} and never runs on the caller. Either way its later steps run on the
 * FX thread, and it is a child of the given scope.
 */
public final class FxTasks {
    private FxTasks() {}

    /**
     * Starts {@code block} as a child of {@code scope} on {@link FxDispatcher#main()}, eagerly on
     * the FX thread (see the class comment).
     *
     * @param scope the parent scope; its exception handler sees the block's failure
     * @param block the suspend block
     * @return the coroutine's Job
     */
    public static Job runTask(CoroutineScope scope, SuspendBlock<?> block) {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(block, "block");
        return BuildersKt.launch(scope, FxDispatcher.main(), EagerStart.forCaller(scope), asUnitBlock(block));
    }

    /**
     * Starts {@code block} like {@link #runTask} and returns its result as a future that completes
     * on the FX thread. Cancelling the future cancels the coroutine (its {@code finally} blocks
     * run on the FX thread); cancelling the coroutine, or its scope, cancels the future.
     *
     * @param scope the parent scope
     * @param block the suspend block
     * @param <T> the block's result
     * @return the block's result, or its exception
     */
    public static <T extends @Nullable Object> CompletableFuture<T> future(CoroutineScope scope, SuspendBlock<T> block) {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(block, "block");
        return FutureKt.future(scope, FxDispatcher.main(), EagerStart.forCaller(scope), block);
    }

    // Workers: progress bars and cancel buttons for work run as a coroutine.

    /**
     * A {@link Worker} for progress bars and cancel buttons, run as a coroutine: {@code work}
     * runs on {@code Dispatchers.IO} in a child coroutine of {@code scope}, started at once, and
     * reports through {@link WorkerProgress} from its own thread.
     *
     * <p>The Worker follows {@code javafx.concurrent.Task}'s rules, all its properties changing
     * on the FX thread only: {@code state} goes READY, SCHEDULED (at once when called on the FX
     * thread), RUNNING, then SUCCEEDED ({@code value} set just before), FAILED ({@code exception}
     * set just before) or CANCELLED; {@code running} is true while SCHEDULED or RUNNING;
     * {@code progress}, {@code workDone} and {@code totalWork} start at -1 (indeterminate), and
     * {@code message} and {@code title} at {@code ""}. Reports are coalesced: at most one FX
     * update is pending, and it applies the latest values, so a loop that reports a million times
     * costs the FX thread a handful of updates.
     *
     * <p>{@link Worker#cancel()} cancels the coroutine and interrupts {@code work}; on the FX
     * thread the state is CANCELLED when it returns. Cancelling {@code scope} moves the Worker to
     * CANCELLED once the work has stopped.
     *
     * <p>A failure of {@code work} sets {@code exception} and FAILED and goes nowhere else: it
     * neither cancels {@code scope} nor reaches its exception handler (as a {@code Task}'s failure
     * stays in the Task). To have it reported too, use
     * {@link #worker(CoroutineScope, WorkerFailure, BlockingWork)} with {@link WorkerFailure#REPORT}.
     *
     * @param scope the parent scope; cancelling it cancels the Worker
     * @param work the blocking work
     * @param <T> the work's result
     * @return the Worker, already started
     */
    public static <T extends @Nullable Object> Worker<T> worker(CoroutineScope scope, BlockingWork<T> work) {
        return worker(scope, WorkerFailure.KEEP, work);
    }

    /**
     * {@link #worker(CoroutineScope, BlockingWork)}, choosing where a failure goes besides the
     * Worker: with {@link WorkerFailure#REPORT} it also reaches {@code scope}'s
     * {@code CoroutineExceptionHandler} (still without cancelling {@code scope}).
     *
     * @param scope the parent scope; cancelling it cancels the Worker
     * @param failure where a failure goes besides the Worker
     * @param work the blocking work
     * @param <T> the work's result
     * @return the Worker, already started
     */
    public static <T extends @Nullable Object> Worker<T> worker(CoroutineScope scope, WorkerFailure failure, BlockingWork<T> work) {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(failure, "failure");
        Objects.requireNonNull(work, "work");
        return CoroutineWorker.blocking(scope, failure, work);
    }

    /** The same block, typed as {@code launch} wants it: its result is ignored. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Function2<CoroutineScope, Continuation<? super Unit>, Object> asUnitBlock(Function2 block) {
        return block;
    }
}
