package dev.fxinter.interop.internal;

import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Window;
import org.jspecify.annotations.Nullable;

/**
 * Follows whether a node is showing: it has a scene, the scene has a window, and the window is
 * showing. It listens to the node's {@code sceneProperty}, to the current scene's
 * {@code windowProperty} and to the current window's {@code showingProperty}, moving the last two
 * listeners when the scene or the window changes, and tells its consumer each time the answer
 * changes, synchronously inside the JavaFX listener (so a node moved to another parent is seen to
 * stop showing and start again, even within one FX task).
 *
 * <p><b>Invariants.</b> Between {@link #start()} and {@link #stop()} exactly one listener is on
 * the node's scene property, one on the window property of {@link #scene} (if any) and one on the
 * showing property of {@link #window} (if any); after {@code stop()} none is left, and no object
 * of the scene graph refers to this watcher any more. The consumer sees alternating values,
 * beginning with the state at {@code start()} only if that is {@code true}.
 *
 * <p><b>Threads.</b> Everything here runs on the FX thread (the scene graph's thread), which owns
 * {@link #scene}, {@link #window}, {@link #showing} and {@link #started}.
 */
public final class ShowingWatcher {
    private final Node node;
    private final Consumer<Boolean> onChange;
    private final InvalidationListener listener = this::changed;
    /** FX thread: the scene whose window property carries {@link #listener}. */
    private @Nullable Scene scene;
    /** FX thread: the window whose showing property carries {@link #listener}. */
    private @Nullable Window window;
    /** FX thread: the last answer given to the consumer (false before the first). */
    private boolean showing;
    /** FX thread: between start() and stop(). */
    private boolean started;

    /**
     * A watcher, not yet listening.
     *
     * @param node the node to follow
     * @param onChange receives {@code true} when the node starts showing, {@code false} when it stops
     */
    public ShowingWatcher(Node node, Consumer<Boolean> onChange) {
        this.node = node;
        this.onChange = onChange;
    }

    /** Adds the listeners and reports {@code true} at once if the node is showing now. FX thread. */
    public void start() {
        if (started) {
            return;
        }
        started = true;
        node.sceneProperty().addListener(listener);
        changed(node.sceneProperty());
    }

    /** Removes every listener; the consumer hears nothing more. FX thread; idempotent. */
    public void stop() {
        if (!started) {
            return;
        }
        started = false;
        node.sceneProperty().removeListener(listener);
        follow(null, null);
    }

    private void changed(Observable source) {
        if (!started) {
            return;
        }
        Scene nowScene = node.getScene();
        Window nowWindow = nowScene == null ? null : nowScene.getWindow();
        follow(nowScene, nowWindow);
        boolean now = nowWindow != null && nowWindow.isShowing();
        if (now != showing) {
            showing = now;
            onChange.accept(now);
        }
    }

    /** Moves the scene and window listeners to {@code newScene} and {@code newWindow}. */
    private void follow(@Nullable Scene newScene, @Nullable Window newWindow) {
        if (newScene != scene) {
            move(scene == null ? null : scene.windowProperty(), newScene == null ? null : newScene.windowProperty());
            scene = newScene;
        }
        if (newWindow != window) {
            move(window == null ? null : window.showingProperty(), newWindow == null ? null : newWindow.showingProperty());
            window = newWindow;
        }
    }

    private void move(@Nullable Observable from, @Nullable Observable to) {
        if (from != null) {
            from.removeListener(listener);
        }
        if (to != null) {
            to.addListener(listener);
        }
    }
}
