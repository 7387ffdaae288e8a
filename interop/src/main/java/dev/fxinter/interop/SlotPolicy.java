package dev.fxinter.interop;

/**
 * What an async event handler ({@link FxSlots#asyncHandler}) does with an event that arrives
 * while an earlier event's handler coroutine is still running.
 */
public enum SlotPolicy {
    /** Start a new handler coroutine for every event; any number run at once. */
    CONCURRENT,
    /**
     * Latest wins (search-as-you-type): cancel the running handler coroutine and start the new
     * one at once. The cancelled one runs its {@code finally} blocks when it next resumes.
     */
    CANCEL_PREVIOUS,
    /** Drop events that arrive while a handler coroutine runs. */
    IGNORE_WHILE_RUNNING,
    /**
     * Run the handler coroutines one after another, in the order their events arrived. Only an
     * event that arrives while no handler coroutine runs starts eagerly, inside its event
     * dispatch; a queued event starts when its turn comes, dispatched (not eagerly), after the
     * previous handler coroutine has completed, so it can no longer consume its event.
     */
    QUEUE
}
