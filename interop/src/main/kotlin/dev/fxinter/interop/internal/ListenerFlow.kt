package dev.fxinter.interop.internal

import java.util.function.Consumer
import kotlinx.coroutines.channels.Channel
import kotlinx.coroutines.flow.Flow
import kotlinx.coroutines.flow.FlowCollector
import kotlinx.coroutines.flow.emitAll

/**
 * A cold Flow of what one JavaFX listener sees (events, values, changes, list snapshots): the
 * listener is added when a collection starts and removed when that collection ends, by any path
 * (completion, an exception, cancellation, `first()`, a timeout).
 *
 * Each collection has its own channel between the listener and the collector, with
 * [capacity] `Channel.UNLIMITED` (nothing is dropped) or `Channel.CONFLATED` (latest wins). A
 * collector running on the FX thread with an immediate dispatcher is resumed from inside the
 * listener, so it sees each value while the listener still runs (`event.consume()` works there).
 *
 * The listener is added and removed on the FX thread ([Attachment]): a collection started on the
 * FX thread has its listener in place before `collect` first suspends.
 */
class ListenerFlow<T>(private val capacity: Int, private val installer: ListenerInstaller<T>) : Flow<T> {

    /** Whether a slow collector skips to the latest value (`Channel.CONFLATED`). */
    val isConflated: Boolean get() = capacity == Channel.CONFLATED

    override suspend fun collect(collector: FlowCollector<T>) {
        val channel = Channel<T>(capacity)
        val attachment = attach({ channel.trySend(it) }, { channel.close(it) })
        try {
            collector.emitAll(channel)
        } finally {
            attachment.detach()
        }
    }

    /**
     * Adds this flow's listener with [sink] as its receiver, outside any collection (for
     * [TaggedMerge], which needs each value at the moment it is fired).
     *
     * @param sink receives each value, on the thread that fired it
     * @param onFailure receives why the listener could not be added
     */
    fun attach(sink: Consumer<in T>, onFailure: Consumer<in Throwable>): Attachment =
        Attachment.attach({ installer.install(sink) }, onFailure)
}
