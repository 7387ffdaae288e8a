package dev.fxinter.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Counts the collector's pauses during a measurement window, from the JDK's
 * {@link GarbageCollectorMXBean} notifications: how many collections, their total and their
 * longest duration. With the stop-the-world collector the benchmarks use
 * ({@code -XX:+UseParallelGC}), a collection's duration is a pause of every thread, the FX thread
 * included, so a frame gap at least that long is the collector's.
 *
 * <p>Notifications arrive on a JMX thread shortly after each collection; {@link #close()} stops
 * listening, and the figures read after it count the collections that ended in the window.
 *
 * <p>Threads and invariants: {@link #start()} and {@link #close()} run on the measuring thread;
 * {@link #handleNotification} runs on the JMX notification thread. The tallies ({@code count},
 * {@code totalMillis}, {@code longestMillis}) are guarded by {@code this}, changed together in one
 * synchronized block, and every change is signalled with {@code notifyAll()}; {@code close()}
 * waits on that monitor (never polls) until the tally has caught up with the collections the
 * MXBeans counted in the window, or a second has passed (a hang guard: a notification the JDK
 * never sends must not stall a measurement).
 */
final class GcPauses implements NotificationListener, AutoCloseable {
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    /** The collections the MXBeans had counted at the start; owned by the measuring thread. */
    private long countedBefore;
    /**
     * Guarded by {@code this}, with the two below: written by the JMX notification thread, which
     * signals each change; read by {@link #close()} while it waits, and after it.
     */
    private int count;
    private long totalMillis;
    private long longestMillis;

    private GcPauses() {}

    /** Starts counting now. */
    static GcPauses start() {
        GcPauses pauses = new GcPauses();
        for (GarbageCollectorMXBean bean : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (bean instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(pauses, null, null);
                pauses.emitters.add(emitter);
            }
        }
        pauses.countedBefore = counted();
        return pauses;
    }

    @Override
    public synchronized void handleNotification(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info =
                GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        long millis = info.getGcInfo().getDuration();
        count++;
        totalMillis += millis;
        longestMillis = Math.max(longestMillis, millis);
        notifyAll();
    }

    private static long counted() {
        long n = 0;
        for (GarbageCollectorMXBean bean : ManagementFactory.getGarbageCollectorMXBeans()) {
            n += Math.max(0, bean.getCollectionCount());
        }
        return n;
    }

    /**
     * Stops counting: first waits (at most a second) until the notifications of the collections
     * the MXBeans counted in the window have arrived, since they are sent asynchronously.
     */
    @Override
    public void close() throws Exception {
        awaitNotifications(counted() - countedBefore, TimeUnit.SECONDS.toNanos(1));
        for (NotificationEmitter emitter : emitters) {
            emitter.removeNotificationListener(this);
        }
    }

    /**
     * Waits on this monitor until {@code expected} notifications have been counted or
     * {@code timeoutNanos} have passed; each notification wakes it to compare again.
     */
    private synchronized void awaitNotifications(long expected, long timeoutNanos) throws InterruptedException {
        MonitorWait.until(this, () -> count >= expected, timeoutNanos);
    }

    @Override
    public synchronized String toString() {
        return count + " GC, longest " + longestMillis + " ms, total " + totalMillis + " ms";
    }
}
