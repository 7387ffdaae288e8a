package dev.fxinter.samples

import dev.fxinter.interop.awaitEvent
import dev.fxinter.interop.repeatWhileShowing
import javafx.scene.Scene
import javafx.stage.Stage
import javafx.stage.WindowEvent
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.awaitCancellation
import kotlinx.coroutines.coroutineScope
import kotlinx.coroutines.launch
import kotlinx.coroutines.withContext
import java.nio.file.Path
import java.util.function.Consumer

/**
 * Opens the catalog window for the length of one use. The view is wired while the window shows
 * (`repeatWhileShowing`): hiding the window cancels the view's coroutines (collectors that never
 * end by themselves, a running export) and removes its handlers; showing it again wires it anew.
 */
object CatalogWindow {
    /**
     * Shows the window, runs [use], then stops following the view and closes the window.
     * Callable from any dispatcher: it builds the UI on `Dispatchers.Main` (the FX thread).
     */
    suspend fun <T> open(title: String, use: suspend (CatalogView, Stage) -> T): T = withContext(Dispatchers.Main) {
        coroutineScope { openHere(title, use) }
    }

    private suspend fun <T> CoroutineScope.openHere(title: String, use: suspend (CatalogView, Stage) -> T): T {
        val view = CatalogView(CatalogPresenter())
        val stage = Stage()
        stage.title = title
        stage.scene = Scene(view.root(), 520.0, 560.0)
        // A child of this use: wired each time the view shows, unwired each time it hides.
        val wiring = launch {
            view.root().repeatWhileShowing {
                val unwire = view.wire(this)
                try {
                    awaitCancellation()
                } finally {
                    unwire.run()
                }
            }
        }
        stage.show()
        try {
            return use(view, stage)
        } finally {
            wiring.cancel()
            stage.close()
        }
    }

    /** Plays the scripted session in the window (headless or not) and returns what it saw. */
    @JvmStatic
    suspend fun scripted(log: Consumer<String>, screenshots: Path?): ScriptedSession.Outcome =
        open("fxinter catalog") { view, stage -> ScriptedSession(view, stage, log, screenshots).play() }

    /** Lets a person use the window; returns when they close it. */
    @JvmStatic
    suspend fun interactive() {
        open("fxinter catalog") { _, stage -> stage.awaitEvent(WindowEvent.WINDOW_HIDDEN) }
    }
}
