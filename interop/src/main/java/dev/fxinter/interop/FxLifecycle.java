package dev.fxinter.interop;

import dev.fxinter.dispatcher.SuspendBlock;
import dev.fxinter.interop.internal.WhileShowing;
import dev.fxinter.interop.internal.WindowScope;
import java.util.Objects;
import javafx.scene.Node;
import javafx.stage.Window;
import kotlinx.coroutines.CoroutineScope;
import kotlinx.coroutines.Job;

/**
 * Work tied to what the user sees: a block that runs while a node is showing (Android's
 * {@code repeatOnLifecycle}, for JavaFX), and a scope that lives while a window shows.
 *
 * <p><b>Showing</b> means: the node is in a scene, the scene has a window, and the window is
 * showing. It stops when the window hides, when the node leaves the scene (removed, or moved to a
 * parent outside it: a move between parents passes through "no scene", so it stops and starts
 * again) or when the scene leaves the window. Hiding ends it; a close request does not (it can be
 * vetoed).
 *
 * <p><b>Listeners.</b> The listeners on the node's {@code sceneProperty}, the scene's
 * {@code windowProperty} and the window's {@code showingProperty} exist only while someone
 * watches (the Job of {@link #whileShowing}, the scope of {@link #scope} while its window shows),
 * and there is no global registry of nodes or windows that would keep them alive.
 */
public final class FxLifecycle {
    private FxLifecycle() {}

    /**
     * Runs {@code block} each time {@code node} becomes showing, and cancels that run each time
     * it stops showing, also when the node is showing already at the call. The returned Job is a
     * child of {@code scope} running on {@code FxDispatcher.main()} (started eagerly on the FX
     * thread); each run of {@code block} is a child of it, dispatched to the FX thread. It ends
     * only when it is cancelled (or {@code scope} is), or when a run of {@code block} fails: then
     * it fails with that exception, which reaches the scope as any child's failure does.
     *
     * @param scope the parent scope
     * @param node the node to follow
     * @param block runs while the node shows
     * @return the Job; cancel it to stop following the node
     */
    public static Job whileShowing(CoroutineScope scope, Node node, SuspendBlock<?> block) {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(block, "block");
        return WhileShowing.start(scope, node, block);
    }

    /**
     * The coroutine scope of {@code window}'s current showing: {@code SupervisorJob +
     * FxDispatcher.main()}, cancelled when the window hides. While the window shows, every call
     * returns the same scope; after it hid and shows again, a fresh one. Called while the window
     * is not showing, it returns a scope that is already cancelled (what is launched in it never
     * runs) and keeps nothing. The scope lives in the window's {@code getProperties()} map, with
     * one listener on {@code showingProperty}, both removed when the window hides.
     *
     * @param window the window; call this on the FX thread
     * @return the scope
     * @throws IllegalStateException when called off the FX thread
     */
    public static CoroutineScope scope(Window window) {
        Objects.requireNonNull(window, "window");
        FxThread.check();
        return WindowScope.of(window);
    }
}
