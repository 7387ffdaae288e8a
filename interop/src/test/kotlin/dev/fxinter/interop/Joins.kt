package dev.fxinter.interop

import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.Job
import kotlinx.coroutines.job
import kotlinx.coroutines.runBlocking
import kotlinx.coroutines.withTimeout

/** Test support for the Java tests: waiting for coroutines to finish, bounded by the hang guard. */
object Joins {
    /** Blocks until every current child of [scope]'s Job has completed. */
    @JvmStatic
    fun children(scope: CoroutineScope) = job(scope.coroutineContext.job.children.toList())

    /** Blocks until [job] has completed. */
    @JvmStatic
    fun job(job: Job) = job(listOf(job))

    private fun job(jobs: List<Job>) = runBlocking {
        withTimeout(TestLoop.HANG_GUARD.toMillis()) { jobs.forEach { it.join() } }
    }
}
