package dev.fxinter.interop.internal

import dev.fxinter.interop.BlockingWork
import dev.fxinter.interop.FxThread
import dev.fxinter.interop.WorkerFailure
import dev.fxinter.interop.WorkerProgress
import dev.fxinter.interop.WorkerScope
import java.util.Objects
import java.util.concurrent.atomic.AtomicReference
import javafx.beans.property.ReadOnlyBooleanProperty
import javafx.beans.property.ReadOnlyBooleanWrapper
import javafx.beans.property.ReadOnlyDoubleProperty
import javafx.beans.property.ReadOnlyDoubleWrapper
import javafx.beans.property.ReadOnlyObjectProperty
import javafx.beans.property.ReadOnlyObjectWrapper
import javafx.beans.property.ReadOnlyStringProperty
import javafx.beans.property.ReadOnlyStringWrapper
import javafx.concurrent.Worker
import kotlin.coroutines.CoroutineContext
import kotlinx.coroutines.CoroutineExceptionHandler
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.Job
import kotlinx.coroutines.isActive
import kotlinx.coroutines.launch
import kotlinx.coroutines.runInterruptible

/**
 * A `javafx.concurrent.Worker` whose work is a coroutine: the state machine, value, exception,
 * progress, message, title and `running` of `javafx.concurrent.Task`, driven by a coroutine
 * launched as a child of the caller's scope.
 *
 * **States.** READY until the FX thread learns of the start, then SCHEDULED (at once when started
 * on the FX thread), RUNNING once the coroutine's body begins, then exactly one of SUCCEEDED
 * (value set first), FAILED (exception set first) or CANCELLED. `running` is true in SCHEDULED and
 * RUNNING. `cancel()` on the FX thread moves to CANCELLED before it returns, like `Task.cancel()`.
 *
 * **Invariants.**
 * - Every JavaFX property of this class is written on the FX thread only; a state never goes
 *   back (a late SCHEDULED or RUNNING, or a late report, after a terminal state is ignored).
 * - The terminal state is decided once, by the first of `cancel()`, the body's result or failure,
 *   and the coroutine's cancelled completion to claim [end] (compare-and-set from null); only
 *   the winner posts its terminal state, so a Worker never shows two outcomes.
 * - Reports (progress, message, title) at most queue one FX update at a time ([reportUpdate], a
 *   [CoalescedFxUpdate]), which applies the latest reported values; none is left unapplied.
 * - Transitions and reports made by the coroutine are queued on fxinter's FIFO FX queue (never
 *   run inline, also when the coroutine runs on the FX thread), so a report made before the
 *   result is applied before the terminal state.
 *
 * **Threads.** The properties are owned by the FX thread. [end] is an atomic written
 * by any thread; [reportedProgress], [reportedMessage] and [reportedTitle] are volatile, written by
 * the reporting thread and read on the FX thread. [job] is written once by [start] before the
 * Worker is handed out, so every thread that can call `cancel()` sees it.
 */
class CoroutineWorker<T> private constructor() : Worker<T> {
    private class Progress(val workDone: Double, val totalWork: Double, val progress: Double)

    private val state = ReadOnlyObjectWrapper(this, "state", Worker.State.READY)
    private val value = ReadOnlyObjectWrapper<T?>(this, "value", null)
    private val exception = ReadOnlyObjectWrapper<Throwable?>(this, "exception", null)
    private val workDone = ReadOnlyDoubleWrapper(this, "workDone", -1.0)
    private val totalWork = ReadOnlyDoubleWrapper(this, "totalWork", -1.0)
    private val progress = ReadOnlyDoubleWrapper(this, "progress", -1.0)
    private val running = ReadOnlyBooleanWrapper(this, "running", false)
    private val message = ReadOnlyStringWrapper(this, "message", "")
    private val title = ReadOnlyStringWrapper(this, "title", "")

    private val end = AtomicReference<Worker.State?>(null)
    @Volatile private var reportedProgress: Progress? = null
    @Volatile private var reportedMessage: String? = null
    @Volatile private var reportedTitle: String? = null
    private lateinit var job: Job

    /** The reports of the work, kept off the Worker itself so that nobody else can report. */
    private val reports = object : WorkerProgress {
        override fun updateProgress(workDone: Double, max: Double) {
            reportedProgress = progressOf(workDone, max)
            report()
        }

        override fun updateMessage(message: String) {
            reportedMessage = Objects.requireNonNull(message, "message")
            report()
        }

        override fun updateTitle(title: String) {
            reportedTitle = Objects.requireNonNull(title, "title")
            report()
        }
    }

    private val reportUpdate = CoalescedFxUpdate {
        if (!isDone()) {
            reportedProgress?.let {
                workDone.set(it.workDone)
                totalWork.set(it.totalWork)
                progress.set(it.progress)
            }
            reportedMessage?.let(message::set)
            reportedTitle?.let(title::set)
        }
    }

    private fun report() {
        if (end.get() == null) {
            reportUpdate.request()
        }
    }

    /** FX thread: moves forward to SCHEDULED or RUNNING, unless already there or done; as in Task, `running` follows `state`. */
    private fun advance(to: Worker.State) {
        if (state.get().ordinal < to.ordinal) {
            state.set(to)
            running.set(true)
        }
    }

    /** FX thread: the terminal state, after [claim] chose it. */
    private fun finish(to: Worker.State) {
        state.set(to)
        running.set(false)
    }

    private fun isDone() = state.get().ordinal > Worker.State.RUNNING.ordinal

    private fun claim(to: Worker.State) = end.compareAndSet(null, to)

