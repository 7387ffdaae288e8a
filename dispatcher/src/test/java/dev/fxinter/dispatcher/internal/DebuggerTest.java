package dev.fxinter.dispatcher.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DebuggerTest {
    @Test
    void theJdwpAgentInEitherSpellingMeansADebuggerMayStopThreads() {
        assertTrue(Debugger.jdwpAgent(List.of("-Xmx1g", "-agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=*:5005")));
        assertTrue(Debugger.jdwpAgent(List.of("-Xdebug", "-Xrunjdwp:transport=dt_socket,server=y")));
        assertFalse(Debugger.jdwpAgent(List.of("-ea", "-agentlib:hprof", "-Djdwp=no")));
        assertFalse(Debugger.ATTACHED, "the test JVM runs without a debugger");
    }
}
