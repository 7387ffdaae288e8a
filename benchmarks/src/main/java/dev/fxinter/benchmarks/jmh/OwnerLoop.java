package dev.fxinter.benchmarks.jmh;

import dev.fxinter.dispatcher.FxLoop;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The FX loop the JMH benchmarks run on, owned for one trial: opened with {@code FxLoop.owner()}
 * before the trial, closed after it. A benchmark's own {@code @Setup} takes this state as a
 * parameter when its set-up needs the running toolkit (JMH sets up a state's dependencies before
 * it, and tears them down after it); the loop is open before anything touches JavaFX, so that no
 * other library (such as {@code Dispatchers.JavaFx}) starts the toolkit first.
 *
 * <p>{@code loop} is written in {@link #open()} and read in {@link #close()}, both on JMH's
 * set-up thread; JMH publishes the state between its helper methods and the benchmark threads.
 */
@State(Scope.Benchmark)
public class OwnerLoop {
    private FxLoop loop;

    /** Opens the loop (starting the toolkit) before the trial. */
    @Setup(Level.Trial)
    public void open() {
        loop = FxLoop.owner();
    }

    /** Closes the loop after the trial. */
    @TearDown(Level.Trial)
    public void close() {
        loop.close();
    }
}
