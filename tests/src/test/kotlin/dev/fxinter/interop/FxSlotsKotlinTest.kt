package dev.fxinter.interop

import dev.fxinter.test.runFxTest
import javafx.event.ActionEvent
import javafx.event.Event
import kotlin.coroutines.intrinsics.startCoroutineUninterceptedOrReturn
import kotlinx.coroutines.CancellationException
import kotlinx.coroutines.CompletableDeferred
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.awaitCancellation
import kotlinx.coroutines.withContext
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Test

/** FxSlots from Kotlin: the Java `SuspendHandler` written as a SAM lambda that starts a Kotlin suspend body. */
class FxSlotsKotlinTest {
    @Test
    fun `search as you type with CANCEL_PREVIOUS - only the latest query completes, the others run their finally`() = runFxTest {
        val target = CountingTarget()
        val log = mutableListOf<String>()
        val latestDone = CompletableDeferred<Unit>()
        val release = CompletableDeferred<Unit>()
        val search: suspend (ActionEvent) -> Unit = { event ->
            val query = event.source as String
            try {
                log += "search $query"
                if (query == "kot") release.await() else awaitCancellation()
                log += "results for $query"
                latestDone.complete(Unit)
            } catch (e: CancellationException) {
                log += "cancelled $query"
                throw e
            }
        }
        // the SAM lambda a Kotlin caller writes for the Java SuspendHandler
        val handler = FxSlots.asyncHandler<ActionEvent>(this, SlotPolicy.CANCEL_PREVIOUS) { event, cont ->
            search.startCoroutineUninterceptedOrReturn(event, cont)
        }
        withContext(Dispatchers.Main) {
            target.addEventHandler(ActionEvent.ACTION, handler)
            for (query in listOf("k", "ko", "kot")) {
                Event.fireEvent(target, ActionEvent(query, target))
            }
        }
        release.complete(Unit)
        latestDone.await()
        withContext(Dispatchers.Main) {
            assertEquals(listOf("search k", "search ko", "search kot"), log.filter { it.startsWith("search") })
            assertEquals(setOf("cancelled k", "cancelled ko", "results for kot"), log.filterNot { it.startsWith("search") }.toSet())
        }
    }
}
