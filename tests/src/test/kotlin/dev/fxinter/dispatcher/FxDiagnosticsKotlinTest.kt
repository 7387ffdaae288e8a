package dev.fxinter.dispatcher

import dev.fxinter.dispatcher.internal.SlowTaskWatch
import dev.fxinter.test.FxTest
import dev.fxinter.test.FxTester
import dev.fxinter.test.RealTime
import java.util.concurrent.CompletableFuture
import java.util.concurrent.TimeUnit
import kotlin.time.Duration.Companion.milliseconds
import kotlin.time.toJavaDuration
import kotlinx.coroutines.CoroutineName
import kotlinx.coroutines.ExperimentalCoroutinesApi
import kotlinx.coroutines.async
import kotlinx.coroutines.yield
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test

/**
 * Slow coroutines as a Kotlin user meets them: named, resumed, and found by their location. On
 * the real clock: the detector samples the FX thread in wall time.
 */
@FxTest
@RealTime
class FxDiagnosticsKotlinTest {
    /** Deliberately slow: holds the FX thread until the detector has sampled it (bounded: a hang guard). */
    private fun loadSlowly(): Boolean = SlowTaskWatch.awaitSampled(HangGuard.TIMEOUT)

    @OptIn(ExperimentalCoroutinesApi::class)
    @Test
    fun `a slow resumed coroutine is reported with its name, where it resumed, and its stack`(fx: FxTester) {
        val report = CompletableFuture<SlowTask>()
        // registered before the coroutine's first dispatch: every task queued after it is watched;
        // the coroutine's first task can be slow too on a loaded machine (classes loading), and be
        // reported, with or without a stack; the report wanted is the one sampled in loadSlowly
        FxDiagnostics.onSlowTask(50.milliseconds.toJavaDuration()) {
            if (it.stack.any { frame -> frame.methodName == "loadSlowly" }) report.complete(it)
        }.use {
            val sampled = fx.scope().async(CoroutineName("catalog-loader")) {
                yield() // the task reported is this coroutine's resumption after here
                loadSlowly()
            }
            fx.awaitUntil("the slow coroutine to end") { sampled.isCompleted }
            assertTrue(sampled.getCompleted())
            val slow = report.get(HangGuard.TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
            assertEquals("catalog-loader", slow.coroutineName)
            assertTrue(slow.task.startsWith("Continuation at ") && "FxDiagnosticsKotlinTest.kt" in slow.task,
                    slow.task)
        }
    }
}
