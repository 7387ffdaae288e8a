package dev.fxinter.dispatcher

import dev.fxinter.dispatcher.internal.SlowTaskWatch
import kotlin.time.Duration.Companion.milliseconds
import kotlin.time.toJavaDuration
import kotlinx.coroutines.CompletableDeferred
import kotlinx.coroutines.CoroutineName
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.runBlocking
import kotlinx.coroutines.withContext
import kotlinx.coroutines.withTimeout
import kotlinx.coroutines.yield
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.BeforeEach
import org.junit.jupiter.api.Test

/** Slow coroutines as a Kotlin user meets them: named, resumed, and found by their location. */
class FxDiagnosticsKotlinTest {
    @BeforeEach
    fun openLoop() {
        FxTestLoop.open()
    }

    /** Deliberately slow: holds the FX thread until the detector has sampled it. */
    private fun loadSlowly(): Boolean = SlowTaskWatch.awaitSampled(FxTestLoop.HANG_GUARD)

    @Test
    fun `a slow resumed coroutine is reported with its name, where it resumed, and its stack`() = runBlocking {
        val report = CompletableDeferred<SlowTask>()
        FxDiagnostics.onSlowTask(50.milliseconds.toJavaDuration()) { report.complete(it) }.use {
            withTimeout(FxTestLoop.HANG_GUARD.toMillis()) {
                val sampled = withContext(Dispatchers.Main + CoroutineName("catalog-loader")) {
                    yield() // the task reported is this coroutine's resumption after here
                    loadSlowly()
                }
                assertTrue(sampled)
                val slow = report.await()
                assertEquals("catalog-loader", slow.coroutineName)
                assertTrue(slow.task.startsWith("Continuation at ") && "FxDiagnosticsKotlinTest.kt" in slow.task,
                        slow.task)
                assertTrue(slow.stack.any { it.methodName == "loadSlowly" }, slow.stack.toString())
            }
        }
    }
}
