package dev.fxinter.benchmarks;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * A bounded wait on an object's monitor until a condition holds: the wait of the frame probe for
 * frames ({@link FrameProbe#awaitFrames}) and of the collector's tally for notifications
 * ({@link GcPauses#close()}). The thread that changes what the condition reads does so holding the
 * same monitor and calls {@code notifyAll()}, so the waiter never polls.
 */
final class MonitorWait {
    private MonitorWait() {
    }

    /**
     * Call holding {@code monitor}'s lock: waits until {@code done} holds or {@code timeoutNanos}
     * have passed, checking again at each {@code notifyAll()} on it.
     *
     * @return whether {@code done} holds
     */
    static boolean until(Object monitor, BooleanSupplier done, long timeoutNanos) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutNanos;
        while (!done.getAsBoolean()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(monitor, left);
        }
        return true;
    }
}
