package dev.fxinter.benchmarks

import dev.fxinter.dispatcher.FxDispatcher
import dev.fxinter.dispatcher.FxLoop
import dev.fxinter.interop.FxSignals
import dev.fxinter.interop.awaitEvent
import java.lang.management.ManagementFactory
import javafx.event.ActionEvent
import javafx.scene.layout.Region
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.CoroutineStart
import kotlinx.coroutines.Job
import kotlinx.coroutines.SupervisorJob
import kotlinx.coroutines.future.await
import kotlinx.coroutines.launch
import kotlinx.coroutines.runBlocking
import kotlinx.coroutines.withContext

/**
 * Memory held per coroutine suspended waiting for an event: [WAITERS] coroutines suspended on one
 * target in fxinter's `awaitEvent`, in `FxSignals.next(...).await()`, and in a hand-written
 * `suspendCancellableCoroutine` + `addEventHandler` waiter (the limit), each measured as the used
 * heap after full collections with the waiters suspended, minus the same without them, divided by
 * the number of waiters; 5 samples of each, interleaved. Prints each sample, the medians and the
 * worst samples, and the ratios to the limit.
 *
 * Run: `java -cp ... dev.fxinter.benchmarks.WaiterMemory [waiters]` with the profile's headless
 * flags (the `waiters` profile of benchmarks/pom.xml does it).
 */
object WaiterMemory {
    private const val WAITERS = 100_000

    private const val SAMPLES = 5

    @JvmStatic
    fun main(args: Array<String>) {
        val n = args.firstOrNull()?.toInt() ?: WAITERS
        FxLoop.owner().use {
            val limit = DoubleArray(SAMPLES)
            val fx = DoubleArray(SAMPLES)
            val future = DoubleArray(SAMPLES)
            repeat(SAMPLES) { i -> // interleaved, as the comparison does
                limit[i] = measure("hand-written suspendCancellableCoroutine + handler (limit)", n) { AwaitLoops.handWrittenWait(it) }
                fx[i] = measure("fxinter awaitEvent", n) { it.awaitEvent(ActionEvent.ACTION) }
                future[i] = measure("fxinter FxSignals.next(...).await()", n) { FxSignals.next(it, ActionEvent.ACTION).await() }
            }
            println("bytes per waiter, median / worst of $SAMPLES: limit %.1f / %.1f, awaitEvent %.1f / %.1f, next().await() %.1f / %.1f"
                .format(median(limit), limit.max(), median(fx), fx.max(), median(future), future.max()))
            println("ratio awaitEvent / limit: %.2f (worst samples: %.2f)".format(median(fx) / median(limit), fx.max() / limit.max()))
            println("ratio next().await() / limit: %.2f (worst samples: %.2f)".format(median(future) / median(limit), future.max() / limit.max()))
            // for benchmarks/run-all.sh: figure, unit, fxinter, peer (none), limit (medians)
            println("csv,waiter_memory,B,%.1f,,%.1f".format(median(fx), median(limit)))
            println("csv,waiter_memory_next,B,%.1f,,%.1f".format(median(future), median(limit)))
        }
    }

    private fun median(values: DoubleArray): Double = values.sorted()[values.size / 2]

    /** Bytes per waiter for [n] coroutines suspended in [wait] on one fresh target. */
    private fun measure(name: String, n: Int, wait: suspend (Region) -> Any): Double = runBlocking {
        val scope = CoroutineScope(SupervisorJob() + FxDispatcher.main())
        val jobs = ArrayList<Job>(n)
        val target = withContext(FxDispatcher.main()) { Region() }
        val before = usedAfterGc()
        withContext(FxDispatcher.main()) {
            repeat(n) { jobs += scope.launch(start = CoroutineStart.UNDISPATCHED) { wait(target) } }
        }
        withContext(FxDispatcher.main()) { } // every hop queued by the waiters has run
        val after = usedAfterGc()
        val perWaiter = (after - before).toDouble() / n
        println("%-60s %8.1f bytes per waiter".format(name, perWaiter))
        withContext(FxDispatcher.main()) { jobs.forEach { it.cancel() } } // in launch order: O(1) removal each
        jobs.forEach { it.join() }
        perWaiter
    }

    private fun usedAfterGc(): Long {
        val memory = ManagementFactory.getMemoryMXBean()
        repeat(4) { System.gc() }
        return memory.heapMemoryUsage.used
    }
}
