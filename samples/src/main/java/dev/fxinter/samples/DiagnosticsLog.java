package dev.fxinter.samples;

import dev.fxinter.dispatcher.FxDiagnostics;
import dev.fxinter.dispatcher.Hang;
import dev.fxinter.dispatcher.SlowTask;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The catalog app's {@code --diagnostics}: logs every task that holds the FX thread longer than
 * {@link #SLOW_TASK}, and every stall of the FX thread longer than {@link #HANG}, with the top of
 * the FX thread's stack as it was sampled while the culprit still ran.
 */
public final class DiagnosticsLog implements AutoCloseable {
    /** The slow-task threshold: a few frames at 60 Hz. */
    public static final Duration SLOW_TASK = Duration.ofMillis(100);
    /** The hang threshold. */
    public static final Duration HANG = Duration.ofMillis(500);
    /** How many frames of a stack the log shows. */
    private static final int FRAMES = 6;

    private final AutoCloseable slowTasks;
    private final AutoCloseable hangs;
    /** The first report of each named coroutine, for whoever waits for one. */
    private final Map<String, CompletableFuture<SlowTask>> byCoroutine = new ConcurrentHashMap<>();

    /**
     * Starts logging.
     *
     * @param log receives each report as text, on the {@code fxinter-diagnostics} thread
     */
    public DiagnosticsLog(Consumer<String> log) {
        slowTasks = FxDiagnostics.onSlowTask(SLOW_TASK, task -> {
            log.accept(format(task));
            if (task.coroutineName() != null) {
                reportOf(task.coroutineName()).complete(task);
            }
        });
        hangs = FxDiagnostics.onHang(HANG, hang -> log.accept(format(hang)));
    }

    /**
     * The first slow-task report of the coroutine named {@code coroutineName} (for the scripted
     * session, which waits for it).
     *
     * @param coroutineName the {@code CoroutineName}
     * @return completes with that report
     */
    public CompletableFuture<SlowTask> reportOf(String coroutineName) {
        return byCoroutine.computeIfAbsent(coroutineName, name -> new CompletableFuture<>());
    }

    /**
     * A slow-task report as the log prints it.
     *
     * @param task the report
     * @return several lines
     */
    public static String format(SlowTask task) {
        return "SLOW TASK " + task.duration().toMillis() + " ms on the FX thread (queued "
                + task.queueLatency().toMillis() + " ms)"
                + (task.coroutineName() == null ? "" : " in coroutine '" + task.coroutineName() + "'")
                + ": " + task.task() + frames(task.stack());
    }

    /**
     * A hang report as the log prints it.
     *
     * @param hang the report
     * @return several lines
     */
    public static String format(Hang hang) {
        return (hang.ended() ? "HANG OVER after " : "HANG: the FX thread is stuck for ")
                + hang.blockedFor().toMillis() + " ms" + (hang.ended() ? "" : frames(hang.stack()));
    }

    private static String frames(List<StackTraceElement> stack) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < Math.min(FRAMES, stack.size()); i++) {
            text.append("\n      at ").append(stack.get(i));
        }
        if (stack.size() > FRAMES) {
            text.append("\n      ... ").append(stack.size() - FRAMES).append(" more");
        }
        return text.toString();
    }

    /** Stops logging. */
    @Override
    public void close() {
        try (AutoCloseable first = slowTasks; AutoCloseable second = hangs) {
            // closes both
        } catch (Exception e) {
            throw new IllegalStateException(e); // FxDiagnostics' handles do not throw
        }
    }
}
