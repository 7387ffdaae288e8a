package dev.fxinter.dispatcher

import javafx.stage.Stage
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.delay
import kotlinx.coroutines.launch
import java.io.IOException
import java.util.function.Supplier

/** Kotlin suspend functions that the Java tests call through SuspendBlock lambdas. */
object KotlinSuspends {
    /** Delays, then shows a stage with showAndWait: illegal inside an animation pulse. */
    @JvmStatic
    suspend fun delayThenShowAndWait(millis: Long, stage: Supplier<Stage>): String {
        delay(millis)
        stage.get().showAndWait()
        return "shown and closed"
    }

    /** Launches a coroutine in [scope] that runs [action] after a delay. */
    @JvmStatic
    fun afterDelay(scope: CoroutineScope, millis: Long, action: Runnable) {
        scope.launch {
            delay(millis)
            action.run()
        }
    }

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
