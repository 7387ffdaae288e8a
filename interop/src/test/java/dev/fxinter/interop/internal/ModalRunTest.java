package dev.fxinter.interop.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fxinter.dispatcher.FxLoop;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * ModalRun's retry, driven by a {@code canNest} of the test's own: an internal, so it stays here
 * (on both paths) rather than under the test kit; it opens the OWNER loop it needs itself.
 */
class ModalRunTest {
    @Test
    void whileNestedLoopsAreRefusedFnWaitsForTheNextTurnInsteadOfThrowing() throws Exception {
        FxLoop loop = FxLoop.owner();
        try {
            List<String> turns = new CopyOnWriteArrayList<>();
            CompletableFuture<String> result = new CompletableFuture<>();
            new ModalRun<>(() -> {
                turns.add("fn");
                return "ran";
            }, result, () -> {
                turns.add("asked");
                return turns.size() >= 3; // refused twice, as inside a pulse
            }).post();
            assertEquals("ran", result.get(30, TimeUnit.SECONDS)); // a hang guard
            assertEquals(List.of("asked", "asked", "asked", "fn"), turns);
        } finally {
            loop.close();
        }
    }
}
