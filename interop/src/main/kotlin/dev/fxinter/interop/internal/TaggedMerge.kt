package dev.fxinter.interop.internal

import dev.fxinter.interop.Tagged
import java.util.concurrent.atomic.AtomicInteger
import kotlinx.coroutines.CoroutineStart
import kotlinx.coroutines.cancelChildren
import kotlinx.coroutines.channels.Channel
import kotlinx.coroutines.coroutineScope
import kotlinx.coroutines.flow.Flow
import kotlinx.coroutines.flow.FlowCollector
import kotlinx.coroutines.flow.emitAll
import kotlinx.coroutines.launch

/**
 * The multisignal: one Flow of every value of several source flows, each tagged with its
 * source's key, where values fired on the FX thread keep their firing order across sources.
 *
 * kotlinx's `merge` collects each source in its own coroutine, so two sources' values can pass
 * each other on the way. Here a source that is a [ListenerFlow] has its listener send straight
 * into the one merged channel, tagged at the moment the value is fired: the channel's order is
 * the firing order. Any other source is collected in a child coroutine started undispatched, its
 * values tagged as they arrive. The flow completes when every source has completed (so never
 * while a listener source is part of it); a failing source fails the collection.
 *
 * @property sources tag and flow, in the order given
 */
class TaggedMerge<T>(private val sources: List<Pair<Any, Flow<T>>>) : Flow<Tagged<T>> {

    override suspend fun collect(collector: FlowCollector<Tagged<T>>) = coroutineScope {
        val channel = Channel<Tagged<T>>(Channel.UNLIMITED)
        val attachments = ArrayList<Attachment>()
        val others = sources.filter { it.second !is ListenerFlow<*> }
        val running = AtomicInteger(others.size) // children may run on several threads
        try {
            for ((tag, flow) in sources) {
                if (flow is ListenerFlow<*>) {
                    @Suppress("UNCHECKED_CAST")
                    attachments += (flow as ListenerFlow<T>).attach({ channel.trySend(Tagged(tag, it)) }, { channel.close(it) })
                }
            }
            for ((tag, flow) in others) {
                launch(start = CoroutineStart.UNDISPATCHED) {
                    flow.collect { channel.send(Tagged(tag, it)) }
                    if (running.decrementAndGet() == 0 && attachments.isEmpty()) {
                        channel.close()
                    }
                }
            }
            if (sources.isEmpty()) {
                channel.close()
            }
            collector.emitAll(channel)
        } finally {
            attachments.forEach { it.detach() }
            coroutineContext.cancelChildren()
        }
    }
}
