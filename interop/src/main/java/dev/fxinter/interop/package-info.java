/**
 * Java-facing facades over fxinter's FX dispatcher: await an event or a value
 * ({@link dev.fxinter.interop.FxSignals}), eager start ({@link dev.fxinter.interop.FxTasks}),
 * async event handlers ({@link dev.fxinter.interop.FxSlots}), modal execution
 * ({@link dev.fxinter.interop.FxModal}), the FX thread as a token
 * ({@link dev.fxinter.interop.FxThread}), flows into the scene graph
 * ({@link dev.fxinter.interop.FxBindings}), work tied to what the user sees
 * ({@link dev.fxinter.interop.FxLifecycle}) and Workers ({@code FxTasks.worker}). Everything here is non-null unless marked
 * {@code @Nullable}; type variables that may stand for a nullable type say so in their bound.
 */
@NullMarked
package dev.fxinter.interop;

import org.jspecify.annotations.NullMarked;
