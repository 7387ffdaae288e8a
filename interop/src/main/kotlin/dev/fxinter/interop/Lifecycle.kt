@file:JvmName("FxLifecycleKt")

package dev.fxinter.interop

import dev.fxinter.interop.internal.asSuspendBlock
import javafx.scene.Node
import javafx.stage.Window
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.awaitCancellation
import kotlinx.coroutines.coroutineScope

/**
 * Runs [block] each time this node becomes showing and cancels it each time it stops showing
 * (Android's `repeatOnLifecycle`), until the calling coroutine is cancelled; it never returns
 * normally. A failure of [block] is rethrown here. See [FxLifecycle.whileShowing].
 */
suspend fun Node.repeatWhileShowing(block: suspend CoroutineScope.() -> Unit): Nothing = coroutineScope {
    FxLifecycle.whileShowing(this, this@repeatWhileShowing, block.asSuspendBlock())
    awaitCancellation()
}

/**
 * The scope of this window's current showing, cancelled when it hides: the same scope while it
 * shows, a fresh one after it shows again, an already cancelled one while it is hidden. Read it on
 * the FX thread. See [FxLifecycle.scope].
 */
val Window.showingScope: CoroutineScope
    get() = FxLifecycle.scope(this)
