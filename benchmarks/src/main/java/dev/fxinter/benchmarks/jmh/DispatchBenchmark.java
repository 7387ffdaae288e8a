package dev.fxinter.benchmarks.jmh;

import dev.fxinter.dispatcher.FxDiagnostics;
import dev.fxinter.dispatcher.FxDispatcher;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import kotlin.coroutines.EmptyCoroutineContext;
import kotlinx.coroutines.CoroutineDispatcher;
import kotlinx.coroutines.Dispatchers;
import kotlinx.coroutines.javafx.JavaFxDispatcherKt;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Dispatch throughput onto the FX thread, and (with {@code -prof gc}) the bytes allocated per
 * dispatch: one operation is one task dispatched from a background thread (the benchmark
 * thread) and run on the FX thread. A batch of {@link #BATCH} tasks is dispatched, then the
 * benchmark thread waits until the last has run, so the time covers both sides and the queue
 * never grows without bound.
 *
 * <p>{@code fxinter}: {@code FxDispatcher.main()} (one queue node a task, a few
 * {@code Platform.runLater} calls a batch); {@code kotlinxJavaFx}: {@code Dispatchers.JavaFx}
 * (one {@code Platform.runLater} a task). {@code fxinterWithSlowTaskListener} and
 * {@code fxinterWithHangWatchdog}: the same as {@code fxinter} while {@code FxDiagnostics} has a
 * slow-task listener (threshold 20 ms, JFR's default for the event: the detector polls every
 * 5 ms, its shortest period) or a hang watchdog (threshold 1 s) registered. No task reaches a
 * threshold: the cost of watching, not of reporting. {@code fxinterFlood} is the exception to
 * the batches above: its tasks are dispatched on the FX thread itself ({@link #fxinterFlood}).
 * The forked JVM inherits the host's headless flags; without them {@code FxLoop.owner()} picks a
 * headless platform itself when there is no display.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DispatchBenchmark {
    /** Tasks dispatched per benchmark invocation. */
    public static final int BATCH = 1_000;
    /**
     * Tasks per invocation of {@link #fxinterFlood}: dispatched on the FX thread by one task, so
     * that the drain running them has work for a few milliseconds and stops for its time budget
     * (two {@code runLater} calls each time) as often as a flood makes it.
     */
    public static final int FLOOD = 100_000;

    private CoroutineDispatcher fxinter;
    private CoroutineDispatcher javaFx;

    /** Counts runs on the FX thread; the last opens the latch. */
    static final class Batch implements Runnable {
        private int remaining;
        final CountDownLatch done = new CountDownLatch(1);

        Batch(int size) {
            remaining = size;
        }

        @Override
        public void run() {
            if (--remaining == 0) {
                done.countDown();
            }
        }
    }

    /** After the loop is open: Dispatchers.JavaFx would start the toolkit itself. */
    @Setup(Level.Trial)
    public void open(OwnerLoop loop) {
        fxinter = FxDispatcher.main();
        javaFx = JavaFxDispatcherKt.getJavaFx(Dispatchers.INSTANCE);
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void fxinter() throws InterruptedException {
        batch(fxinter);
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void kotlinxJavaFx() throws InterruptedException {
        batch(javaFx);
    }

    /**
     * The per-task cost of a flood dispatched on the FX thread, the drain's budget stops included:
     * one task dispatches {@link #FLOOD} tasks (no producer on another thread), and the drain runs
     * them in as many budgets as they take. One operation is one of them, dispatched and run on
     * the FX thread. The budget's own share (two {@code runLater} calls per budget, a few percent)
     * is below this benchmark's error: run budget against budget, it bounds that share.
     */
    @Benchmark
    @OperationsPerInvocation(FLOOD)
    public void fxinterFlood() throws InterruptedException {
        Batch batch = new Batch(FLOOD);
        fxinter.dispatch(EmptyCoroutineContext.INSTANCE, () -> {
            for (int i = 0; i < FLOOD; i++) {
                fxinter.dispatch(EmptyCoroutineContext.INSTANCE, batch);
            }
        });
        await(batch);
    }

    /** A slow-task listener registered for the benchmarks that take this state. */
    @State(Scope.Benchmark)
    public static class SlowTaskListener {
        private AutoCloseable registration;

        @Setup(Level.Trial)
        public void register() {
            registration = FxDiagnostics.onSlowTask(Duration.ofMillis(20), report -> { });
        }

        @TearDown(Level.Trial)
        public void unregister() throws Exception {
            registration.close();
        }
    }

    /** A hang watchdog running for the benchmarks that take this state. */
    @State(Scope.Benchmark)
    public static class HangWatchdog {
        private AutoCloseable registration;

        @Setup(Level.Trial)
        public void register() {
            registration = FxDiagnostics.onHang(Duration.ofSeconds(1), hang -> { });
        }

        @TearDown(Level.Trial)
        public void unregister() throws Exception {
            registration.close();
        }
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void fxinterWithSlowTaskListener(SlowTaskListener listening) throws InterruptedException {
        batch(fxinter);
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void fxinterWithHangWatchdog(HangWatchdog watching) throws InterruptedException {
        batch(fxinter);
    }

    private static void batch(CoroutineDispatcher dispatcher) throws InterruptedException {
        Batch batch = new Batch(BATCH);
        for (int i = 0; i < BATCH; i++) {
            dispatcher.dispatch(EmptyCoroutineContext.INSTANCE, batch);
        }
        await(batch);
    }

    private static void await(Batch batch) throws InterruptedException {
        if (!batch.done.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the FX thread did not run the batch");
        }
    }
}
