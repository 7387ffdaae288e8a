package dev.fxinter.interop.internal;

import dev.fxinter.interop.FxThread;
import kotlinx.coroutines.CoroutineStart;

/**
 * The start mode of fxinter's eager coroutines: run on the caller's stack when the caller is
 * the FX thread, otherwise dispatch to it (never run on a foreign thread).
 */
public final class EagerStart {
    private EagerStart() {}

    /**
     * {@code UNDISPATCHED} on the FX thread, {@code DEFAULT} elsewhere.
     *
     * @return the start mode for a coroutine on {@code FxDispatcher.main()} started by the caller
     */
    public static CoroutineStart forCaller() {
        return FxThread.isFxThread() ? CoroutineStart.UNDISPATCHED : CoroutineStart.DEFAULT;
    }
}
