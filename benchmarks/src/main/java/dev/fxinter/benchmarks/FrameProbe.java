package dev.fxinter.benchmarks;

import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;

/**
 * Records the longest gap between two frames (handle calls), measured on the FX thread: the
 * frame-gap figures' instrument ({@link FrameGaps}).
 *
 * <p>{@code last} is owned by the FX thread (written by {@link #handle} and
 * {@link #restartWindow()}, both run there); {@code longest} is written by the FX thread only and
 * is volatile, so the measuring thread reads it as it was last written. {@code frames} is guarded
 * by this object's monitor: each frame counts it and wakes the measuring thread waiting in
 * {@link #awaitFrames} (after the frame's timestamp was taken, so the monitor costs the gap nothing).
 */
final class FrameProbe extends AnimationTimer {
    private long last;
    private volatile long longest;
    private long frames;

    @Override
    public void handle(long now) {
        long t = System.nanoTime();
        if (last != 0 && t - last > longest) {
            longest = t - last;
        }
        last = t;
        synchronized (this) {
            frames++;
            notifyAll();
        }
    }

    /** Call on the FX thread: forget the gaps so far; the window starts now. */
    void restartWindow() {
        longest = 0;
        last = System.nanoTime();
    }

    /** The longest gap seen so far, in nanoseconds. */
    long longest() {
        return longest;
    }

    /** Waits until {@code more} frames have passed (bounded: fails if pulses stall). */
    synchronized void awaitFrames(long more) throws InterruptedException {
        long target = frames + more;
        if (!MonitorWait.until(this, () -> frames >= target, TimeUnit.SECONDS.toNanos(Compare.WAIT_SECONDS))) {
            throw new IllegalStateException("no animation pulses: frames stalled at " + frames);
        }
    }
}
