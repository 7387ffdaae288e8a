package dev.fxinter.interop;

import dev.fxinter.dispatcher.FxDispatcher;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import kotlinx.coroutines.CoroutineScope;
import kotlinx.coroutines.CoroutineScopeKt;
import kotlinx.coroutines.JobKt;
import kotlinx.coroutines.SupervisorKt;

/**
 * Test fixture: a scope of its own for one test ({@code SupervisorJob + FxDispatcher.main()}) whose
 * exception handler records what reaches it, so a test can assert what did, and that nothing else
 * did.
 */
final class HandledScope {
    /** What reached the scope's exception handler, in order. */
    final List<Throwable> handled = new CopyOnWriteArrayList<>();
    /** The scope. */
    final CoroutineScope scope = CoroutineScopeKt.CoroutineScope(SupervisorKt.SupervisorJob(null)
            .plus(FxDispatcher.main()).plus(new TestExceptionHandler(handled::add)));

    /** Cancels the scope. */
    void cancel() {
        JobKt.cancel(scope.getCoroutineContext(), null);
    }

    /** Whether the scope's Job is still active. */
    boolean isActive() {
        return JobKt.isActive(scope.getCoroutineContext());
    }
}
