package dev.fxinter.samples;

import dev.fxinter.dispatcher.FxLoop;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The same app started the JavaFX way, by {@code Application.launch}: a GUEST loop attaches to
 * the toolkit that JavaFX started, and is closed in {@link #stop()}.
 */
public final class CatalogApplication extends Application {
    /** FX-thread confined: opened in start, closed in stop. */
    private FxLoop loop;

    /** For {@code Application.launch}. */
    public CatalogApplication() {}

    @Override
    public void start(Stage stage) {
        loop = FxLoop.guest();
        CatalogView view = new CatalogView(new CatalogPresenter(), loop.scope());
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
     * @param args passed to {@code Application.launch}
     */
    public static void main(String[] args) {
        launch(CatalogApplication.class, args);
    }
}
