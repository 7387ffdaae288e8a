package dev.fxinter.samples

import dev.fxinter.interop.SlotPolicy
import dev.fxinter.interop.WorkerScope
import dev.fxinter.interop.asObservableValue
import dev.fxinter.interop.launchWorker
import javafx.beans.value.ObservableValue
import javafx.concurrent.Worker
import dev.fxinter.interop.asyncHandler
import dev.fxinter.interop.events
import javafx.event.EventHandler
import javafx.event.EventTarget
import javafx.scene.input.KeyEvent
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.FlowPreview
import kotlinx.coroutines.delay
import kotlinx.coroutines.flow.MutableStateFlow
import kotlinx.coroutines.flow.StateFlow
import kotlinx.coroutines.flow.asStateFlow
import kotlinx.coroutines.flow.debounce
import kotlinx.coroutines.flow.update
import kotlinx.coroutines.future.await
import kotlinx.coroutines.withContext
import java.util.concurrent.CompletionStage
import java.util.function.Supplier
import kotlin.coroutines.cancellation.CancellationException

/**
 * The Kotlin half of the catalog app: suspend functions, state flows and fxinter's Kotlin API
 * (`asyncHandler`, `events`, `asObservableValue`, `launchWorker`), no JavaFX nodes of its own. The Java [CatalogView] calls it through
 * fxinter's Java facades.
 */
class CatalogPresenter(private val catalog: List<String> = DEFAULT_CATALOG) {
    private val _status = MutableStateFlow("Ready")
    private val _recent = MutableStateFlow<List<String>>(emptyList())

    /** What the app is doing, for a status line. */
    val status: StateFlow<String> = _status.asStateFlow()

    /** Queries the user settled on (typing paused), newest first. */
    val recent: StateFlow<List<String>> = _recent.asStateFlow()

    private val _searching = MutableStateFlow(0)

    /** How many searches are in flight (started, neither finished nor cancelled yet). */
    val searching: StateFlow<Int> = _searching.asStateFlow()

    /**
     * Searches the catalog: a slow back end (here: a delay) called from the FX thread. A
     * one-letter query matches most of the catalog and is the slowest, so when 'f' is typed
     * before 'fx' its search would finish last, and overwrite the results, unless cancelled.
     */
    suspend fun search(query: String): List<String> {
        if (query.isBlank()) return emptyList()
        _searching.update { it + 1 }
        try {
            _status.value = "Searching for '$query'…"
            // the "network": cancelled when a newer keystroke arrives
            delay(if (query.trim().length == 1) BROAD_SEARCH_LATENCY_MS else SEARCH_LATENCY_MS)
            val found = withContext(Dispatchers.Default) {
                catalog.filter { it.contains(query, ignoreCase = true) }
            }
            _status.value = "${found.size} results for '$query'"
            return found
        } finally {
            _searching.update { it - 1 }
        }
    }

    /** Searches and shows the results in [target] (a ListView's items). */
    suspend fun searchInto(query: String, target: MutableList<String>) {
        val found = search(query)
        target.clear()
        target.addAll(found)
    }

    /**
     * The search-as-you-type handler for the query field's key events: each keystroke searches for
     * [currentText] and shows the results in [target]; a newer keystroke cancels the search still
     * running (latest wins). Its coroutines are children of [scope].
     */
    fun searchAsYouType(scope: CoroutineScope, currentText: Supplier<String>, target: MutableList<String>): EventHandler<KeyEvent> =
        scope.asyncHandler(SlotPolicy.CANCEL_PREVIOUS) { searchInto(currentText.get(), target) }

    /** Records a query once typing has paused in [field]: a debounced Flow of its key events. */
    @OptIn(FlowPreview::class)
    suspend fun trackSettledQueries(field: EventTarget, currentText: Supplier<String>) {
        field.events(KeyEvent.KEY_RELEASED).debounce(SETTLE_MS).collect {
            val query = currentText.get().trim()
            if (query.isNotEmpty() && _recent.value.firstOrNull() != query) {
                _recent.value = (listOf(query) + _recent.value).take(5)
            }
        }
    }

    /** Loads the details of one item (called from Java through FxTasks.future). */
    suspend fun details(item: String): String {
        delay(DETAILS_LATENCY_MS)
        return "$item: ${item.length} letters, #${catalog.indexOf(item) + 1} in the catalog"
    }

    /** [status] as a value for a label, bound while [scope] lives (Kotlin's `asObservableValue`). */
    fun statusText(scope: CoroutineScope): ObservableValue<String> = status.asObservableValue(scope)

    /**
     * Asks first ([confirm], a modal dialog shown by the Java view); if confirmed, starts the
     * export as a `javafx.concurrent.Worker` in [scope] (Kotlin's `launchWorker`) for a progress
     * bar and a cancel button, and returns it; null when declined. The export runs in two halves
     * and between them waits for [resumeClicked]. `worker.cancel()` cancels it at any step.
     */
    suspend fun startExport(
        scope: CoroutineScope,
        confirm: Supplier<out CompletionStage<Boolean>>,
        resumeClicked: Supplier<out CompletionStage<*>>,
    ): Worker<String>? {
        if (!confirm.get().await()) {
            _status.value = "Export not started"
            return null
        }
        // On the FX thread: it touches the view (the Resume button); delay does not block it.
        return scope.launchWorker(Dispatchers.Main) { export(resumeClicked) }
    }

    private suspend fun WorkerScope.export(resumeClicked: Supplier<out CompletionStage<*>>): String {
        updateTitle("Export")
        var done = 0.0
        try {
            for (step in 1..EXPORT_STEPS) {
                if (step == EXPORT_STEPS / 2 + 1) {
                    _status.value = "Paused at ${percent(done)}: click Resume"
                    resumeClicked.get().await()
                }
                _status.value = "Exporting… ${percent(done)}"
                updateMessage(_status.value)
                delay(EXPORT_STEP_MS)
                done = step.toDouble() / EXPORT_STEPS
                updateProgress(step.toDouble(), EXPORT_STEPS.toDouble())
            }
            _status.value = "Export done"
            return "done"
        } catch (e: CancellationException) {
            _status.value = "Export cancelled at ${percent(done)}"
            throw e
        }
    }

    private fun percent(fraction: Double) = "${(fraction * 100).toInt()}%"

    companion object {
        const val SEARCH_LATENCY_MS = 120L
        /** A one-letter query scans the whole back end: far slower than a narrow one. */
        const val BROAD_SEARCH_LATENCY_MS = 2_000L
        const val SETTLE_MS = 250L
        const val DETAILS_LATENCY_MS = 40L
        const val EXPORT_STEPS = 20
        const val EXPORT_STEP_MS = 25L

        val DEFAULT_CATALOG = listOf(
            "fxinter", "JavaFX", "kotlinx.coroutines", "Dispatchers.Main", "Flow", "StateFlow",
            "CompletableFuture", "showAndWait", "Monocle", "Headless", "Timeline", "AnimationTimer",
            "fx thread", "nested event loop", "Platform.runLater", "SupervisorJob", "withTimeout",
        )
    }
}
