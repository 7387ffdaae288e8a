package dev.fxinter.samples

import dev.fxinter.interop.awaitEvent
import javafx.scene.Scene
import javafx.stage.Stage
import javafx.stage.WindowEvent
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.SupervisorJob
import kotlinx.coroutines.coroutineScope
import kotlinx.coroutines.job
import kotlinx.coroutines.withContext
import java.nio.file.Path
import java.util.function.Consumer

/**
 * Opens the catalog window for the length of one use. The view's own coroutines (collectors that
 * never end by themselves) run under a job that is cancelled when the use ends: a suspend main
 * (`FxLoop.run`, like `runBlocking`) waits for all its children, so they must not outlive it.
 */
object CatalogWindow {
    /**
     * Shows the window, runs [use], then cancels the view's coroutines and closes the window.
     * Callable from any dispatcher: it builds the UI on `Dispatchers.Main` (the FX thread).
     */
    suspend fun <T> open(title: String, use: suspend (CatalogView, Stage) -> T): T = withContext(Dispatchers.Main) {
        coroutineScope { openHere(title, use) }
    }

    private suspend fun <T> CoroutineScope.openHere(title: String, use: suspend (CatalogView, Stage) -> T): T {
        val viewJob = SupervisorJob(coroutineContext.job)
        val view = CatalogView(CatalogPresenter(), CoroutineScope(coroutineContext + viewJob))
        val stage = Stage()
        stage.title = title
        stage.scene = Scene(view.root(), 520.0, 560.0)
        stage.show()
        try {
            return use(view, stage)
        } finally {
            viewJob.cancel()
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
