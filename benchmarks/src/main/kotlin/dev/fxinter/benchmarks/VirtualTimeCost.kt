package dev.fxinter.benchmarks

import dev.fxinter.test.runFxTest
import kotlinx.coroutines.delay

/**
 * What virtual time saves: a test body that awaits 1,000 sequential `delay(1_000)` on the FX
 * dispatcher (1,000 s of virtual time) under fxinter-test's `runFxTest`, timed in wall time.
 * One warm-up, then [SAMPLES] samples; prints the median and the worst, and the worst as a
 * fraction of the 1,000 s the same body takes in real time. Goal: under 1 s of wall time.
 *
 * Run: `java -cp ... dev.fxinter.benchmarks.VirtualTimeCost [samples]` (the `virtual-time` profile
 * of benchmarks/pom.xml does it); no headless flag is needed, the kit finds the platform itself.
 */
object VirtualTimeCost {
    private const val SAMPLES = 9
    private const val DELAYS = 1_000
    private const val DELAY_MILLIS = 1_000L

    @JvmStatic
    fun main(args: Array<String>) {
        val samples = args.firstOrNull()?.toInt() ?: SAMPLES
        sample() // warm-up: the toolkit starts, the classes load
        val wall = DoubleArray(samples) { sample() }.sorted()
        val virtualMillis = DELAYS * DELAY_MILLIS
        val median = wall[wall.size / 2]
        val worst = wall.last()
        println("virtual time: %,d sequential delay(%,d) under runFxTest = %,d s of virtual time".format(
            DELAYS, DELAY_MILLIS, virtualMillis / 1000))
        println("  wall time, ms, %d samples: median %.1f, worst %.1f (goal: worst under 1,000 ms)".format(
            samples, median, worst))
        println("  worst wall / real time: %.2e (%s)".format(worst / virtualMillis,
            if (worst < 1000) "met" else "MISSED"))
        println("  samples, ms: " + wall.joinToString(" ") { "%.1f".format(it) })
        // for benchmarks/run-all.sh: figure, unit, fxinter (the worst sample), peer (none), limit (real time)
        println("csv,virtual_time,ms,%.1f,,%d".format(worst, virtualMillis))
        kotlin.system.exitProcess(0) // the kit never exits the toolkit, whose FX thread would keep the JVM alive
    }

    private fun sample(): Double {
        val start = System.nanoTime()
        runFxTest {
            repeat(DELAYS) { delay(DELAY_MILLIS) }
            check(currentTime == DELAYS * DELAY_MILLIS) { "virtual time is $currentTime ms" }
        }
        return (System.nanoTime() - start) / 1e6
    }
}
