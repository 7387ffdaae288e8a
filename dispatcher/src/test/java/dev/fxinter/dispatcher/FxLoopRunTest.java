package dev.fxinter.dispatcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fxinter.dispatcher.internal.ToolkitWatch;
import javafx.application.Platform;
import org.junit.jupiter.api.Test;

/** In its own JVM: FxLoop.run returns a Kotlin suspend main's value, then the toolkit is gone. */
class FxLoopRunTest {
    @Test
    void runReturnsTheValueOfAKotlinSuspendMainAndClosesTheLoop() {
        boolean[] onFx = {false};
        int value = FxLoop.run((scope, cont) -> {
            onFx[0] = Platform.isFxApplicationThread();
            return KotlinSuspends.answer(cont); // tail call: may return COROUTINE_SUSPENDED
        });
        assertEquals(42, value);
        assertTrue(onFx[0], "main ran on the FX thread");
        assertTrue(ToolkitWatch.hasExited(), "run closed its OWNER loop, which exited the toolkit");
    }
}
