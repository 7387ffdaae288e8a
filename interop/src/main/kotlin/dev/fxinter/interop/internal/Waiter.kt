package dev.fxinter.interop.internal

import java.util.concurrent.atomic.AtomicIntegerFieldUpdater
import java.util.function.Consumer
import java.util.function.Supplier
import kotlin.coroutines.resume
import kotlin.coroutines.resumeWithException
import kotlinx.coroutines.CancellableContinuation
import kotlinx.coroutines.Job
import kotlin.coroutines.jvm.internal.CoroutineStackFrame

/**
 * One coroutine suspended in an awaiting function of the Kotlin API (`awaitEvent`,
 * `awaitNextValue`, `awaitValue`): the JavaFX listener it waits on, and its continuation.
 *
 * The waiter is itself what [Attachment] needs (the add, the failure callback, the remover) and the
 * cancellation handler, so one suspended coroutine costs this object, one [Attachment] and the
 * continuation: no future, no second hop.
 *
 * **Invariants.** The continuation is resumed at most once ([done] goes from 0 to 1 once, by CAS,
 * before any resume): a listener that fires again before its removal has run (a property changed
 * twice from a background thread) is ignored. The listener is added and removed on the FX thread
 * ([Attachment]): added before [start] returns when called there, removed after the resume or the
 * cancellation, whichever comes first; a removal can overtake a pending add from another thread.
 *
 * **Publication.** [attachment] is volatile and written once by [start], after the add (which may
 * resume at once, before it is set). [resume] writes [done] and then reads [attachment]; [start]
 * writes [attachment] and then reads [done]: at least one of them sees the other and detaches
 * (detaching twice is harmless).
 *
 * **Where suspended.** While [SuspendedWaiters] tracks (the test kit switches it on), a waiter is
 * in its set from [start] until it resumes or is cancelled, so that a report of a coroutine left
 * running can say what it waits for and where ([suspendedIn]).
 *
 * @param T what the coroutine resumes with
 */
abstract class Waiter<T>(private val cont: CancellableContinuation<T>) :
    Supplier<Runnable>, Consumer<Throwable>, Runnable, (Throwable?) -> Unit {

    /** 0 while waiting, 1 once resumed; changed by CAS only. */
    @Volatile
    private var done = 0

    /** Written once by [start]; null before. */
    @Volatile
    private var attachment: Attachment? = null

    /**
     * Adds the listener; runs on the FX thread, and may resume at once instead.
     *
     * @return whether it added the listener (false when it resumed at once)
     */
    protected abstract fun add(): Boolean

    /** Removes the listener; runs on the FX thread, once, and only when [add] added it. */
    abstract override fun run()

    /** What the coroutine waits for, as a report names it: `awaitEvent(ACTION) on Button[...]`. */
    protected abstract fun describe(): String

    /**
     * When this waiter's coroutine is [job] or one of its descendants: what it waits for and the
     * first frame of its caller that has a location; else null.
     */
    fun suspendedIn(job: Job): String? {
        var owner = cont.context[Job]
        while (owner != null && owner !== job) owner = owner.parent
        if (owner == null) return null
        var frame = cont as? CoroutineStackFrame
        while (frame != null) {
            frame.getStackTraceElement()?.let { return "${describe()} at $it" }
            frame = frame.callerFrame
        }
        return describe()
    }

    /** Adds the listener on the FX thread (inline there) and removes it on cancellation. */
    fun start() {
        SuspendedWaiters.added(this)
        val added = Attachment.attach(this, this)
        attachment = added
        if (done != 0) {
            added.detach()
        }
        cont.invokeOnCancellation(this)
    }

    /** Resumes the coroutine with [value], the first time only, and removes the listener. */
    protected fun resume(value: T) {
        if (DONE.compareAndSet(this, 0, 1)) {
            SuspendedWaiters.removed(this)
            attachment?.detach()
            cont.resume(value)
        }
    }

    /** Resumes the coroutine with [failure], the first time only, and removes the listener. */
    protected fun fail(failure: Throwable) {
        if (DONE.compareAndSet(this, 0, 1)) {
            SuspendedWaiters.removed(this)
            attachment?.detach()
            cont.resumeWithException(failure)
        }
    }

    /** [Attachment]'s add: [add], then this waiter removes the listener again (if it added one). */
    final override fun get(): Runnable = if (add()) this else NOTHING_ADDED

    /** [Attachment]'s failure callback: the listener could not be added. */
    final override fun accept(failure: Throwable) = fail(failure)

    /** The continuation's cancellation handler: remove the listener on the FX thread. */
    final override fun invoke(cause: Throwable?) {
        SuspendedWaiters.removed(this)
        attachment?.detach()
    }

    private companion object {
        private val DONE = AtomicIntegerFieldUpdater.newUpdater(Waiter::class.java, "done")
        private val NOTHING_ADDED = Runnable { }
    }
}
