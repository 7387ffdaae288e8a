package dev.fxinter.dispatcher.internal;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The listeners of one kind of diagnostics report, each with its own threshold, added and removed
 * from any thread.
 *
 * <p><b>Threads.</b> The list is a {@code CopyOnWriteArrayList}: iterating it (on the diagnostics
 * thread) sees a consistent snapshot. {@link #onChange} runs under this object's lock after each
 * add or remove, so changes are applied in order. {@link Entry#state} belongs to the diagnostics
 * thread.
 *
 * @param <R> the report type
 */
final class ThresholdListeners<R> {
    private final CopyOnWriteArrayList<Entry<R>> entries = new CopyOnWriteArrayList<>();
    private final Runnable onChange;

    /**
     * @param onChange runs after each add or remove, under this object's lock
     */
    ThresholdListeners(Runnable onChange) {
        this.onChange = onChange;
    }

    /** One listener and its threshold. */
    static final class Entry<R> {
        /** The threshold in nanoseconds. */
        final long thresholdNanos;
        private final Consumer<? super R> listener;
        /** Diagnostics thread only: what the owner remembers per listener (the last stack reported, say). */
        Object state;

        Entry(long thresholdNanos, Consumer<? super R> listener) {
            this.thresholdNanos = thresholdNanos;
            this.listener = listener;
        }

        /** Hands {@code report} to the listener; what it throws goes to the thread's handler. */
        void deliver(R report) {
            try {
                listener.accept(report);
            } catch (Throwable t) {
                Thread current = Thread.currentThread();
                current.getUncaughtExceptionHandler().uncaughtException(current, t);
            }
        }
    }

    /** Adds a listener; the returned handle removes it (idempotent). The threshold must be positive. */
    AutoCloseable add(Duration threshold, Consumer<? super R> listener) {
        if (threshold.isNegative() || threshold.isZero()) {
            throw new IllegalArgumentException("threshold must be positive: " + threshold);
        }
        Objects.requireNonNull(listener, "listener");
        Entry<R> entry = new Entry<>(saturatedNanos(threshold), listener);
        synchronized (this) {
            entries.add(entry);
            onChange.run();
        }
        return () -> {
            synchronized (this) {
                if (entries.remove(entry)) {
                    onChange.run();
                }
            }
        };
    }

    /** A snapshot of the listeners. */
    List<Entry<R>> entries() {
        return entries;
    }

    /** Whether no listener is registered. */
    boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The smallest threshold in nanoseconds, or {@code Long.MAX_VALUE} when there is no listener. */
    long minThresholdNanos() {
        long min = Long.MAX_VALUE;
        for (Entry<R> entry : entries) {
            min = Math.min(min, entry.thresholdNanos);
        }
        return min;
    }

    /** A poll period for a threshold: a quarter of it, between 5 ms and 1 s. */
    static long pollPeriodNanos(long thresholdNanos) {
        return Math.max(5_000_000L, Math.min(1_000_000_000L, thresholdNanos / 4));
    }

    private static long saturatedNanos(Duration duration) {
        try {
            return duration.toNanos();
        } catch (ArithmeticException tooLong) {
            return Long.MAX_VALUE;
        }
    }
}
