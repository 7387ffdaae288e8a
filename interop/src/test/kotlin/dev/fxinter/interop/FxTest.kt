package dev.fxinter.interop

import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.runBlocking
import kotlinx.coroutines.withTimeout

/** Runs a Kotlin test body with the JVM's loop open, bounded by the hang guard. */
fun fxTest(block: suspend CoroutineScope.() -> Unit) {
    TestLoop.open()
    runBlocking { withTimeout(TestLoop.HANG_GUARD.toMillis()) { block() } }
}
