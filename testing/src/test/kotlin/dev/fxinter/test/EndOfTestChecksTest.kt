package dev.fxinter.test

import dev.fxinter.dispatcher.FxDispatcher
import dev.fxinter.dispatcher.FxLoop
import dev.fxinter.interop.awaitEvent
import javafx.application.Platform
import javafx.event.ActionEvent
import javafx.scene.control.Button
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.Job
import org.junit.jupiter.api.MethodOrderer
import org.junit.jupiter.api.TestMethodOrder
import javafx.scene.Scene
import javafx.scene.control.Alert
import javafx.scene.control.ButtonType
import javafx.scene.layout.StackPane
import javafx.stage.Stage
import javafx.stage.Window
import kotlinx.coroutines.CoroutineName
import kotlinx.coroutines.awaitCancellation
import kotlinx.coroutines.delay
import kotlinx.coroutines.launch
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.extension.ExtendWith
import org.junit.platform.engine.TestExecutionResult
import org.junit.platform.engine.discovery.DiscoverySelectors.selectClass
import org.junit.platform.testkit.engine.EngineTestKit

/**
 * The end-of-test checks, proven the honest way: each inner test class below misbehaves under
 * the extension, is run through JUnit's EngineTestKit, and its failure message is checked. This
 * outer class does not use the extension (its FX-test lock would make the inner test wait).
 */
class EndOfTestChecksTest {

    private fun failureOf(testClass: Class<*>): Throwable {
        val events = EngineTestKit.engine("junit-jupiter").selectors(selectClass(testClass)).execute()
            .testEvents()
        assertEquals(1, events.failed().count(), "one failed test expected in ${testClass.simpleName}")
        return events.failed().list().single().getPayload(TestExecutionResult::class.java).get().throwable.get()
    }

    @Test
    fun `an exception on the FX thread fails the test that caused it, with its own stack`() {
        val failure = failureOf(ThrowsOnFxThread::class.java)
        assertTrue(failure.message!!.contains("uncaught-exception handler"), failure.message)
        val cause = failure.cause!!
        assertEquals("boom from runLater", cause.message)
        assertTrue(cause.stackTrace.any { it.className.startsWith(ThrowsOnFxThread::class.java.name) },
            "the original stack names the test's lambda")
    }

    @Test
    fun `a failed coroutine of the scope fails the test`() {
        val failure = failureOf(FailingCoroutine::class.java)
        assertEquals("coroutine failed", failure.cause!!.message)
    }

    @Test
    fun `active coroutines are cancelled and listed by name, with where they wait`() {
        val failure = failureOf(LeavesCoroutine::class.java)
        assertTrue(failure.message!!.contains("still active"), failure.message)
        assertTrue(failure.message!!.contains("\"poller\""), failure.message)
        assertTrue(Regex("\"ticker\".*suspended in delay at .*EndOfTestChecksTest\\.kt").containsMatchIn(failure.message!!),
            failure.message)
        assertTrue(Regex("\"clicker\".*suspended in awaitEvent\\(ACTION\\) on Button.*at .*EndOfTestChecksTest\\.kt")
            .containsMatchIn(failure.message!!), failure.message)
        assertTrue(LeavesCoroutine.cancelled, "the coroutine was cancelled")
    }

    @Test
    fun `a dialog left showing fails the test naming its title, and is hidden`() {
        val failure = failureOf(LeavesDialog::class.java)
        assertTrue(failure.message!!.contains("\"Delete everything?\""), failure.message)
        assertEquals(0, LeavesDialog.showingAfter(), "no window of the test is left showing")
    }

    @Test
    fun `a window left showing is hidden without failing the test`() {
        val events = EngineTestKit.engine("junit-jupiter").selectors(selectClass(LeavesWindow::class.java)).execute()
            .testEvents()
        assertEquals(1, events.succeeded().count())
        assertEquals(0, LeavesDialog.showingAfter())
    }

    @Test
    fun `an exception is blamed on the test that caused it, never the next`() {
        val events = EngineTestKit.engine("junit-jupiter").selectors(selectClass(ThrowsThenClean::class.java)).execute()
            .testEvents()
        assertEquals(1, events.failed().count())
        assertEquals(1, events.succeeded().count())
        val failed = events.failed().list().single().testDescriptor.displayName
        assertEquals("a throws(FxTester)", failed)
    }

    @Test
    fun `a listener left installed by a facade fails the test`() {
        val failure = failureOf(LeavesListener::class.java)
        assertTrue(failure.message!!.contains("1 listener(s) or handler(s) added by fxinter's facades"), failure.message)
        LeavesListener.job!!.cancel()
    }

