package dev.fxinter.dispatcher.internal;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Enabled;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;
import jdk.jfr.Threshold;
import jdk.jfr.Timespan;

/**
 * The JFR event {@code dev.fxinter.SlowTask}: one task of fxinter's queue that held the FX thread
 * at least the recording's threshold; the same facts as {@code dev.fxinter.dispatcher.SlowTask}.
 * Disabled by default. Its duration is the task's run, timed on the FX thread.
 */
@Name("dev.fxinter.SlowTask")
@Label("Slow FX Task")
@Category({"fxinter"})
@Description("A task of fxinter's queue that held the JavaFX Application Thread too long")
@Enabled(false)
@Threshold("20 ms")
@StackTrace(false)
final class SlowTaskEvent extends Event {
    @Label("Duration")
    @Timespan(Timespan.NANOSECONDS)
    long taskDuration;

    @Label("Queue Latency")
    @Timespan(Timespan.NANOSECONDS)
    long queueLatency;

    @Label("Coroutine Name")
    String coroutineName;

    @Label("Task")
    String task;

    @Label("FX Thread Stack")
    @Description("The FX thread's stack sampled while the task ran past the threshold, one frame a line")
    String stack;
}
