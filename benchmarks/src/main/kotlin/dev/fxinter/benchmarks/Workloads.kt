package dev.fxinter.benchmarks

import kotlinx.coroutines.CoroutineDispatcher
import kotlinx.coroutines.coroutineScope
import kotlinx.coroutines.delay
import kotlinx.coroutines.launch
import kotlinx.coroutines.runBlocking
import kotlinx.coroutines.withContext
import kotlinx.coroutines.yield

/**
 * The suspend bodies of the comparison's coroutine figures, written once and run on each
 * contender's dispatcher. Each function blocks its caller (never the FX thread) and returns the
 * nanoseconds the measured part took, timed inside the coroutine, so the hop onto the
 * dispatcher and back is not counted.
 *
 * A `null` dispatcher means "runBlocking's own event loop": the body runs in `runBlocking`
 * on the calling thread, the limit for the yield figures.
 */
object Workloads {
    /** [n] `yield()` in one coroutine. */
    @JvmStatic
    fun yieldLoop(dispatcher: CoroutineDispatcher?, n: Int): Long = on(dispatcher) {
        val start = System.nanoTime()
        repeat(n) { yield() }
        System.nanoTime() - start
    }

    /** [coroutines] coroutines, each doing [yields] `yield()`, all interleaved on one dispatcher. */
    @JvmStatic
    fun manyCoroutines(dispatcher: CoroutineDispatcher?, coroutines: Int, yields: Int): Long = on(dispatcher) {
        val start = System.nanoTime()
        coroutineScope {
            repeat(coroutines) {
                launch { repeat(yields) { yield() } }
            }
        }
        System.nanoTime() - start
    }

    /** [n] sequential `delay(1)`. */
    @JvmStatic
    fun sequentialDelays(dispatcher: CoroutineDispatcher, n: Int): Long = on(dispatcher) {
        val start = System.nanoTime()
        repeat(n) { delay(1) }
        System.nanoTime() - start
    }

    private fun on(dispatcher: CoroutineDispatcher?, body: suspend () -> Long): Long = runBlocking {
        if (dispatcher == null) body() else withContext(dispatcher) { body() }
    }
}

/**
 * The coroutine flood: [launch] starts [n] coroutines, each `scope.launch(dispatcher) { count++ }`,
 * as an app's code would; [done] opens when the last one has run. All of them run on one thread
 * (the dispatcher's), so the count is a plain field, published to it by the dispatch itself.
 */
class CoroutineFlood(private val n: Int) {
    private var count = 0

    /** Opens when all [n] coroutines have run. */
    @JvmField
    val done = java.util.concurrent.CountDownLatch(1)

    /** Launches the [n] coroutines on [dispatcher] from the calling thread; returns at once. */
    fun launch(dispatcher: CoroutineDispatcher) {
        val scope = kotlinx.coroutines.CoroutineScope(kotlinx.coroutines.Job())
        repeat(n) {
            scope.launch(dispatcher) {
                if (++count == n) done.countDown()
            }
        }
    }
}
