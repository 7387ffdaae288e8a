package dev.fxinter.interop

import dev.fxinter.test.FxTester
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.Job
import kotlinx.coroutines.job

/** Test support for the Java tests: waiting for coroutines to finish, the kit's way, bounded by the hang guard. */
object Joins {
    /** Waits until every current child of [scope]'s Job has completed. */
    @JvmStatic
    fun children(fx: FxTester, scope: CoroutineScope) = jobs(fx, scope.coroutineContext.job.children.toList())

    /** Waits until [job] has completed. */
    @JvmStatic
    fun job(fx: FxTester, job: Job) = jobs(fx, listOf(job))

    private fun jobs(fx: FxTester, jobs: List<Job>) =
        fx.awaitUntil("$jobs to complete", Futures.HANG_GUARD) { jobs.all { it.isCompleted } }
}
