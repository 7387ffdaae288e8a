package dev.fxinter.interop.internal;

import dev.fxinter.interop.FxThread;
import kotlinx.coroutines.CoroutineScope;
import kotlinx.coroutines.CoroutineStart;
import kotlinx.coroutines.Job;

/**
 * The start mode of fxinter's eager coroutines: run on the caller's stack when the caller is
 * the FX thread and the scope is active, otherwise dispatch (never run on a foreign thread, and
 * never run a step in a cancelled scope).
 *
 * <p><b>Why the scope matters.</b> kotlinx's {@code UNDISPATCHED} runs the block's first step
 * even when the parent Job is already cancelled (by design). {@code DEFAULT} does not: a
 * coroutine started so in a cancelled scope is cancelled before its first step, and its Job
 * (or future) completes cancelled. So eager start is chosen only while the scope's Job is
 * active (or the scope has no Job, as {@code GlobalScope}).
 *
 * <p><b>What holds under concurrency.</b> Every caller of this class is on the FX thread when it
 * starts eagerly, so a cancellation made on the FX thread (a view closing, a handler cancelling
 * its scope) is either before the check, and no step runs, or after the start. A cancellation
 * from another thread in the instant between the check and the start may still see the first
 * step run; the coroutine then observes the cancellation at its first suspension, as any
 * coroutine cancelled while it runs.
 */
public final class EagerStart {
    private EagerStart() {}

    /**
     * {@code UNDISPATCHED} on the FX thread while {@code scope} is active, {@code DEFAULT} otherwise.
     *
     * @param scope the scope the coroutine will be a child of
     * @return the start mode for a coroutine on {@code FxDispatcher.main()} started by the caller
     */
    public static CoroutineStart forCaller(CoroutineScope scope) {
        Job job = scope.getCoroutineContext().get(Job.Key);
        boolean active = job == null || job.isActive();
        return active && FxThread.isFxThread() ? CoroutineStart.UNDISPATCHED : CoroutineStart.DEFAULT;
    }
}
