package dev.fxinter.interop

import javafx.event.ActionEvent
import javafx.event.Event
import kotlinx.coroutines.CancellationException
import kotlinx.coroutines.CompletableDeferred
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.awaitCancellation
import kotlinx.coroutines.withContext
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Test

/** FxSlots with handlers written as Kotlin suspend lambdas. */
class FxSlotsKotlinTest {
    @Test
    fun `search as you type with CANCEL_PREVIOUS - only the latest query completes, the others run their finally`() = fxTest {
        val target = CountingTarget()
        val log = mutableListOf<String>()
        val latestDone = CompletableDeferred<Unit>()
        val release = CompletableDeferred<Unit>()
        val search = FxSlots.asyncHandler(TestLoop.scope(), SlotPolicy.CANCEL_PREVIOUS, suspendHandler<ActionEvent> { event ->
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
        })
        withContext(Dispatchers.Main) {
            target.addEventHandler(ActionEvent.ACTION, search)
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
