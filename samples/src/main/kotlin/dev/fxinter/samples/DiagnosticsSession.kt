@file:JvmName("DiagnosticsSession")

package dev.fxinter.samples

import javafx.event.ActionEvent
import javafx.scene.control.Button
import kotlinx.coroutines.CoroutineName
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.future.await
import kotlinx.coroutines.withContext
import kotlinx.coroutines.withTimeout
import kotlinx.coroutines.yield
import java.nio.file.Path
import java.util.function.Consumer

/**
 * The scripted session with `--diagnostics`: the usual session with slow tasks and hangs logged,
 * then one deliberately slow click handler, and the report that names it.
 */
suspend fun scriptedWithDiagnostics(log: Consumer<String>, screenshots: Path?): ScriptedSession.Outcome =
    DiagnosticsLog(log).use { diagnostics ->
        val outcome = CatalogWindow.scripted(log, screenshots)
        val refresh = Button("Refresh everything")
        refresh.setOnAction { recomputeEverythingOnTheFxThread() }
        log.accept("clicking a button whose handler computes for ${SLOW_HANDLER_MS} ms on the FX thread")
        withContext(Dispatchers.Main + CoroutineName(SLOW_COROUTINE)) {
            yield() // from here on, this coroutine's own task of the queue runs the click
            refresh.fire()
        }
        withTimeout(ScriptedSession.SESSION_TIMEOUT_MS) { diagnostics.reportOf(SLOW_COROUTINE).await() }
        outcome
    }

/** The name of the coroutine that clicks the slow button, as the report shows it. */
const val SLOW_COROUTINE = "refresh-click"

/** How long the deliberately slow handler keeps the FX thread busy. */
const val SLOW_HANDLER_MS = 250L

/** The mistake the report should point at: heavy work in an event handler. */
private fun recomputeEverythingOnTheFxThread() {
    val end = System.nanoTime() + SLOW_HANDLER_MS * 1_000_000
    var checksum = 0L
    while (System.nanoTime() < end) {
        checksum = checksum * 31 + System.identityHashCode(ActionEvent())
    }
    if (checksum == 42L) println("unlikely")
}
