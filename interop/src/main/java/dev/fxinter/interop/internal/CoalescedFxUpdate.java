package dev.fxinter.interop.internal;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An update of JavaFX state that other threads request and the FX thread applies, coalesced the
 * way {@code javafx.concurrent.Task.updateProgress} does: however often it is requested, at most
 * one application is queued on fxinter's FIFO FX queue, and it applies the latest values.
 *
 * <p><b>Invariants.</b> {@link #pending} is true exactly while an application is queued and has
 * not started. The application clears it before it runs {@code apply}, so a request made while
 * {@code apply} reads the values either is seen by that read or queues the next application: the
 * latest values are never left unapplied.
 *
 * <p><b>Threads.</b> {@link #request()} is called from any thread (the caller first publishes its
 * values, in volatile or atomic fields); {@code apply} runs on the FX thread only, never inline
 * (also when requested there), so it keeps its place in the queue after what was queued before it.
 */
public final class CoalescedFxUpdate {
    private final Runnable apply;
    /** Any thread: an application is queued and has not started yet. */
    private final AtomicBoolean pending = new AtomicBoolean();

    /**
     * An update that runs {@code apply} on the FX thread.
     *
     * @param apply reads the latest values and applies them to JavaFX state; FX thread
     */
    public CoalescedFxUpdate(Runnable apply) {
        this.apply = apply;
    }

    /** Queues an application unless one is queued already. Any thread. */
    public void request() {
        if (pending.compareAndSet(false, true)) {
            OnFxThread.queue(this::applyNow, rejected -> pending.set(false));
        }
    }

    private void applyNow() {
        pending.set(false);
        apply.run();
    }
}
