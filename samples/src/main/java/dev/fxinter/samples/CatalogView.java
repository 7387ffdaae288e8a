package dev.fxinter.samples;

import dev.fxinter.interop.FxModal;
import dev.fxinter.interop.FxSignals;
import dev.fxinter.interop.FxTasks;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.event.ActionEvent;
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
import kotlinx.coroutines.Job;

/**
 * The Java half of the catalog app: a JavaFX view wired to the Kotlin {@link CatalogPresenter}
 * with fxinter's Java facades. Build and use it on the FX thread.
 *
 * <ul>
 *   <li>search as you type: the presenter's handler, Kotlin's {@code asyncHandler} with {@code SlotPolicy.CANCEL_PREVIOUS}
 *       (the latest keystroke wins, older searches are cancelled mid-delay);</li>
 *   <li>"recent searches": the presenter debounces the Flow of key events (Kotlin's {@code events});</li>
 *   <li>details of the selected item: a Kotlin suspend function called with {@link FxTasks#future};</li>
 *   <li>export: {@link FxTasks#runTask} starts it eagerly; it asks with {@link FxModal#showAndWait}
 *       and waits for a click with {@link FxSignals#next}; Cancel cancels its Job;</li>
 *   <li>the presenter's {@code StateFlow}s are bound to the labels with {@link FxSignals#collect}.</li>
 * </ul>
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

    /** The presenter (the scripted session reads its state). */
    final CatalogPresenter presenter;
    private final CoroutineScope scope;
    private final VBox root;
    /** FX-thread confined: the running export, if any. */
    private Job exportJob;

    /**
     * Builds the view and wires it to {@code presenter}; coroutines run in {@code scope}.
     *
     * @param presenter the Kotlin presenter
     * @param scope where the view's coroutines run (a loop's scope)
     */
    public CatalogView(CatalogPresenter presenter, CoroutineScope scope) {
        this.presenter = presenter;
        this.scope = scope;
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

        wireSearch();
        wireDetails();
        wireExport();
        FxSignals.collect(scope, presenter.getStatus(), status::setText);
        FxSignals.collect(scope, presenter.getRecent(), recent.getItems()::setAll);
    }

    /** The root node, for a Scene. */
    public Parent root() {
        return root;
    }

    private void wireSearch() {
        query.addEventHandler(KeyEvent.KEY_RELEASED, presenter.searchAsYouType(scope, query::getText, results.getItems()));
        FxTasks.runTask(scope, (s, cont) -> presenter.trackSettledQueries(query, query::getText, cont));
    }

    private void wireDetails() {
        results.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (item != null) {
                details.setText("Loading " + item + "…");
                FxTasks.<String>future(scope, (s, cont) -> presenter.details(item, cont))
                        .thenAccept(details::setText); // completes on the FX thread
            }
        });
    }

    private void wireExport() {
        export.setOnAction(e -> {
            if (exportJob != null && exportJob.isActive()) {
                return;
            }
            progress.setProgress(0);
            cancel.setDisable(false);
            exportJob = FxTasks.runTask(scope, (s, cont) -> presenter.export(
                    this::confirmExport,
                    progress.progressProperty(),
                    this::nextResumeClick,
                    cont));
            exportJob.invokeOnCompletion(cause -> {
                cancel.setDisable(true);
                resume.setDisable(true);
                return kotlin.Unit.INSTANCE;
            });
        });
        cancel.setOnAction(e -> {
            if (exportJob != null) {
                exportJob.cancel((java.util.concurrent.CancellationException) null);
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

    /** The items currently shown as results (FX thread). */
    List<String> shownResults() {
        return List.copyOf(results.getItems());
    }
}
