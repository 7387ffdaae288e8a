package dev.fxinter.dispatcher

import javafx.application.Platform
import kotlinx.coroutines.CancellationException
import kotlinx.coroutines.CompletableDeferred
import kotlinx.coroutines.CoroutineStart
import kotlinx.coroutines.DelicateCoroutinesApi
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.GlobalScope
import kotlinx.coroutines.Job
import kotlinx.coroutines.awaitCancellation
import kotlinx.coroutines.delay
import kotlinx.coroutines.launch
import kotlinx.coroutines.runBlocking
import kotlinx.coroutines.withContext
import kotlinx.coroutines.withTimeout
import kotlinx.coroutines.yield
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import java.util.concurrent.CompletableFuture
import java.util.concurrent.CountDownLatch
import java.util.concurrent.ExecutionException
import java.util.concurrent.RejectedExecutionException
import java.util.concurrent.TimeUnit
import java.util.concurrent.atomic.AtomicBoolean
import java.util.concurrent.atomic.AtomicInteger

/** In its own JVM: the toolkit exits under 2,000 coroutines. */
@OptIn(DelicateCoroutinesApi::class)
class ToolkitExitTest {
    @Test
    fun `Platform exit cancels suspended, queued and later coroutines and runs every finally`() = runBlocking<Unit> {
        val loop = FxLoop.owner() // never closed: the toolkit exits under it
        val finallies = AtomicInteger()
        val started = CountDownLatch(1_000)
        val suspended = mutableListOf<Job>()
        repeat(500) { // in the loop's scope, suspended forever
            suspended += loop.scope().launch {
                try {
                    started.countDown()
                    awaitCancellation()
                } finally {
                    finallies.incrementAndGet()
                }
            }
        }
        repeat(500) { // outside any scope the loop knows, suspended in a long delay
            suspended += GlobalScope.launch(Dispatchers.Main) {
                try {
                    started.countDown()
                    delay(3_600_000)
                } finally {
                    finallies.incrementAndGet()
                }
            }
        }
        assertTrue(started.await(HangGuard.TIMEOUT.seconds, TimeUnit.SECONDS))

        // 1,000 more queued in the same FX task that exits the toolkit: some may still start on
        // the FX thread, the rest are cancelled before they start; each that started runs its finally
        val queuedStarted = AtomicInteger()
        val queuedFinallies = AtomicInteger()
        val queued = CompletableDeferred<List<Job>>()
        Platform.runLater {
            queued.complete((0 until 1_000).map {
                GlobalScope.launch(Dispatchers.Main) {
                    queuedStarted.incrementAndGet()
                    try {
                        delay(3_600_000)
                    } finally {
                        queuedFinallies.incrementAndGet()
                    }
                }
            })
            Platform.exit()
        }
        val all = suspended + queued.await()
        withTimeout(HangGuard.TIMEOUT.toMillis()) { all.forEach { it.join() } }
        assertEquals(1_000, finallies.get())
        assertEquals(queuedStarted.get(), queuedFinallies.get())
        assertTrue(all.all { it.isCancelled })
        assertEquals(LoopMode.NATIVE, loop.mode())

        // a dispatch after the exit completes cancelled, with the reason, on the cleanup thread
        val finallyThread = CompletableDeferred<String>()
        val late = GlobalScope.launch(Dispatchers.Main, CoroutineStart.UNDISPATCHED) {
            try {
                yield() // always dispatched (a short delay could resume before it suspends): rejected
            } finally {
                finallyThread.complete(Thread.currentThread().name)
            }
        }
        withTimeout(HangGuard.TIMEOUT.toMillis()) { late.join() }
        assertTrue(late.isCancelled)
        val lateThread = finallyThread.await()
        assertTrue(lateThread.startsWith("fxinter-cleanup"), lateThread)
        val e = assertThrows<CancellationException> {
            runBlocking { withTimeout(HangGuard.TIMEOUT.toMillis()) { withContext(Dispatchers.Main) { 1 } } }
        }
        val reason = causeOfType<IllegalStateException>(e)
        assertNotNull(reason)
        assertTrue(reason!!.message!!.contains("exited"), reason.message)

        // the loop's executor refuses: its tasks never run off the FX thread, and a stage using
        // it fails instead of hanging
        val ran = AtomicBoolean()
        assertThrows<RejectedExecutionException> { loop.executor().execute { ran.set(true) } }
        val stage = CompletableFuture.completedFuture(1).thenApplyAsync({ ran.set(true); it + 1 }, loop.executor())
        val failure = assertThrows<ExecutionException> { stage.get(HangGuard.TIMEOUT.seconds, TimeUnit.SECONDS) }
        assertTrue(failure.cause is RejectedExecutionException, failure.toString())
        assertFalse(ran.get(), "no executor task ran")
    }
}
