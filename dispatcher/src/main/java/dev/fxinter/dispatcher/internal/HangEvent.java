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
 * The JFR event {@code dev.fxinter.Hang}: the FX thread did not come back to its event loop for
 * at least the recording's threshold (the watchdog's threshold too); the same facts as the last
 * {@code dev.fxinter.dispatcher.Hang} report of a stall. Disabled by default. Its duration spans
 * the stall, from the watchdog's probe to the moment it saw the probe run.
 */
@Name("dev.fxinter.Hang")
@Label("FX Thread Hang")
@Category({"fxinter"})
@Description("The JavaFX Application Thread did not come back to its event loop")
@Enabled(false)
@Threshold("500 ms")
@StackTrace(false)
final class HangEvent extends Event {
    @Label("Blocked For")
    @Timespan(Timespan.NANOSECONDS)
    long blockedFor;

    @Label("FX Thread Stack")
    @Description("The FX thread's stack while it was stuck, one frame a line")
    String stack;

    @Label("Ended")
    boolean ended;
}
