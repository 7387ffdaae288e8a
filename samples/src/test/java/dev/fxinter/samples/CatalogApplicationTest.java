package dev.fxinter.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import javafx.application.Application;
import org.junit.jupiter.api.Test;

/**
 * In its own JVM: the app started by {@code Application.launch}, with a GUEST loop on JavaFX's
 * toolkit, plays the scripted session and exits; {@code launch} then returns.
 */
class CatalogApplicationTest {
    @Test
    void theGuestLoopAppPlaysTheSessionUnderApplicationLaunch() {
        Application.launch(CatalogApplication.class, "--script"); // returns when the app exits
        assertNull(CatalogApplication.lastFailure);
        assertNotNull(CatalogApplication.lastOutcome);
        assertEquals(List.of("fxinter", "JavaFX", "fx thread"), CatalogApplication.lastOutcome.getResults());
        assertEquals("OK", CatalogApplication.lastOutcome.getDialogAnswer());
    }
}
