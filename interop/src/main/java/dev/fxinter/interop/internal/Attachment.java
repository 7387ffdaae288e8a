package dev.fxinter.interop.internal;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One listener or event handler that the library adds to a JavaFX object and later removes,
 * both on the FX thread only, hopping there from other threads.
 *
 * <p><b>Invariants.</b> The listener is added at most once and removed at most once. Once
 * {@link #detach()} is called, the listener is removed (if it was added) or never added (if
 * the add had not run yet): a detach can overtake a pending attach without leaking it. A
 * failure to add (the target refuses, or no toolkit runs) reaches the failure callback and
 * leaves nothing behind.
 *
 * <p><b>Threads.</b> {@link #remover} and {@link #detached} are read and written on the FX
 * thread only (or on the dispatcher's cleanup thread once the toolkit has exited, when no FX
 * thread exists any more): both add and remove run through {@link OnFxThread}, so they are
 * never concurrent, and a remove queued from another thread runs after any add queued before it.
 *
 * <p><b>Live count.</b> {@link #LIVE} counts the listeners added and not yet removed, across all
 * attachments: incremented when an add succeeds, decremented when that listener is removed (an
 * {@link AtomicInteger}, readable from any thread). fxinter's test kit reads it
 * ({@link #live()}) to report listeners a test left installed.
 */
public final class Attachment {
    /** Listeners added by attachments and not removed yet; any thread reads it. */
    private static final AtomicInteger LIVE = new AtomicInteger();

    private final Supplier<Runnable> add;
    private final Consumer<? super Throwable> onFailure;
    /** FX thread only: how to remove the listener once added; null before the add and after removal. */
    private Runnable remover;
    /** FX thread only: detach() has run; the listener must not be (or stay) added. */
    private boolean detached;

    private Attachment(Supplier<Runnable> add, Consumer<? super Throwable> onFailure) {
        this.add = add;
        this.onFailure = onFailure;
    }

    /**
     * Adds a listener on the FX thread: inline when called there, else as soon as the FX thread
     * gets to it.
     *
     * @param add runs on the FX thread, adds the listener and returns what removes it
     * @param onFailure receives what {@code add} threw, or why it could not run on the FX thread
     * @return the attachment, to {@link #detach()} later
     */
    public static Attachment attach(Supplier<Runnable> add, Consumer<? super Throwable> onFailure) {
        Attachment attachment = new Attachment(add, onFailure);
        OnFxThread.run(attachment::addNow, onFailure);
        return attachment;
    }

    /** Removes the listener on the FX thread, or makes sure it is never added. Idempotent. */
    public void detach() {
        OnFxThread.run(this::removeNow, rejected -> { });
    }

    private void addNow() {
        if (detached) {
            return;
        }
        Runnable added;
        try {
            added = add.get();
        } catch (Throwable t) {
            onFailure.accept(t);
            return;
        }
        if (detached) { // add's own listener completed the work and detached us meanwhile
            added.run();
        } else {
            remover = added;
            LIVE.incrementAndGet();
        }
    }

    private void removeNow() {
        detached = true;
        Runnable added = remover;
        remover = null;
        if (added != null) {
            LIVE.decrementAndGet();
            added.run();
        }
    }

    /**
     * The number of listeners and handlers that attachments have added and not yet removed.
     *
     * @return the live count now
     */
    public static int live() {
        return LIVE.get();
    }
}
