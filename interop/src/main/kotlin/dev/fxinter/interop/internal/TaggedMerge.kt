package dev.fxinter.interop.internal

import dev.fxinter.dispatcher.FxDispatcher
import dev.fxinter.interop.Tagged
import java.util.concurrent.atomic.AtomicInteger
import kotlin.coroutines.ContinuationInterceptor
import kotlin.coroutines.EmptyCoroutineContext
import kotlinx.coroutines.CoroutineStart
import kotlinx.coroutines.cancelChildren
import kotlinx.coroutines.channels.Channel
import kotlinx.coroutines.coroutineScope
import kotlinx.coroutines.flow.Flow
import kotlinx.coroutines.flow.FlowCollector
import kotlinx.coroutines.launch

/**
 * The multisignal: one Flow of every value of several source flows, each tagged with its
 * source's key, where values fired on the FX thread keep their firing order across sources.
 *
 * kotlinx's `merge` collects each source in its own dispatched coroutine, so two sources' values
 * can pass each other on the way. Here every value enters one [FiringOrder] buffer at the moment
 * it is fired:
 * - a source that is a [ListenerFlow] has its listener offer straight into the buffer;
 * - any other source (a signal flow through `map`, `filter`, ...) is collected in a child
 *   coroutine started undispatched; when the merge is collected on an FX dispatcher, that child
 *   runs on `FxDispatcher.main().immediate`, so a value fired on the FX thread is resumed inside
 *   the listener, through the synchronous operators, into the buffer, before the next value is
 *   fired. (Inside another unconfined resumption, kotlinx queues such resumptions instead; see
 *   `FxSignals.events`.)
 *
 * A conflated [ListenerFlow] (`values`, `contents`) stays conflated: its newer value replaces
 * its older one still waiting in the buffer, and takes its place in firing order. The flow
 * completes when every source has completed (so never while a listener source is part of it);
 * a failing source fails the collection.
 *
 * @property sources tag and flow, in the order given
 */
class TaggedMerge<T>(private val sources: List<Pair<Any, Flow<T>>>) : Flow<Tagged<T>> {

    override suspend fun collect(collector: FlowCollector<Tagged<T>>) = coroutineScope {
        val buffer = FiringOrder<T>()
        val attachments = ArrayList<Attachment>()
        val others = sources.filter { it.second !is ListenerFlow<*> }
        val running = AtomicInteger(others.size) // children may run on several threads
        val onFx = coroutineContext[ContinuationInterceptor] is FxDispatcher
        val childContext = if (onFx) FxDispatcher.main().immediate else EmptyCoroutineContext
        try {
            for ((tag, flow) in sources) {
                if (flow is ListenerFlow<*>) {
                    @Suppress("UNCHECKED_CAST")
                    val source = flow as ListenerFlow<T>
                    val conflationKey: Any? = if (source.isConflated) Any() else null
                    attachments += source.attach({ buffer.offer(Tagged(tag, it), conflationKey) }, { buffer.close(it) })
                }
            }
            for ((tag, flow) in others) {
                launch(childContext, CoroutineStart.UNDISPATCHED) {
                    flow.collect { buffer.offer(Tagged(tag, it), null) }
                    if (running.decrementAndGet() == 0 && attachments.isEmpty()) {
                        buffer.close(null)
                    }
                }
            }
            if (sources.isEmpty()) {
                buffer.close(null)
            }
            buffer.emitAllTo(collector)
        } finally {
            attachments.forEach { it.detach() }
            coroutineContext.cancelChildren()
        }
    }
}

/**
 * The merge's buffer: tagged values in the order they were offered, unbounded, except that a
 * value offered with a conflation key replaces the value of the same key still waiting, and
 * moves to the end (so the values handed out stay in firing order).
 *
 * Offered from any thread (a source may fire off the FX thread), consumed by one collector:
 * [pending] is guarded by its own monitor; [wakeUp] tells the collector that there is more.
 */
private class FiringOrder<T> {
    /** Guarded by itself. Keys: a conflation key, or a fresh object per unconflated value. */
    private val pending = LinkedHashMap<Any, Tagged<T>>()
    private val wakeUp = Channel<Unit>(Channel.CONFLATED)

    fun offer(value: Tagged<T>, conflationKey: Any?) {
        synchronized(pending) {
            val key = conflationKey ?: Any()
            pending.remove(key)
            pending[key] = value
        }
        wakeUp.trySend(Unit)
    }

    /** No more values; with a [cause], the collection fails after the values already offered. */
    fun close(cause: Throwable?) {
        wakeUp.close(cause)
    }

    suspend fun emitAllTo(collector: FlowCollector<Tagged<T>>) {
        while (true) {
            val next = poll()
            if (next != null) {
                collector.emit(next)
                continue
            }
            val signal = wakeUp.receiveCatching()
            if (signal.isClosed) {
                while (true) {
                    collector.emit(poll() ?: break)
                }
                signal.exceptionOrNull()?.let { throw it }
                return
            }
        }
    }

    private fun poll(): Tagged<T>? = synchronized(pending) {
        val entries = pending.entries.iterator()
        if (!entries.hasNext()) {
            null
        } else {
            entries.next().value.also { entries.remove() }
        }
    }
}
