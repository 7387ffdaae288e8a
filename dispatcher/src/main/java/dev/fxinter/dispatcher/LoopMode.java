package dev.fxinter.dispatcher;

/**
 * How the logical {@link FxLoop} relates to the physical JavaFX event loop.
 */
public enum LoopMode {
    /**
     * The loop started the toolkit (or found it running) for a {@code main} entry point, and
     * exits it on {@link FxLoop#close()}; closing the last window does not end it.
     */
    OWNER,
    /**
     * The loop attached to a toolkit started by {@code Application.launch}; it never starts or
     * exits the toolkit.
     */
    GUEST,
    /**
     * The toolkit has exited. Whatever is still dispatched to the FX dispatchers runs on the
     * {@code fxinter-cleanup} thread, its coroutine already cancelled, so that {@code finally}
     * blocks run and nothing hangs.
     */
    NATIVE
}
