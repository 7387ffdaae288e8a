package dev.fxinter.dispatcher;

import dev.fxinter.dispatcher.internal.VirtualTime;

/** A caller outside the test kit, as an application would be (for VirtualTimeTest). */
public final class VirtualTimeCaller {
    private VirtualTimeCaller() {}

    /** Tries to install virtual time from package dev.fxinter.dispatcher. */
    public static void install() {
        VirtualTime.install().close();
    }
}
