package dev.fxinter.interop.internal;

import java.util.function.Consumer;

/**
 * How a signal flow ({@link ListenerFlow}) listens to its JavaFX source: adds one listener that
 * passes each value to a sink, and returns what removes that listener again.
 *
 * <p>{@link #install} runs on the FX thread. The sink may be called from any thread (a property
 * set from a background thread fires its listeners there) and never blocks.
 *
 * @param <T> the values the listener passes on
 */
@FunctionalInterface
public interface ListenerInstaller<T> {
    /**
     * Adds the listener.
     *
     * @param sink receives every value, in order
     * @return removes the listener; called once, on the FX thread
     */
    Runnable install(Consumer<? super T> sink);
}
