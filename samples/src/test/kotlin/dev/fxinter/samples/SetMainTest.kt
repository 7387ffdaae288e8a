package dev.fxinter.samples

import dev.fxinter.dispatcher.FxDispatcher
import dev.fxinter.dispatcher.FxLoop
import javafx.application.Platform
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.ExperimentalCoroutinesApi
import kotlinx.coroutines.delay
import kotlinx.coroutines.runBlocking
import kotlinx.coroutines.test.StandardTestDispatcher
import kotlinx.coroutines.test.resetMain
import kotlinx.coroutines.test.runTest
import kotlinx.coroutines.test.setMain
import kotlinx.coroutines.withContext
import kotlinx.coroutines.withTimeout
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNotSame
import org.junit.jupiter.api.Assertions.assertSame
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test

/**
 * kotlinx-coroutines-test with fxinter present, as an app's tests use it (API.md): its factory
 * outranks ours and wraps it; `setMain`/`resetMain` work as usual, and after `resetMain()`
 * `Dispatchers.Main` is fxinter's dispatcher again. Runs in its own surefire execution
 * (`coroutines-test`), the only one with kotlinx-coroutines-test on the path, because that
 * factory wraps `Dispatchers.Main` for the whole JVM.
 */
@OptIn(ExperimentalCoroutinesApi::class)
class SetMainTest {
    @Test
    fun `setMain replaces Dispatchers Main and resetMain brings fxinter's back`() {
        val loop = FxLoop.owner()
        // wrapped: the test module's dispatcher delegates to ours
        assertSame(FxDispatcher.main().immediate, Dispatchers.Main.immediate)
        runBlocking { withTimeout(HANG_GUARD_MILLIS) {
            withContext(Dispatchers.Main) { assertTrue(Platform.isFxApplicationThread()) }
        } }

        val testDispatcher = StandardTestDispatcher()
        Dispatchers.setMain(testDispatcher)
        try {
            assertNotSame(FxDispatcher.main().immediate, Dispatchers.Main.immediate)
            runTest(testDispatcher) {
                withContext(Dispatchers.Main) {
                    assertFalse(Platform.isFxApplicationThread(), "Main is the test dispatcher now")
                    delay(60_000) // virtual time
                }
                assertEquals(60_000, testScheduler.currentTime)
            }
        } finally {
            Dispatchers.resetMain()
        }

        assertSame(FxDispatcher.main().immediate, Dispatchers.Main.immediate)
        runBlocking { withTimeout(HANG_GUARD_MILLIS) {
            withContext(Dispatchers.Main) { assertTrue(Platform.isFxApplicationThread()) }
        } }
        loop.close()
    }

    private companion object {
        /** Every wait is bounded by this: a hang guard, never a synchronisation. */
        const val HANG_GUARD_MILLIS = 30_000L
    }
}