    @Test
    fun `a nested event loop left open fails the test`() {
        val failure = failureOf(LeavesNestedLoop::class.java)
        assertTrue(failure.message!!.contains("nested event loop is still open"), failure.message)
        dev.fxinter.interop.FxThread.callAndWait { Platform.exitNestedEventLoop(LeavesNestedLoop.KEY, null) }
    }

    @Test
    fun `app code may open its own GUEST loop during a test, and the kit closes it after`() {
        val events = EngineTestKit.engine("junit-jupiter").selectors(selectClass(OpensAppLoop::class.java)).execute()
            .testEvents()
        assertEquals(2, events.succeeded().count(), events.failed().list().joinToString { it.toString() })
        assertTrue(OpensAppLoop.loops.all { it.scope().coroutineContext[Job]!!.isCancelled }, "the app's loops were closed")
    }

    @ExtendWith(FxTestExtension::class)
    class OpensAppLoop {
        companion object {
            val loops = java.util.concurrent.CopyOnWriteArrayList<FxLoop>()
        }

        @Test
        fun first(fx: FxTester) {
            loops += fx.call { FxLoop.guest() } // as Application.start would; not closed
        }

        @Test
        fun second(fx: FxTester) {
            loops += fx.call { FxLoop.guest() }
        }
    }

    @ExtendWith(FxTestExtension::class)
    @TestMethodOrder(MethodOrderer.DisplayName::class)
    class ThrowsThenClean {
        @Test
        fun `a throws`(fx: FxTester) {
            fx.run { Platform.runLater { throw IllegalStateException("late") } }
        }

        @Test
        fun `b clean`(fx: FxTester) {
            fx.awaitIdle()
        }
    }

    @ExtendWith(FxTestExtension::class)
    class LeavesListener {
        companion object {
            @Volatile
            var job: Job? = null
        }

        @Test
        fun test(fx: FxTester) {
            job = CoroutineScope(FxDispatcher.main()).launch { Button().awaitEvent(ActionEvent.ACTION) }
            fx.awaitIdle()
        }
    }

    @ExtendWith(FxTestExtension::class)
    class LeavesNestedLoop {
        companion object {
            val KEY = Any()
        }

        @Test
        fun test(fx: FxTester) {
            fx.run { Platform.runLater { Platform.enterNestedEventLoop(KEY) } }
            fx.awaitUntil("the nested loop to run") { Platform.isNestedLoopRunning() }
        }
    }

    @ExtendWith(FxTestExtension::class)
    class ThrowsOnFxThread {
        @Test
        fun test(fx: FxTester) {
            fx.run { Platform.runLater { throw IllegalStateException("boom from runLater") } }
            fx.awaitIdle()
            fx.run { } // a later turn of the FX loop: the runLater task has run
        }
    }

    @ExtendWith(FxTestExtension::class)
    class FailingCoroutine {
        @Test
        fun test(fx: FxTester) {
            fx.scope().launch { throw IllegalArgumentException("coroutine failed") }
        }
    }

    @ExtendWith(FxTestExtension::class)
    class LeavesCoroutine {
        companion object {
            @Volatile
            var cancelled = false
        }

        @Test
        fun test(fx: FxTester) {
            fx.scope().launch(CoroutineName("poller")) {
                try {
                    awaitCancellation()
                } finally {
                    cancelled = true
                }
            }
            fx.scope().launch(CoroutineName("ticker")) {
                while (true) delay(1_000)
            }
            val button = fx.call { Button("never clicked") }
            fx.scope().launch(CoroutineName("clicker")) {
                button.awaitEvent(ActionEvent.ACTION)
            }
            fx.advanceTimeBy(java.time.Duration.ofMillis(1_500))
        }
    }

    @ExtendWith(FxTestExtension::class)
    class LeavesDialog {
        companion object {
            fun showingAfter(): Int = dev.fxinter.interop.FxThread.callAndWait {
                Window.getWindows().count { it.isShowing }
            }
        }

        @Test
        fun test(fx: FxTester) {
            fx.run {
                val alert = Alert(Alert.AlertType.CONFIRMATION, "Sure?", ButtonType.OK, ButtonType.CANCEL)
                alert.title = "Delete everything?"
                alert.show()
            }
        }
    }

    @ExtendWith(FxTestExtension::class)
    class LeavesWindow {
        @Test
        fun test(fx: FxTester) {
            fx.run {
                val stage = Stage()
                stage.scene = Scene(StackPane(), 100.0, 100.0)
                stage.show()
            }
        }
    }
}
