package dev.fxinter.dispatcher.internal;

/**
 * The reasons a task cannot run on the FX thread, worded for the person who reads them in a
 * stack trace: what happened and what to do.
 */
public final class Rejections {
    private Rejections() {}

    /** No JavaFX toolkit was ever started in this JVM. */
    public static IllegalStateException noToolkit() {
        return new IllegalStateException(
                "No JavaFX toolkit is running, so Dispatchers.Main (fxinter) cannot run this coroutine "
                + "on the FX thread. Open FxLoop.owner() from a main method, call FxLoop.guest() from "
                + "an Application started with Application.launch, or use FxLoop.run(...), before "
                + "dispatching to Dispatchers.Main.");
    }

    /** The toolkit has exited; JavaFX cannot restart in the same JVM. */
    public static IllegalStateException toolkitExited() {
        return new IllegalStateException(
                "The JavaFX toolkit has exited: this coroutine was cancelled and its remaining code "
                + "runs on the fxinter-cleanup thread (LoopMode.NATIVE).");
    }
}
