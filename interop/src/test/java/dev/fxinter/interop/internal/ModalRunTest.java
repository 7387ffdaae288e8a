package dev.fxinter.interop.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fxinter.interop.TestLoop;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ModalRunTest {
    @Test
    void whileNestedLoopsAreRefusedFnWaitsForTheNextTurnInsteadOfThrowing() throws Exception {
        TestLoop.open();
        List<String> turns = new CopyOnWriteArrayList<>();
        CompletableFuture<String> result = new CompletableFuture<>();
        new ModalRun<>(() -> {
            turns.add("fn");
            return "ran";
        }, result, () -> {
            turns.add("asked");
            return turns.size() >= 3; // refused twice, as inside a pulse
        }).post();
        assertEquals("ran", result.get(TestLoop.HANG_GUARD.toMillis(), TimeUnit.MILLISECONDS));
        assertEquals(List.of("asked", "asked", "asked", "fn"), turns);
    }
}
