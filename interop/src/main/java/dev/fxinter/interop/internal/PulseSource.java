package dev.fxinter.interop.internal;

import java.util.LinkedHashSet;
import java.util.Set;
import javafx.animation.AnimationTimer;

/**
 * The animation pulses of the JavaFX toolkit, for whoever waits for one: one
 * {@link AnimationTimer} that runs only while at least one listener is registered.
 *
 * <p><b>Invariants.</b> (1) The timer is started when the first listener arrives and stopped when
 * the last one leaves (by its own choice after a pulse, or by its remover), so with no listener
 * fxinter keeps no timer alive and causes no pulse of its own. (2) Every listener registered before
 * a pulse's {@code handle(now)} began receives that pulse's {@code now}, in registration order, in
 * the same call; a listener registered during that call (a waiter that asks for the next pulse
 * from inside its own callback, say) waits for the next pulse. (3) A listener that was removed
 * before the pulse reached it is not called.
 *
 * <p><b>Threads.</b> Every field is owned by the FX thread: {@link #add}, the removers it returns
 * and the timer's {@code handle} run there only (callers hop with {@link Attachment}). No field
 * is shared with another thread, so none is volatile.
 */
public final class PulseSource {
    private static final PulseSource INSTANCE = new PulseSource();

    /** FX thread only: the listeners, in registration order. */
    private final Set<PulseListener> listeners = new LinkedHashSet<>();
    /** FX thread only: created with the first listener (the toolkit runs by then). */
    private AnimationTimer timer;
    /** FX thread only: whether {@link #timer} is started. */
    private boolean running;

    private PulseSource() {}

    /** Receives pulses until it asks to stop or is removed. */
    @FunctionalInterface
    public interface PulseListener {
        /**
         * One pulse, on the FX thread, inside the toolkit's pulse.
         *
         * @param now the pulse's timestamp in nanoseconds, as {@code AnimationTimer.handle} gets it
         * @return whether to receive the next pulse too
         */
        boolean onPulse(long now);
    }

    /**
     * Registers {@code listener} for the pulses after this call, starting the timer if it is the
     * first. Must run on the FX thread.
     *
     * @param listener receives each pulse until it returns false or is removed
     * @return removes the listener (stopping the timer if it was the last); idempotent, FX thread only
     */
    public static Runnable add(PulseListener listener) {
        return INSTANCE.register(listener);
    }

    /**
     * Whether fxinter's pulse timer runs now. FX thread only.
     *
     * @return true while at least one listener is registered
     */
    public static boolean isRunning() {
        return INSTANCE.running;
    }

    private Runnable register(PulseListener listener) {
        // Wrapped, so that one listener object registered twice is two registrations.
        PulseListener registration = listener::onPulse;
        listeners.add(registration);
        if (!running) {
            if (timer == null) {
                timer = new AnimationTimer() {
                    @Override
                    public void handle(long now) {
                        pulse(now);
                    }
                };
            }
            timer.start();
            running = true;
        }
        return () -> remove(registration);
    }

    private void remove(PulseListener registration) {
        if (listeners.remove(registration) && listeners.isEmpty()) {
            stop();
        }
    }

    private void stop() {
        if (running) {
            timer.stop();
            running = false;
        }
    }

    private void pulse(long now) {
        PulseListener[] receivers = listeners.toArray(new PulseListener[0]);
        for (PulseListener receiver : receivers) {
            if (!listeners.contains(receiver)) {
                continue; // removed by an earlier receiver of this pulse
            }
            boolean again;
            try {
                again = receiver.onPulse(now);
            } catch (Throwable t) {
                again = false;
                Thread current = Thread.currentThread();
                current.getUncaughtExceptionHandler().uncaughtException(current, t);
            }
            if (!again) {
                listeners.remove(receiver);
            }
        }
        if (listeners.isEmpty()) {
            stop();
        }
    }
}
