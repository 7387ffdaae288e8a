package dev.fxinter.benchmarks.jmh;

import dev.fxinter.benchmarks.AwaitLoops;
import java.util.concurrent.TimeUnit;
import javafx.scene.layout.Region;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time and (with {@code -prof gc}) allocation per await of one event, for the Kotlin
 * {@code awaitEvent} against the future-based facade awaited ({@code FxSignals.next(...).await()})
 * and a hand-written {@code suspendCancellableCoroutine} waiter (the limit). One operation: on the
 * FX thread a coroutine starts waiting, the event is fired, the resumed waiter is awaited
 * ({@link AwaitLoops}); {@link #BATCH} of them per invocation, so the hop from the benchmark
 * thread onto the FX thread is spread over the batch.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class AwaitBenchmark {
    /** Awaits per benchmark invocation. */
    public static final int BATCH = 1_000;

    private Region target;

    @Setup(Level.Trial)
    public void open(OwnerLoop loop) {
        target = new Region(); // never shown: events are fired at it directly
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void awaitEvent() {
        AwaitLoops.awaitEvent(target, BATCH);
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void nextAwait() {
        AwaitLoops.nextAwait(target, BATCH);
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void handWritten() {
        AwaitLoops.handWritten(target, BATCH);
    }
}
