package dev.fxinter.dispatcher.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import jdk.jfr.FlightRecorder;
import jdk.jfr.FlightRecorderListener;
import jdk.jfr.Recording;
import jdk.jfr.RecordingState;

/**
 * fxinter's side of JFR: follows the running recordings, and while one of them enables
 * {@code dev.fxinter.SlowTask} or {@code dev.fxinter.Hang} keeps the slow-task detector or the
 * hang watchdog running at that recording's threshold (the smallest, if several), as if a listener
 * were registered; and creates and commits the events. Loaded only when
 * {@link FlightRecording#AVAILABLE}.
 *
 * <p><b>Threads.</b> {@link #watching}, the thresholds and the subscriptions are guarded by this
 * class's lock; recording changes arrive on JFR's threads. Events are plain objects owned by the
 * thread that creates them until they are committed.
 */
final class JfrSupport {
    static final String SLOW_TASK = "dev.fxinter.SlowTask";
    static final String HANG = "dev.fxinter.Hang";
    /** The detectors never sample for a threshold below this, whatever the recording says. */
    private static final long MIN_THRESHOLD_NANOS = 1_000_000L;

    /** Guarded by the class lock. */
    private static boolean watching;
    private static long slowTaskThreshold = -1;
    private static long hangThreshold = -1;
    private static AutoCloseable slowTaskSubscription;
    private static AutoCloseable hangSubscription;

    private JfrSupport() {}

    static synchronized void watch() {
        if (watching) {
            return;
        }
        watching = true;
        // registered up front, so that a recording's settings reach them before their first use
        FlightRecorder.register(SlowTaskEvent.class);
        FlightRecorder.register(HangEvent.class);
        FlightRecorder.addListener(new FlightRecorderListener() {
            @Override
            public void recordingStateChanged(Recording recording) {
                update();
            }
        });
        update();
    }

    /** Re-reads the running recordings' settings and switches the detectors to match. */
    private static synchronized void update() {
        long slow = threshold(SLOW_TASK, 20_000_000L);
        long hang = threshold(HANG, 500_000_000L);
        if (slow != slowTaskThreshold) {
            slowTaskThreshold = slow;
            closeQuietly(slowTaskSubscription);
            slowTaskSubscription = slow < 0 ? null
                    : SlowTaskWatch.subscribe(Duration.ofNanos(Math.max(slow, MIN_THRESHOLD_NANOS)), report -> { });
            SlowTaskWatch.recordEvents(slow >= 0);
        }
        if (hang != hangThreshold) {
            hangThreshold = hang;
            closeQuietly(hangSubscription);
            hangSubscription = hang < 0 ? null
                    : HangWatchdog.subscribe(Duration.ofNanos(Math.max(hang, MIN_THRESHOLD_NANOS)), report -> { });
            HangWatchdog.recordEvents(hang >= 0);
        }
    }

    /** The smallest threshold of the running recordings that enable {@code event}, or -1. */
    private static long threshold(String event, long defaultNanos) {
        if (!FlightRecorder.isInitialized()) {
            return -1; // no recording ever ran; asking for the recorder would start JFR
        }
        long min = -1;
        for (Recording recording : FlightRecorder.getFlightRecorder().getRecordings()) {
            if (recording.getState() != RecordingState.RUNNING) {
                continue;
            }
            Map<String, String> settings = recording.getSettings();
            if (!"true".equals(settings.get(event + "#enabled"))) {
                continue;
            }
            String threshold = settings.get(event + "#threshold");
            long nanos = threshold == null ? defaultNanos : parseNanos(threshold, defaultNanos);
            min = min < 0 ? nanos : Math.min(min, nanos);
        }
        return min;
    }

    /** JFR's spelling of a timespan ({@code "20 ms"}, {@code "1 s"}, {@code "0 ns"}) in nanoseconds. */
    static long parseNanos(String timespan, long otherwise) {
        String[] parts = timespan.trim().split("\\s+");
        if (parts.length != 2) {
            return otherwise;
        }
        long amount;
        try {
            amount = Long.parseLong(parts[0]);
        } catch (NumberFormatException e) {
            return otherwise;
        }
        long unit = switch (parts[1]) {
            case "ns" -> 1L;
            case "us" -> 1_000L;
            case "ms" -> 1_000_000L;
            case "s" -> 1_000_000_000L;
            case "m" -> 60_000_000_000L;
            case "h" -> 3_600_000_000_000L;
            case "d" -> 86_400_000_000_000L;
            default -> -1L;
        };
        return unit < 0 ? otherwise : amount * unit;
    }

    private static void closeQuietly(AutoCloseable subscription) {
        if (subscription != null) {
            try {
                subscription.close();
            } catch (Exception impossible) {
                throw new IllegalStateException(impossible);
            }
        }
    }

    /** A begun slow-task event, on the FX thread before the task. */
    static Object beginSlowTask() {
        SlowTaskEvent event = new SlowTaskEvent();
        event.begin();
        return event;
    }

    /** Ends the event after its task; true when the recording wants it (long enough). */
    static boolean endSlowTask(Object begun) {
        SlowTaskEvent event = (SlowTaskEvent) begun;
        event.end();
        return event.shouldCommit();
    }

    static void commitSlowTask(Object ended, long durationNanos, long latencyNanos, String coroutineName, String task,
            List<StackTraceElement> stack) {
        SlowTaskEvent event = (SlowTaskEvent) ended;
        event.taskDuration = durationNanos;
        event.queueLatency = latencyNanos;
        event.coroutineName = coroutineName;
        event.task = task;
        event.stack = lines(stack);
        event.commit();
    }

    /** A begun hang event, when the watchdog posts its probe. */
    static Object beginHang() {
        HangEvent event = new HangEvent();
        event.begin();
        return event;
    }

    /** Ends and commits a stall's event if the recording wants it (long enough). */
    static void commitHang(Object begun, long blockedNanos, List<StackTraceElement> stack) {
        HangEvent event = (HangEvent) begun;
        event.end();
        if (event.shouldCommit()) {
            event.blockedFor = blockedNanos;
            event.stack = lines(stack);
            event.ended = true;
            event.commit();
        }
    }

    private static String lines(List<StackTraceElement> stack) {
        StringBuilder text = new StringBuilder();
        for (StackTraceElement frame : stack) {
            text.append(frame).append('\n');
        }
        return text.toString();
    }
}
