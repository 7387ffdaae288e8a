package dev.fxinter.interop;

import dev.fxinter.dispatcher.FxDispatcher;
import kotlinx.coroutines.CoroutineScope;
import kotlinx.coroutines.CoroutineScopeKt;
import kotlinx.coroutines.SupervisorKt;

/** Test fixture: a scope ({@code SupervisorJob + FxDispatcher.main()}) that is already cancelled. */
final class CancelledScope {
    private CancelledScope() {}

    /** A fresh scope, cancelled before it is returned. */
    static CoroutineScope create() {
        CoroutineScope scope = CoroutineScopeKt.CoroutineScope(
                SupervisorKt.SupervisorJob(null).plus(FxDispatcher.main()));
        CoroutineScopeKt.cancel(scope, null);
        return scope;
    }
}
