package dev.fxinter.benchmarks;

import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;

/**
 * Records the longest gap between two frames (handle calls), measured on the FX thread: the
 * frame-gap figures' instrument ({@link FrameGaps}).
 *
 * <p>{@code last} is owned by the FX thread (written by {@link #handle} and
 * {@link #restartWindow()}, both run there); {@code longest} and {@code frames} are written by
 * the FX thread only and are volatile, so the measuring thread reads them as they were last
 * written.
 */
final class FrameProbe extends AnimationTimer {
    private long last;
    private volatile long longest;
    private volatile long frames;

    @Override
    public void handle(long now) {
        long t = System.nanoTime();
        if (last != 0 && t - last > longest) {
            longest = t - last;
        }
        last = t;
        frames++;
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

    void awaitFrames(long more) throws InterruptedException {
        long target = frames + more;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(Compare.WAIT_SECONDS);
        while (frames < target) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no animation pulses: frames stalled at " + frames);
            }
            Thread.sleep(1);
        }
    }
}
