package dev.fxinter.samples

import dev.fxinter.interop.asFlow
import dev.fxinter.interop.awaitValue
import dev.fxinter.interop.contents
import javafx.application.Platform
import javafx.concurrent.Worker
import javafx.event.Event
import javafx.scene.control.Button
import javafx.scene.control.ButtonType
import javafx.scene.control.DialogPane
import javafx.scene.input.KeyCode
import javafx.scene.input.KeyEvent
import javafx.stage.Stage
import javafx.stage.Window
import kotlinx.coroutines.async
import kotlinx.coroutines.coroutineScope
import kotlinx.coroutines.flow.first
import kotlinx.coroutines.withTimeout
import kotlinx.coroutines.yield
import java.awt.image.BufferedImage
import java.nio.file.Files
import java.nio.file.Path
import java.util.function.Consumer
import javax.imageio.ImageIO

/**
 * Plays a scripted session against a [CatalogView] on the FX thread, the way a person would:
 * types, waits for results, selects, starts the export, answers its dialog, resumes, cancels,
 * hides and shows the window and searches again.
 * Every wait is on a signal of the UI (no sleeps); the log says what happened and when.
 */
class ScriptedSession(
    private val view: CatalogView,
    private val stage: Stage,
    private val log: Consumer<String>,
    private val screenshots: Path?,
) {
    private val start = System.nanoTime()

    private fun say(what: String) = log.accept("%8.1f ms  %s".format((System.nanoTime() - start) / 1e6, what))

    /** What the session saw, for the log and for tests. */
    data class Outcome(
        val results: List<String>,
        val recent: List<String>,
        val details: String,
        val dialogAnswer: String,
        val pausedStatus: String,
        val finalStatus: String,
        val finalProgress: Double,
        val exportState: Worker.State?,
        val statusWhileHidden: String,
        val statusAfterShow: String,
        val resultsAfterShow: List<String>,
    )

    /** Plays the session; returns what it saw. */
    suspend fun play(): Outcome = withTimeout(SESSION_TIMEOUT_MS) {
        say("window shown: ${stage.title}")
        view.wired.awaitValue { it } // wired by repeatWhileShowing once the window shows
        // The view started coroutines while it was built (e.g. the debounced key-event Flow,
        // whose operator collects upstream in a child coroutine): one turn of the FIFO queue
        // lets them all subscribe before the first keystroke. (A person cannot type faster.)
        yield()

        // Search as you type: two quick keystrokes; the first search is cancelled by the second.
        type("f")
        type("fx")
        view.results.items.contents()
            .first { items -> items.isNotEmpty() && items.all { it.contains("fx", ignoreCase = true) } }
        // The slower search for 'f' was cancelled, or it finished last and replaced the results:
        // once no search is in flight, the list shows who won.
        view.presenter.searching.first { it == 0 }
        val results = view.results.items.toList()
        say("typed 'f', 'fx': results $results (the search for 'f' was cancelled: latest wins)")

        val recent = view.recent.items.contents().first { "fx" in it }
        say("typing paused: recent searches $recent (a debounced Flow of key events)")

        val item = results.first()
        view.results.selectionModel.select(item)
        val details = view.details.textProperty().awaitValue { it.startsWith("$item:") }
        say("selected '$item': details loaded by a Kotlin suspend fun via FxTasks.future: \"$details\"")
        screenshot("1-search")

        // Export: a modal confirmation from inside a coroutine; answer it like a person would.
        val answered = coroutineScope {
            val answer = async { answerConfirmation(ButtonType.OK) }
            view.export.fire()
            say("clicked Export…: the export coroutine asks for confirmation with FxModal.showAndWait")
            answer.await()
        }
        say("answered the dialog with $answered; other coroutines kept running during showAndWait")

        val paused = view.status.textProperty().awaitValue { it.startsWith("Paused") }
        say("status: \"$paused\" (the export waits for a click)")
        screenshot("2-paused")
        view.resume.fire()
        say("clicked Resume")

        view.progress.progressProperty().asFlow().first { it.toDouble() >= CANCEL_AT }
        view.cancel.fire()
        val cancelled = view.status.textProperty().awaitValue { it.startsWith("Export cancelled") }
        say("clicked Cancel: \"$cancelled\"")
        screenshot("3-cancelled")

        val exportState = view.exportWorker()?.state
        say("the export's Worker: $exportState, progress ${view.progress.progress}")

        // Hide and show the window: while hidden the view's coroutines are cancelled (the status
        // label keeps its text); shown again, it is wired anew and follows the presenter.
        // (Hiding the only window would end an app started by Application.launch: not now.)
        val implicitExit = Platform.isImplicitExit()
        Platform.setImplicitExit(false)
        val whileHidden = try {
            stage.hide()
            view.presenter.search("flow")
            view.status.text.also {
                say("window hidden; the presenter searched meanwhile (\"${view.presenter.status.value}\"): the label still says \"$it\"")
                stage.show()
            }
        } finally {
            Platform.setImplicitExit(implicitExit)
        }
        val afterShow = view.status.textProperty().awaitValue { it == view.presenter.status.value }
        say("window shown again: the label follows the presenter: \"$afterShow\"")
        type("flow")
        val resultsAfterShow = view.results.items.contents().first { items -> items.isNotEmpty() && items.all { it.contains("flow", ignoreCase = true) } }
        say("typed 'flow' after showing again: results $resultsAfterShow")

        Outcome(results, recent, details, answered, paused, cancelled, view.progress.progress, exportState,
            whileHidden, afterShow, resultsAfterShow)
    }

    private fun type(text: String) {
        view.query.text = text
        view.query.positionCaret(text.length)
        val last = text.last().toString()
        Event.fireEvent(view.query, KeyEvent(KeyEvent.KEY_RELEASED, last, last, KeyCode.getKeyCode(last.uppercase()) ?: KeyCode.UNDEFINED, false, false, false, false))
    }

    /** Waits for the export dialog to show, then clicks [button] in it. */
    private suspend fun answerConfirmation(button: ButtonType): String {
        val window = Window.getWindows().contents()
            .first { windows -> windows.any { it.scene?.root is DialogPane } }
            .first { it.scene?.root is DialogPane }
        val pane = window.scene.root as DialogPane
        say("dialog showing: \"${pane.headerText}\"")
        screenshot("dialog", window)
        (pane.lookupButton(button) as Button).fire()
        return button.text
    }

    private fun screenshot(name: String, window: Window = stage) {
        val dir = screenshots ?: return
        val image = window.scene.snapshot(null)
        val width = image.width.toInt()
        val height = image.height.toInt()
        val picture = BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB)
        val pixels = image.pixelReader
        for (y in 0 until height) for (x in 0 until width) picture.setRGB(x, y, pixels.getArgb(x, y))
        Files.createDirectories(dir)
        val file = dir.resolve("catalog-$name.png")
        ImageIO.write(picture, "png", file.toFile())
        say("screenshot $file")
    }

    companion object {
        const val SESSION_TIMEOUT_MS = 60_000L
        const val CANCEL_AT = 0.75
    }
}
