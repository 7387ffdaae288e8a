package dev.fxinter.interop.internal

import dev.fxinter.dispatcher.FxDispatcher
import dev.fxinter.dispatcher.SuspendBlock
import javafx.scene.Node
import kotlin.coroutines.intrinsics.suspendCoroutineUninterceptedOrReturn
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.Job
import kotlinx.coroutines.awaitCancellation
import kotlinx.coroutines.launch

/**
 * `FxLifecycle.whileShowing`: one coroutine on the FX thread that owns a [ShowingWatcher] and
 * runs the block in a child coroutine while the node shows: launched when it starts showing,
 * cancelled when it stops. The watcher's listeners exist only while this coroutine lives; its
 * `finally` removes them, on the FX thread.
 *
 * **Threads.** [run] (the running block's Job) is read and written on the FX thread only: by the
 * watcher's listener and by this coroutine, which runs on `FxDispatcher.main()`.
 */
object WhileShowing {
    /** Starts the coroutine as a child of [scope], eagerly on the FX thread. */
    @JvmStatic
    fun start(scope: CoroutineScope, node: Node, block: SuspendBlock<*>): Job =
        scope.launch(FxDispatcher.main(), EagerStart.forCaller(scope)) {
            val owner = this
            var run: Job? = null
            val watcher = ShowingWatcher(node) { showing ->
                run?.cancel()
                run = if (showing) owner.launch { invoke(block) } else null
            }
            try {
                watcher.start()
                awaitCancellation()
            } finally {
                watcher.stop()
            }
        }

    /** Runs a Java [SuspendBlock] as a suspend call. */
    private suspend fun CoroutineScope.invoke(block: SuspendBlock<*>) {
        suspendCoroutineUninterceptedOrReturn<Any?> { cont -> block.invoke(this, cont) }
    }
}
