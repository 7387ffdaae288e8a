package dev.fxinter.benchmarks

import dev.fxinter.dispatcher.FxDispatcher
import dev.fxinter.interop.FxSignals
import dev.fxinter.interop.awaitEvent
import javafx.event.ActionEvent
import javafx.event.Event
import javafx.event.EventHandler
import javafx.scene.layout.Region
import kotlin.coroutines.resume
import kotlinx.coroutines.CoroutineStart
import kotlinx.coroutines.async
import kotlinx.coroutines.future.await
import kotlinx.coroutines.runBlocking
import kotlinx.coroutines.suspendCancellableCoroutine

/**
 * The awaiting loops of `AwaitBenchmark`: on the FX thread, [n] times, a coroutine starts
 * (UNDISPATCHED) and suspends waiting for one `ActionEvent` on [target], the event is fired, and
 * the waiter, resumed through the FX dispatcher, is awaited. Each way of waiting pays the same
 * coroutine start and hops; the difference between them is the waiting itself.
 */
object AwaitLoops {
    /** fxinter's Kotlin `awaitEvent`. */
    @JvmStatic
    fun awaitEvent(target: Region, n: Int) = loop(target, n) { target.awaitEvent(ActionEvent.ACTION) }

    /** The future-based facade, awaited: `FxSignals.next(...).await()`. */
    @JvmStatic
    fun nextAwait(target: Region, n: Int) = loop(target, n) { FxSignals.next(target, ActionEvent.ACTION).await() }

    /** The limit: [handWrittenWait]. */
    @JvmStatic
    fun handWritten(target: Region, n: Int) = loop(target, n) { handWrittenWait(target) }

    /**
     * The limit of every waiting figure: the least a coroutine can hold and do while it waits for
     * one event, a hand-written `suspendCancellableCoroutine` + `addEventHandler` waiter.
     */
    suspend fun handWrittenWait(target: Region): ActionEvent = suspendCancellableCoroutine { cont ->
        val handler = object : EventHandler<ActionEvent> {
            override fun handle(event: ActionEvent) {
                target.removeEventHandler(ActionEvent.ACTION, this)
                cont.resume(event)
            }
        }
        target.addEventHandler(ActionEvent.ACTION, handler)
        cont.invokeOnCancellation { target.removeEventHandler(ActionEvent.ACTION, handler) }
    }

    private fun loop(target: Region, n: Int, wait: suspend () -> ActionEvent) = runBlocking(FxDispatcher.main()) {
        repeat(n) {
            val waiter = async(start = CoroutineStart.UNDISPATCHED) { wait() }
            Event.fireEvent(target, ActionEvent())
            waiter.await()
        }
    }
}
