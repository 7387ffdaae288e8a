@file:JvmName("FxLoopKt")

package dev.fxinter.dispatcher

import kotlin.coroutines.intrinsics.startCoroutineUninterceptedOrReturn
import kotlinx.coroutines.CoroutineScope

/**
 * [FxLoop.run] for Kotlin, so that an app's entry point reads `fun main() = runFxLoop { ... }`.
 *
 * Opens an OWNER [FxLoop] (starting the toolkit, headless where there is no display), runs [block]
 * as a coroutine on the FX thread in the loop's scope, blocks the caller until it completes (its
 * children included, like `runBlocking`), closes the loop (which exits the toolkit), and returns the
 * block's result or rethrows its exception as it was thrown.
 *
 * @throws IllegalStateException at once when called on the FX thread (it would deadlock), or when
 *     a loop is already open
 */
fun <T> runFxLoop(block: suspend CoroutineScope.() -> T): T =
    FxLoop.run(SuspendBlock { scope, cont -> block.startCoroutineUninterceptedOrReturn(scope, cont) })