    private fun succeed(result: T) {
        if (claim(Worker.State.SUCCEEDED)) {
            OnFxThread.queue({ value.set(result); finish(Worker.State.SUCCEEDED) }, IGNORE)
        }
    }

    private fun fail(failure: Throwable) {
        if (claim(Worker.State.FAILED)) {
            OnFxThread.queue({ exception.set(failure); finish(Worker.State.FAILED) }, IGNORE)
        }
    }

    private fun cancelled(inline: Boolean): Boolean {
        if (!claim(Worker.State.CANCELLED)) {
            return false
        }
        val cancel = Runnable { finish(Worker.State.CANCELLED) }
        if (inline) OnFxThread.run(cancel, IGNORE) else OnFxThread.queue(cancel, IGNORE)
        return true
    }

    /**
     * Cancels the work: the coroutine is cancelled (blocking work is interrupted) and the Worker
     * becomes CANCELLED, at once when called on the FX thread.
     *
     * @return false when the Worker had already succeeded, failed or been cancelled
     */
    override fun cancel(): Boolean {
        val won = cancelled(inline = true)
        job.cancel()
        return won
    }

    override fun getState(): Worker.State = state.get()
    override fun stateProperty(): ReadOnlyObjectProperty<Worker.State> = state.readOnlyProperty
    override fun getValue(): T? = value.get()
    override fun valueProperty(): ReadOnlyObjectProperty<T?> = value.readOnlyProperty
    override fun getException(): Throwable? = exception.get()
    override fun exceptionProperty(): ReadOnlyObjectProperty<Throwable?> = exception.readOnlyProperty
    override fun getWorkDone(): Double = workDone.get()
    override fun workDoneProperty(): ReadOnlyDoubleProperty = workDone.readOnlyProperty
    override fun getTotalWork(): Double = totalWork.get()
    override fun totalWorkProperty(): ReadOnlyDoubleProperty = totalWork.readOnlyProperty
    override fun getProgress(): Double = progress.get()
    override fun progressProperty(): ReadOnlyDoubleProperty = progress.readOnlyProperty
    override fun isRunning(): Boolean = running.get()
    override fun runningProperty(): ReadOnlyBooleanProperty = running.readOnlyProperty
    override fun getMessage(): String = message.get()
    override fun messageProperty(): ReadOnlyStringProperty = message.readOnlyProperty
    override fun getTitle(): String = title.get()
    override fun titleProperty(): ReadOnlyStringProperty = title.readOnlyProperty

    override fun toString(): String = "CoroutineWorker[${end.get() ?: "not done"}]"

    /** The receiver of a Kotlin worker block: the coroutine's scope and the Worker's reports. */
    private class Scope(scope: CoroutineScope, reports: WorkerProgress) :
        WorkerScope, CoroutineScope by scope, WorkerProgress by reports

    companion object {
        private val IGNORE = java.util.function.Consumer<Throwable> { }

        /**
         * Starts [body] in a child coroutine of [scope] with [context] added, and returns its Worker.
         *
         * @param failure whether a failure also reaches the scope's exception handler
         */
        @JvmStatic
        fun <T> start(scope: CoroutineScope, context: CoroutineContext, failure: WorkerFailure,
                      body: suspend WorkerScope.() -> T): Worker<T> {
            val worker = CoroutineWorker<T>()
            val schedule = Runnable { worker.advance(Worker.State.SCHEDULED) }
            if (FxThread.isFxThread()) schedule.run() else OnFxThread.queue(schedule, IGNORE)
            worker.job = scope.launch(context) {
                OnFxThread.queue({ worker.advance(Worker.State.RUNNING) }, IGNORE)
                val result = try {
                    Scope(this, worker.reports).body()
                } catch (e: Throwable) {
                    if (!isActive) {
                        throw e // cancelled: the completion below ends the Worker as CANCELLED
                    }
                    worker.fail(e)
                    if (failure == WorkerFailure.REPORT) {
                        report(coroutineContext, e)
                    }
                    return@launch
                }
                if (isActive) {
                    worker.succeed(result)
                }
            }
            worker.job.invokeOnCompletion { cause -> if (cause != null) worker.cancelled(inline = false) }
            return worker
        }

        /** [start] for blocking work on `Dispatchers.IO`, interrupted when cancelled. */
        @JvmStatic
        fun <T> blocking(scope: CoroutineScope, failure: WorkerFailure, work: BlockingWork<T>): Worker<T> =
            start(scope, Dispatchers.IO, failure) {
                // The failure leaves runInterruptible as a value, so the Worker holds the very
                // exception the work threw (not a copy made by stack-trace recovery).
                runInterruptible {
                    try {
                        Result.success(work.run(this))
                    } catch (e: InterruptedException) {
                        throw e
                    } catch (e: Exception) {
                        Result.failure(e)
                    }
                }.getOrThrow()
            }

        /** kotlinx's rule for an uncaught exception: the context's handler, else the thread's. */
        private fun report(context: CoroutineContext, failure: Throwable) {
            val handler = context[CoroutineExceptionHandler]
            if (handler != null) {
                handler.handleException(context, failure)
            } else {
                val thread = Thread.currentThread()
                thread.uncaughtExceptionHandler.uncaughtException(thread, failure)
            }
        }

        /** `javafx.concurrent.Task.updateProgress`'s rules. */
        private fun progressOf(workDone: Double, max: Double): Progress {
            val total = if (max.isFinite() && max >= 0) max else -1.0
            var done = if (workDone.isFinite() && workDone >= 0) workDone else -1.0
            if (done > total) {
                done = total
            }
            val ratio = if (done == -1.0 || total == -1.0) -1.0 else done / total
            return Progress(done, total, if (ratio.isNaN()) -1.0 else ratio)
        }
    }
}
