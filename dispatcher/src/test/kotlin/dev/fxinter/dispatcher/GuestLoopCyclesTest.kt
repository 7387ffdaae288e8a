package dev.fxinter.dispatcher

import javafx.application.Platform
import kotlinx.coroutines.Job
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import java.lang.ref.ReferenceQueue
import java.lang.ref.WeakReference
import java.util.concurrent.CountDownLatch
import java.util.concurrent.TimeUnit

/**
 * In its own JVM, a toolkit started by someone else: an app that opens a GUEST loop per window
 * must not grow without bound. A closed loop, its job and its scope must not stay reachable
 * (from the toolkit watch's exit listeners, say) until the toolkit exits.
 */
class GuestLoopCyclesTest {
    @Test
    fun `10,000 guest open-close cycles leave no closed loop reachable`() {
        val up = CountDownLatch(1)
        Platform.startup { up.countDown() }
        assertTrue(up.await(HangGuard.TIMEOUT.seconds, TimeUnit.SECONDS))

        val queue = ReferenceQueue<Any>()
        val refs = HashSet<WeakReference<Any>>() // strongly held until enqueued
        repeat(10_000) { i ->
            val loop = FxLoop.guest()
            if (i % 100 == 0) {
                refs += WeakReference<Any>(loop, queue)
                refs += WeakReference<Any>(loop.scope().coroutineContext[Job]!!, queue)
            }
            loop.close()
        }
        // every sampled loop and job must become unreachable: collect until all are enqueued,
        // bounded by the hang guard (System.gc is a request, so ask again while waiting)
        val deadline = System.nanoTime() + HangGuard.TIMEOUT.toNanos()
        while (refs.isNotEmpty() && System.nanoTime() < deadline) {
            System.gc()
            val ref = queue.remove(100)
            if (ref != null) {
                refs.remove(ref)
            }
        }
        assertTrue(refs.isEmpty(), "${refs.size} of 200 sampled loops and jobs are still reachable")
    }
}
