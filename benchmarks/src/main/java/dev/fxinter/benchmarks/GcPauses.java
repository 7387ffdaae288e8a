package dev.fxinter.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
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
 */
final class GcPauses implements NotificationListener, AutoCloseable {
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    /** The collections the MXBeans had counted at the start; owned by the measuring thread. */
    private long countedBefore;
    /** Guarded by {@code this}: written by the JMX notification thread, read after {@link #close()}. */
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
        long expected = counted() - countedBefore;
        long deadline = System.nanoTime() + 1_000_000_000L;
        while (count() < expected && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        for (NotificationEmitter emitter : emitters) {
            emitter.removeNotificationListener(this);
        }
    }

    synchronized int count() {
        return count;
    }

    synchronized long totalMillis() {
        return totalMillis;
    }

    synchronized long longestMillis() {
        return longestMillis;
    }

    @Override
    public synchronized String toString() {
        return count + " GC, longest " + longestMillis + " ms, total " + totalMillis + " ms";
    }
}
