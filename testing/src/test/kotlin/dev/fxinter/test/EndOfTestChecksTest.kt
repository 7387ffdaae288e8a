package dev.fxinter.test

import javafx.application.Platform
import javafx.scene.Scene
import javafx.scene.control.Alert
import javafx.scene.control.ButtonType
import javafx.scene.layout.StackPane
import javafx.stage.Stage
import javafx.stage.Window
import kotlinx.coroutines.CoroutineName
import kotlinx.coroutines.awaitCancellation
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
    fun `active coroutines are cancelled and listed by name`() {
        val failure = failureOf(LeavesCoroutine::class.java)
        assertTrue(failure.message!!.contains("still active"), failure.message)
        assertTrue(failure.message!!.contains("\"poller\""), failure.message)
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
            fx.awaitIdle()
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
