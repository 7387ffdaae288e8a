package dev.fxinter.dispatcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** In its own JVM: FxLoop.run rethrows a Kotlin suspend main's checked exception unwrapped. */
class FxLoopRunFailureTest {
    @Test
    void runRethrowsTheExceptionOfASuspendMainUnwrapped() {
        IOException e = assertThrows(IOException.class,
                () -> FxLoop.run((scope, cont) -> KotlinSuspends.failChecked(cont)));
        assertEquals("disk on fire", e.getMessage());
    }
}
