package dev.fxinter.interop

import kotlinx.coroutines.CompletableDeferred
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.awaitCancellation
import kotlinx.coroutines.future.await
import kotlinx.coroutines.withContext
import kotlinx.coroutines.yield
import kotlinx.coroutines.withTimeoutOrNull
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test

/** FxTasks from Kotlin: a Kotlin suspend lambda as the block, and `future.await()`. */
class FxTasksKotlinTest {
    @Test
    fun `runTask on the FX thread runs the Kotlin block up to its first suspension before returning`() = fxTest {
        val order = mutableListOf<String>()
        val job = withContext(Dispatchers.Main) {
            val job = FxTasks.runTask(TestLoop.scope(), suspendBlock {
                order += "before suspending"
                yield() // always suspends (a 1 ms delay may be over before it suspends on a busy machine)
                order += "after suspending"
            })
            order += "returned"
            job
        }
        job.join()
        assertEquals(listOf("before suspending", "returned", "after suspending"), order)
    }

    @Test
    fun `awaiting the future inside withTimeoutOrNull cancels the coroutine and runs its finally block`() = fxTest {
        val finallyRan = CompletableDeferred<Boolean>()
        val started = CompletableDeferred<Unit>()
        val future = FxTasks.future(TestLoop.scope(), suspendBlock<String> {
            try {
                started.complete(Unit)
                awaitCancellation()
            } finally {
                finallyRan.complete(FxThread.isFxThread())
            }
        })
        started.await()
        assertNull(withTimeoutOrNull(20) { future.await() })
        assertTrue(finallyRan.await())
        assertTrue(future.isCancelled)
    }
}
