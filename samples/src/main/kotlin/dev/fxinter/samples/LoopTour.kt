package dev.fxinter.samples

import javafx.application.Platform
import javafx.stage.Stage
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.delay
import kotlinx.coroutines.future.await
import kotlinx.coroutines.launch
import kotlinx.coroutines.withTimeoutOrNull
import kotlinx.coroutines.yield
import java.util.concurrent.CompletableFuture
import java.util.concurrent.Executor
import java.util.function.Consumer
import kotlinx.coroutines.asExecutor

/**
 * The Kotlin half of the loop demo: a suspend main that exercises the FX dispatcher and prints
 * what happened. [LoopDemo] (Java) runs it with `FxLoop.run`.
 */
class LoopTour(private val log: Consumer<String>) {
    private val fxExecutor: Executor = Dispatchers.Main.asExecutor()
    private val start = System.nanoTime()
    private fun ms() = "%7.1f ms".format((System.nanoTime() - start) / 1e6)
    private fun say(what: String) = log.accept("${ms()}  [${Thread.currentThread().name.substringBefore(" @")}] $what")

    suspend fun run(scope: CoroutineScope): String {
        say("suspend main started on the FX thread: ${Platform.isFxApplicationThread()}")
        say("Dispatchers.Main is ${Dispatchers.Main} (${Dispatchers.Main.javaClass.simpleName})")

        // timers: three coroutines wake in deadline order, on the FX thread, not on the pulse
        val timers = listOf(30L, 10L, 20L).map { ms ->
            scope.launch {
                delay(ms)
                say("delay($ms) resumed; outside a pulse: ${Platform.canStartNestedEventLoop()}")
            }
        }
        timers.forEach { it.join() }

        // many small steps: every yield() goes through the batched queue
        val yields = 100_000
        val t0 = System.nanoTime()
        repeat(yields) { yield() }
        say("$yields yield() calls took %.1f ms".format((System.nanoTime() - t0) / 1e6))

        // sequential short delays: not quantized to 16 ms frames
        val t1 = System.nanoTime()
        repeat(100) { delay(1) }
        say("100 sequential delay(1) took %.1f ms".format((System.nanoTime() - t1) / 1e6))

        // a modal window right after delay(): legal, because the delay resumed outside a pulse
        delay(5)
        val stage = Stage()
        stage.title = "fxinter demo"
        stage.setOnShown { Platform.runLater { stage.close() } }
        stage.showAndWait()
        say("showAndWait() right after delay() returned normally")

        // Java's CompletableFuture with the loop's executor, awaited from Kotlin
        val answer = CompletableFuture.supplyAsync { 6 * 7 }
            .thenApplyAsync({ "$it, computed off the FX thread, delivered on ${Thread.currentThread().name.substringBefore(" @")}" }, fxExecutor)
            .await()
        say("CompletableFuture stage: $answer")

        val timedOut = withTimeoutOrNull(20) { delay(10_000); "never" }
        say("withTimeoutOrNull(20) { delay(10 s) } = $timedOut")
        return "tour complete"
    }
}
