package dev.fxinter.interop

import dev.fxinter.dispatcher.SuspendBlock
import dev.fxinter.test.runFxTest
import kotlin.coroutines.Continuation
import kotlin.coroutines.intrinsics.startCoroutineUninterceptedOrReturn
import kotlinx.coroutines.CompletableDeferred
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.awaitCancellation
import kotlinx.coroutines.future.await
import kotlinx.coroutines.withTimeoutOrNull
import kotlinx.coroutines.yield
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test

/**
 * FxTasks from Kotlin: the Java `SuspendBlock` written as a Kotlin SAM lambda and as an object (both
 * start a Kotlin suspend body on the continuation they are given), and `future.await()`.
 */
class FxTasksKotlinTest {
    @Test
    fun `runTask on the FX thread runs the Kotlin block up to its first suspension before returning`() = runFxTest {
        val order = mutableListOf<String>()
        val body: suspend CoroutineScope.() -> Unit = {
            order += "before suspending"
            yield() // always suspends (a 1 ms delay may be over before it suspends on a busy machine)
            order += "after suspending"
        }
        // the SAM lambda a Kotlin caller writes for the Java type, starting a suspend body on its continuation
        val job = FxTasks.runTask(this) { scope, cont -> body.startCoroutineUninterceptedOrReturn(scope, cont) }
        order += "returned" // runFxTest's body runs on the FX thread: runTask started the block eagerly
        job.join()
        assertEquals(listOf("before suspending", "returned", "after suspending"), order)
    }

    @Test
    fun `awaiting the future inside withTimeoutOrNull cancels the coroutine and runs its finally block`() = runFxTest {
        val finallyRan = CompletableDeferred<Boolean>()
        val started = CompletableDeferred<Unit>()
        val body: suspend CoroutineScope.() -> String = {
            try {
                started.complete(Unit)
                awaitCancellation()
            } finally {
                finallyRan.complete(FxThread.isFxThread())
            }
        }
        // the object a Kotlin caller writes for the Java type
        val future = FxTasks.future(this, object : SuspendBlock<String> {
            override fun invoke(p1: CoroutineScope, p2: Continuation<in String>): Any? =
                body.startCoroutineUninterceptedOrReturn(p1, p2)
        })
        started.await()
        assertNull(withTimeoutOrNull(20) { future.await() })
        assertTrue(finallyRan.await())
        assertTrue(future.isCancelled)
    }
}
