/**
 * {@code Dispatchers.Main} on the JavaFX Application Thread ({@link dev.fxinter.dispatcher.FxDispatcher})
 * and the logical loop on top of the JavaFX event loop ({@link dev.fxinter.dispatcher.FxLoop}).
 * Everything here is non-null unless marked {@code @Nullable}.
 */
@NullMarked
package dev.fxinter.dispatcher;

import org.jspecify.annotations.NullMarked;
