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
 * the number of waiters. Prints one line per contender and the ratios to the limit.
 *
 * Run: `java -cp ... dev.fxinter.benchmarks.WaiterMemory [waiters]` with the profile's headless
 * flags (the `waiters` profile of benchmarks/pom.xml does it).
 */
object WaiterMemory {
    private const val WAITERS = 100_000

    @JvmStatic
    fun main(args: Array<String>) {
        val n = args.firstOrNull()?.toInt() ?: WAITERS
        FxLoop.owner().use {
            val limit = measure("hand-written suspendCancellableCoroutine + handler (limit)", n) { AwaitLoops.handWrittenWait(it) }
            val fx = measure("fxinter awaitEvent", n) { it.awaitEvent(ActionEvent.ACTION) }
            val future = measure("fxinter FxSignals.next(...).await()", n) { FxSignals.next(it, ActionEvent.ACTION).await() }
            println("ratio awaitEvent / limit: %.2f".format(fx / limit))
            println("ratio next().await() / limit: %.2f".format(future / limit))
            // for benchmarks/run-all.sh: figure, unit, fxinter, peer (none), limit
            println("csv,waiter_memory,B,%.1f,,%.1f".format(fx, limit))
            println("csv,waiter_memory_next,B,%.1f,,%.1f".format(future, limit))
        }
    }

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
