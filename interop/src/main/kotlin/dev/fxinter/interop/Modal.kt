@file:JvmName("FxModalKt")

package dev.fxinter.interop

import java.util.concurrent.Callable
import javafx.scene.control.Dialog
import kotlinx.coroutines.future.await

/**
 * Runs [block], which may enter a nested event loop (`showAndWait()`,
 * `Platform.enterNestedEventLoop`), as [FxModal.modal] does: from a fresh `Platform.runLater` at
 * the top of the FX event loop, never on the caller's stack, inside a drain or inside a pulse; other
 * coroutines, timers and flows keep running meanwhile. Returns its result or throws its exception.
 * Cancelling the caller before [block] starts means it never starts; once it runs it is not
 * interrupted (its result is dropped).
 */
suspend fun <T> awaitModal(block: () -> T): T = FxModal.modal(Callable(block)).await()

/**
 * Shows this dialog and suspends until it closes, as [FxModal.showAndWait] does, without stalling
 * other coroutines. Returns the dialog's result, or null when it closed without one. Cancelling the
 * calling coroutine closes the dialog (or keeps it from showing).
 */
@Suppress("UNCHECKED_CAST") // FxModal.showAndWait's R is non-null (Optional); a Dialog<R?> yields null for "no result" too
suspend fun <R> Dialog<R>.awaitResult(): R? =
    FxModal.showAndWait(this as Dialog<Any>).await().orElse(null) as R?
