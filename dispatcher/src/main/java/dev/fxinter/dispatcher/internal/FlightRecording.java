package dev.fxinter.dispatcher.internal;

import java.util.Optional;

/**
 * Whether fxinter's JFR events can be recorded: the module {@code jdk.jfr} is present and
 * readable (the dispatcher only {@code requires static} it; on the class path it always is).
 * This class refers to no {@code jdk.jfr} type, so it loads without it; {@link JfrSupport}
 * is touched only when {@link #AVAILABLE}.
 */
public final class FlightRecording {
    /** True when {@code jdk.jfr} can be used from here. */
    public static final boolean AVAILABLE = jfrReadable();

    private FlightRecording() {}

    /**
     * Starts following JFR recordings (idempotent), so that a recording that enables
     * {@code dev.fxinter.SlowTask} or {@code dev.fxinter.Hang} switches the detectors on.
     */
    public static void watch() {
        if (AVAILABLE) {
            JfrSupport.watch();
        }
    }

    private static boolean jfrReadable() {
        Optional<Module> jfr = ModuleLayer.boot().findModule("jdk.jfr");
        return jfr.isPresent() && FlightRecording.class.getModule().canRead(jfr.get());
    }
}
