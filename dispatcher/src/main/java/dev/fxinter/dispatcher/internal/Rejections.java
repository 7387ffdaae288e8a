package dev.fxinter.dispatcher.internal;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The reasons a task cannot run on the FX thread, worded for the person who reads them in a
 * stack trace: what happened and what to do.
 *
 * <p>kotlinx never reports a cancellation, so a coroutine launched on {@code Dispatchers.Main}
 * with no toolkit would fail silently: the first "no toolkit" rejection in a JVM is therefore
 * also logged, once, through {@code System.Logger} ({@value #LOGGER_NAME}) at {@code WARNING}.
 * {@link #NO_TOOLKIT_LOGGED} makes it once: the first compare-and-set wins, any thread.
 */
public final class Rejections {
    /** The System.Logger name of the dispatcher. */
    static final String LOGGER_NAME = "dev.fxinter.dispatcher";
    /** Set by the one caller that logs the first "no toolkit" rejection. */
    private static final AtomicBoolean NO_TOOLKIT_LOGGED = new AtomicBoolean();

    private Rejections() {}

    /**
     * {@link #noToolkit()}, logged at {@code WARNING} the first time in this JVM.
     *
     * @return the reason
     */
    static IllegalStateException noToolkitLoggedOnce() {
        IllegalStateException reason = noToolkit();
        if (!NO_TOOLKIT_LOGGED.get() && NO_TOOLKIT_LOGGED.compareAndSet(false, true)) {
            System.getLogger(LOGGER_NAME).log(System.Logger.Level.WARNING, reason.getMessage());
        }
        return reason;
    }

    /**
     * No JavaFX toolkit was ever started in this JVM.
     *
     * @return the reason
     */
    public static IllegalStateException noToolkit() {
        return new IllegalStateException(
                "No JavaFX toolkit is running, so Dispatchers.Main (fxinter) cannot run this coroutine "
                + "on the FX thread. Open FxLoop.owner() from a main method, call FxLoop.guest() from "
                + "an Application started with Application.launch, or use FxLoop.run(...), before "
                + "dispatching to Dispatchers.Main.");
    }

    /**
     * The toolkit has exited; JavaFX cannot restart in the same JVM.
     *
     * @return the reason
     */
    public static IllegalStateException toolkitExited() {
        return new IllegalStateException(
                "The JavaFX toolkit has exited: this coroutine was cancelled and its remaining code "
                + "runs on the fxinter-cleanup thread (LoopMode.NATIVE).");
    }
}
