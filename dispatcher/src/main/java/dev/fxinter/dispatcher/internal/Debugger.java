package dev.fxinter.dispatcher.internal;

import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * Whether a debugger may stop the JVM's threads at a breakpoint: the JVM was started with the
 * JDWP agent ({@code -agentlib:jdwp=...}, or the old {@code -Xrunjdwp:...}). Read once, from the
 * JVM's input arguments; an agent attached later is not seen.
 */
public final class Debugger {
    /** True when the JVM runs with the JDWP agent. */
    public static final boolean ATTACHED = jdwpAgent(ManagementFactory.getRuntimeMXBean().getInputArguments());

    private Debugger() {}

    /** Whether {@code jvmArguments} load the JDWP agent. */
    static boolean jdwpAgent(List<String> jvmArguments) {
        for (String argument : jvmArguments) {
            if (argument.startsWith("-agentlib:jdwp") || argument.startsWith("-Xrunjdwp")) {
                return true;
            }
        }
        return false;
    }
}
