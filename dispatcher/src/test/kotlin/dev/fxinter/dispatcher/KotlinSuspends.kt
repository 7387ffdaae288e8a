package dev.fxinter.dispatcher

import java.io.IOException
import kotlinx.coroutines.delay

/** Kotlin suspend functions that the Java tests of `FxLoop.run` call through SuspendBlock lambdas. */
object KotlinSuspends {
    /** A suspend main that returns a value after suspending. */
    @JvmStatic
    suspend fun answer(): Int {
        delay(1)
        return 42
    }

    /** A suspend main that fails with a checked exception after suspending. */
    @JvmStatic
    suspend fun failChecked(): Int {
        delay(1)
        throw IOException("disk on fire")
    }
}
