package dev.fxinter.interop;

import org.jspecify.annotations.Nullable;

/**
 * A value together with the tag of the source it came from, as {@link FxSignals#merge} emits
 * it: the tag is the key under which the source flow was passed in.
 *
 * @param tag the key of the source in the map given to {@code merge}
 * @param value the value that source emitted (may be null)
 * @param <T> the value's type
 */
public record Tagged<T extends @Nullable Object>(Object tag, T value) {}
