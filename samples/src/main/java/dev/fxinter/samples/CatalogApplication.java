package dev.fxinter.samples;

import dev.fxinter.dispatcher.FxLoop;
import dev.fxinter.interop.FxTasks;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The same app started the JavaFX way, by {@code Application.launch}: a GUEST loop attaches to
 * the toolkit that JavaFX started, and is closed in {@link #stop()}. With the parameter
 * {@code --script} it plays the scripted session in its own window, prints what happened and
 * exits the application.
 */
public final class CatalogApplication extends Application {
    /** FX-thread confined: opened in start, closed in stop. */
    private FxLoop loop;
    /** What the last scripted session saw, or why it failed (for tests); set on the FX thread. */
    static volatile ScriptedSession.Outcome lastOutcome;
    static volatile Throwable lastFailure;

    /** For {@code Application.launch}. */
    public CatalogApplication() {}

    @Override
    public void start(Stage stage) {
        loop = FxLoop.guest();
        if (getParameters().getRaw().contains("--script")) {
            FxTasks.<ScriptedSession.Outcome>future(loop.scope(),
                    (scope, cont) -> CatalogWindow.scripted(System.out::println, null, cont))
                    .whenComplete((outcome, failure) -> {
                        lastOutcome = outcome;
                        lastFailure = failure;
                        System.out.println("session outcome: " + outcome);
                        Platform.exit(); // the toolkit is JavaFX's: exit the application as a whole
                    });
            return;
        }
        CatalogView view = new CatalogView(new CatalogPresenter());
        view.wire(loop.scope()); // for the application's life: the loop's scope ends in stop()
        stage.setTitle("fxinter catalog (Application.launch)");
        stage.setScene(new Scene(view.root(), 520, 560));
        stage.show();
    }

    @Override
    public void stop() {
        loop.close(); // cancels the view's coroutines; the toolkit is JavaFX's to exit
    }

    /**
     * Launches the app.
     *
     * @param args passed to {@code Application.launch} ({@code --script} plays the scripted session)
     */
    public static void main(String[] args) {
        launch(CatalogApplication.class, args);
    }
}
