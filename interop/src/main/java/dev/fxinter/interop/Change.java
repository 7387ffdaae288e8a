package dev.fxinter.interop;

import org.jspecify.annotations.Nullable;

/**
 * One change of an {@code ObservableValue}, as {@link FxSignals#changes} emits it: the value
 * before and the value after, either of which may be null.
 *
 * @param oldValue the value before the change
 * @param newValue the value after the change
 * @param <T> the value's type
 */
public record Change<T extends @Nullable Object>(T oldValue, T newValue) {}
