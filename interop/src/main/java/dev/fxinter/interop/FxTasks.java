package dev.fxinter.interop;

import org.jspecify.annotations.Nullable;
import dev.fxinter.dispatcher.FxDispatcher;
import dev.fxinter.dispatcher.SuspendBlock;
import dev.fxinter.interop.internal.EagerStart;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import kotlin.Unit;
import kotlin.coroutines.Continuation;
import kotlin.jvm.functions.Function2;
import kotlinx.coroutines.BuildersKt;
import kotlinx.coroutines.CoroutineScope;
import kotlinx.coroutines.Job;
import kotlinx.coroutines.future.FutureKt;

/**
 * Eager start: coroutines on the FX thread that begin running on the caller's stack, the way a
 * Qt slot or a JavaFX handler would, and only hand the rest to the dispatcher once they suspend.
 *
 * <p>On the FX thread both methods start the block with {@code CoroutineStart.UNDISPATCHED}:
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

    /** The same block, typed as {@code launch} wants it: its result is ignored. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Function2<CoroutineScope, Continuation<? super Unit>, Object> asUnitBlock(Function2 block) {
        return block;
    }
}
