package dev.fxinter.dispatcher;

import dev.fxinter.dispatcher.internal.DrainQueue;
import dev.fxinter.dispatcher.internal.TimerHeap;
import dev.fxinter.dispatcher.internal.ToolkitWatch;
import java.util.Objects;
import kotlin.Unit;
import kotlin.coroutines.Continuation;
import kotlin.coroutines.CoroutineContext;
import kotlinx.coroutines.CancellableContinuation;
import kotlinx.coroutines.Delay;
import kotlinx.coroutines.DisposableHandle;
import kotlinx.coroutines.MainCoroutineDispatcher;

/**
 * The coroutine dispatcher of the JavaFX Application Thread: {@code Dispatchers.Main} whenever
 * fxinter is on the class path or module path.
 *
 * <p>Both instances, {@link #main()} and its {@link #getImmediate() immediate} variant, feed one
 * FIFO queue that is drained on the FX thread in batches, a few {@code Platform.runLater}
 * calls for any number of tasks. {@code main()} always dispatches; the immediate variant runs
 * inline when already on the FX thread. Delays use fxinter's own timer thread, never a
 * {@code Timeline} or the animation pulse: a resumed {@code delay} runs from the queue, outside
 * any pulse, so {@code showAndWait()} right after it is legal.
 *
 * <p>Dispatching never throws. With no toolkit ever started, the coroutine is cancelled with an
 * {@code IllegalStateException} cause saying to open an {@link FxLoop}; after the toolkit has
 * exited, it is cancelled and finishes on a cleanup thread ({@link LoopMode#NATIVE}).
 *
 * <p>Touching this class starts nothing: no toolkit, no thread.
 */
public final class FxDispatcher extends MainCoroutineDispatcher implements Delay {
    private static final FxDispatcher MAIN = new FxDispatcher(false);
    private static final FxDispatcher IMMEDIATE = new FxDispatcher(true);

    private final boolean immediate;

    private FxDispatcher(boolean immediate) {
        this.immediate = immediate;
    }

    /**
     * The dispatcher of the JavaFX Application Thread; {@code Dispatchers.Main} is this instance.
     *
     * @return the one main dispatcher
     */
    public static FxDispatcher main() {
        return MAIN;
    }

    /**
     * The same queue, but {@link #isDispatchNeeded} is false on the FX thread:
     * {@code Dispatchers.Main.immediate}.
     *
     * @return the immediate dispatcher; its own immediate variant is itself
     */
    @Override
    public FxDispatcher getImmediate() {
        return IMMEDIATE;
    }

    /**
     * Always true for {@link #main()}; for the immediate variant, false exactly on the FX thread.
     */
    @Override
    public boolean isDispatchNeeded(CoroutineContext context) {
        return !immediate || !ToolkitWatch.onFxThread();
    }

    /** Queues {@code block} to run on the FX thread, in FIFO order with every other dispatch. */
    @Override
    public void dispatch(CoroutineContext context, Runnable block) {
        DrainQueue.dispatch(
                Objects.requireNonNull(context, "context"), Objects.requireNonNull(block, "block"));
    }

    /** Resumes {@code continuation} on the FX thread after {@code timeMillis}; not pulse-bound. */
    @Override
    public void scheduleResumeAfterDelay(long timeMillis, CancellableContinuation<? super Unit> continuation) {
        TimerHeap.current().scheduleResume(timeMillis, Objects.requireNonNull(continuation, "continuation"));
    }

    /** Runs {@code block} on fxinter's timer thread after {@code timeMillis}; needs no FX thread. */
    @Override
    public DisposableHandle invokeOnTimeout(long timeMillis, Runnable block, CoroutineContext context) {
        return TimerHeap.current().scheduleTimeout(timeMillis,
                Objects.requireNonNull(block, "block"), Objects.requireNonNull(context, "context"));
    }

    /** Kotlin's {@code Delay.delay}, implemented for Java subclasses through its default. */
    @Override
    @Deprecated
    public Object delay(long time, Continuation<? super Unit> continuation) {
        return Delay.DefaultImpls.delay(this, time, continuation);
    }

    /** {@code "Dispatchers.Main"} or {@code "Dispatchers.Main.immediate"}. */
    @Override
    public String toString() {
        return immediate ? "Dispatchers.Main.immediate" : "Dispatchers.Main";
    }
}
