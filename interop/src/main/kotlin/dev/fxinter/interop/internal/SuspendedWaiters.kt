package dev.fxinter.interop.internal

import java.util.concurrent.ConcurrentHashMap
import kotlinx.coroutines.Job

/**
 * The coroutines suspended in the Kotlin API's awaiting functions, for the test kit's report of
 * coroutines left running ("suspended in awaitEvent(ACTION) on Button[...] at Foo.kt:42").
 *
 * Off by default, and then it costs one volatile read per await; the kit switches it on for its
 * JVM. **Invariants.** A [Waiter] is in [waiters] only between its [added] and its [removed]
 * (resumed, failed or cancelled), and only if tracking was on at its start; a set that could hold
 * waiters of coroutines long gone would leak them. Switching off clears the set. **Publication.**
 * [tracking] is volatile; [waiters] is a concurrent set, safe from any thread.
 */
object SuspendedWaiters {
    @Volatile
    private var tracking = false

    private val waiters: MutableSet<Waiter<*>> = ConcurrentHashMap.newKeySet()

    /** Switches tracking on or off (the test kit). */
    @JvmStatic
    fun track(on: Boolean) {
        tracking = on
        if (!on) waiters.clear()
    }

    internal fun added(waiter: Waiter<*>) {
        if (tracking) waiters.add(waiter)
    }

    internal fun removed(waiter: Waiter<*>) {
        if (tracking) waiters.remove(waiter)
    }

    /**
     * What [job] (or a descendant) is suspended in, if it waits in one of the awaiting functions
     * while tracking is on; else null.
     */
    @JvmStatic
    fun suspendedIn(job: Job): String? {
        for (waiter in waiters) {
            waiter.suspendedIn(job)?.let { return it }
        }
        return null
    }
}
