package dev.fxinter.samples;

import dev.fxinter.interop.FxModal;
import dev.fxinter.interop.FxSignals;
import dev.fxinter.interop.FxTasks;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.concurrent.Worker;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import kotlinx.coroutines.CoroutineScope;

/**
 * The Java half of the catalog app: a JavaFX view wired to the Kotlin {@link CatalogPresenter}
 * with fxinter's Java facades. Build and use it on the FX thread.
 *
 * <ul>
 *   <li>search as you type: the presenter's handler, Kotlin's {@code asyncHandler} with {@code SlotPolicy.CANCEL_PREVIOUS}
 *       (the latest keystroke wins, older searches are cancelled mid-delay);</li>
 *   <li>"recent searches": the presenter debounces the Flow of key events (Kotlin's {@code events});</li>
 *   <li>details of the selected item: a Kotlin suspend function called with {@link FxTasks#future};</li>
 *   <li>export: the presenter asks with {@link FxModal#showAndWait}, then runs it as a
 *       {@code javafx.concurrent.Worker} (Kotlin's {@code launchWorker}) that the progress bar and the
 *       Cancel button are bound to; it waits for a click on Resume with {@link FxSignals#next};</li>
 *   <li>the status label is bound to the presenter's {@code StateFlow} through Kotlin's
 *       {@code asObservableValue}, the recent list collects one with {@link FxSignals#collect}.</li>
 * </ul>
 *
 * <p>{@link #wire(CoroutineScope)} connects all of it for as long as a scope lives and returns what
 * disconnects it: the window runs it in {@code repeatWhileShowing}, so the view's coroutines run
 * while it shows and end when it hides.
 */
public final class CatalogView {
    final TextField query = new TextField();
    final ListView<String> results = new ListView<>();
    final ListView<String> recent = new ListView<>();
    final Label details = new Label("Select a result");
    final Button export = new Button("Export…");
    final Button resume = new Button("Resume");
    final Button cancel = new Button("Cancel");
    final ProgressBar progress = new ProgressBar(0);
    final Label status = new Label();
    /** The export dialog while it shows (the scripted session answers it). */
    volatile Alert confirmation;

    /** True while the view is wired ({@link #wire} ran and its result has not), for the scripted session. */
    final BooleanProperty wired = new SimpleBooleanProperty(false);
    /** The presenter (the scripted session reads its state). */
    final CatalogPresenter presenter;
    private final VBox root;
    /** FX-thread confined: the running or last export, if any. */
    private Worker<String> exportWorker;

    /**
     * Builds the view for {@code presenter}; {@link #wire} connects it.
     *
     * @param presenter the Kotlin presenter
     */
    public CatalogView(CatalogPresenter presenter) {
        this.presenter = presenter;
        query.setPromptText("Search the catalog (try \"fx\")");
        query.setId("query");
        results.setId("results");
        recent.setId("recent");
        recent.setPrefHeight(110);
        resume.setDisable(true);
        cancel.setDisable(true);
        progress.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(progress, Priority.ALWAYS);

        HBox jobRow = new HBox(8, export, resume, cancel, progress);
        VBox lists = new VBox(6, new Label("Results"), results, new Label("Recent searches"), recent);
        VBox.setVgrow(results, Priority.ALWAYS);
        root = new VBox(10, query, lists, details, jobRow, status);
        root.setPadding(new Insets(12));
        VBox.setVgrow(lists, Priority.ALWAYS);
    }

    /**
     * Connects the view to the presenter with coroutines in {@code scope}: its handlers and
     * collectors run until {@code scope} ends (the status label then keeps its text). On the FX thread.
     *
     * @param scope where the view's coroutines run
     * @return removes the handlers and listeners again (call it when {@code scope} ends)
     */
    public Runnable wire(CoroutineScope scope) {
        EventHandler<KeyEvent> search = presenter.searchAsYouType(scope, query::getText, results.getItems());
        query.addEventHandler(KeyEvent.KEY_RELEASED, search);
        FxTasks.runTask(scope, (s, cont) -> presenter.trackSettledQueries(query, query::getText, cont));
        ChangeListener<String> selected = (obs, old, item) -> showDetails(scope, item);
        results.getSelectionModel().selectedItemProperty().addListener(selected);
        export.setOnAction(e -> startExport(scope));
        status.textProperty().bind(presenter.statusText(scope));
        FxSignals.collect(scope, presenter.getRecent(), recent.getItems()::setAll);
        wired.set(true);
        return () -> {
            wired.set(false);
            query.removeEventHandler(KeyEvent.KEY_RELEASED, search);
            results.getSelectionModel().selectedItemProperty().removeListener(selected);
            export.setOnAction(null);
            status.textProperty().unbind();
        };
    }

    /** The root node, for a Scene. */
    public Parent root() {
        return root;
    }

    private void showDetails(CoroutineScope scope, String item) {
        if (item != null) {
            details.setText("Loading " + item + "…");
            FxTasks.<String>future(scope, (s, cont) -> presenter.details(item, cont))
                    .thenAccept(details::setText); // completes on the FX thread
        }
    }

    private void startExport(CoroutineScope scope) {
        if (exportWorker != null && exportWorker.isRunning()) {
            return;
        }
        FxTasks.<Worker<String>>future(scope, (s, cont) -> presenter.startExport(scope, this::confirmExport, this::nextResumeClick, cont))
                .thenAccept(this::showExport); // completes on the FX thread
    }

    /** Binds the progress bar and the Cancel button to the export's Worker (null: declined). */
    private void showExport(Worker<String> worker) {
        if (worker == null) {
            return;
        }
        exportWorker = worker;
        progress.progressProperty().bind(worker.progressProperty());
        cancel.disableProperty().bind(worker.runningProperty().not());
        cancel.setOnAction(e -> worker.cancel());
        worker.runningProperty().addListener((obs, was, running) -> {
            if (!running) {
                resume.setDisable(true);
            }
        });
    }

    private CompletableFuture<Boolean> confirmExport() {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "Export " + results.getItems().size()
                + " results?", ButtonType.OK, ButtonType.CANCEL);
        alert.setTitle("Export");
        alert.setHeaderText("Start the export?");
        confirmation = alert;
        CompletableFuture<Optional<ButtonType>> answer = FxModal.showAndWait(alert);
        return answer.thenApply(choice -> {
            confirmation = null;
            return choice.filter(ButtonType.OK::equals).isPresent();
        });
    }

    private CompletableFuture<ActionEvent> nextResumeClick() {
        resume.setDisable(false);
        return FxSignals.next(resume, ActionEvent.ACTION).thenApply(click -> {
            resume.setDisable(true);
            return click;
        });
    }

    /** The running or last export's Worker, null before the first (FX thread). */
    Worker<String> exportWorker() {
        return exportWorker;
    }

    /** The items currently shown as results (FX thread). */
    List<String> shownResults() {
        return List.copyOf(results.getItems());
    }
}
