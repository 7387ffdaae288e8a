package dev.fxinter.dispatcher

import java.util.function.Supplier
import javafx.stage.Stage
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.delay
import kotlinx.coroutines.launch

/** Kotlin suspend code that NestedEventLoopTest (Java) calls through SuspendBlock lambdas. */
object NestedLoopSuspends {
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
}
