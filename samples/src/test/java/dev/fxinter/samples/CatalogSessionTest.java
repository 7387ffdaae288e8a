package dev.fxinter.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fxinter.test.FxTest;
import dev.fxinter.test.FxTester;
import dev.fxinter.test.RealTime;
import java.util.List;
import javafx.concurrent.Worker;
import org.junit.jupiter.api.Test;

/**
 * The demo's scripted session, played headless on the test kit: typing, search-as-you-type, the
 * debounced recent list, details through FxTasks.future, the export's modal confirmation
 * answered like a person, the click it waits for, cancellation of its Worker with the Cancel
 * button, and hiding and showing the window (the view is wired while it shows).
 *
 * <p>On the real clock: the script waits for windows and dialogs to show, which are no FX timers;
 * on virtual time the kit, seeing fxinter's queue idle meanwhile, would jump to the next timer,
 * the session's own 60 s timeout.
 */
@FxTest
@RealTime
class CatalogSessionTest {
    @Test
    void theScriptedSessionPlaysThroughHeadless(FxTester fx) throws Exception {
        SessionPlayer player = new SessionPlayer();
        ScriptedSession.Outcome outcome = player.play(fx, (log, cont) -> CatalogWindow.scripted(log, null, cont));
        List<String> log = player.log;
        // the latest query won: every result matches "fx", none only "f"
        assertEquals(List.of("fxinter", "JavaFX", "fx thread"), outcome.getResults());
        assertEquals(List.of("fx"), outcome.getRecent());
        assertEquals("fxinter: 7 letters, #1 in the catalog", outcome.getDetails());
        assertEquals("OK", outcome.getDialogAnswer());
        assertEquals("Paused at 50%: click Resume", outcome.getPausedStatus());
        assertTrue(outcome.getFinalStatus().startsWith("Export cancelled at"), outcome.getFinalStatus());
        assertTrue(outcome.getFinalProgress() >= ScriptedSession.CANCEL_AT && outcome.getFinalProgress() < 1.0,
                "cancelled between " + ScriptedSession.CANCEL_AT + " and done: " + outcome.getFinalProgress());
        assertEquals(Worker.State.CANCELLED, outcome.getExportState(), "the progress bar's Worker was cancelled by the button");
        // hidden: the label's binding ended with the view's coroutines, so it kept its text
        assertEquals(outcome.getFinalStatus(), outcome.getStatusWhileHidden());
        // shown again: bound anew, it shows what the presenter says now, and typing searches again
        assertEquals("2 results for 'flow'", outcome.getStatusAfterShow());
        assertEquals(List.of("Flow", "StateFlow"), outcome.getResultsAfterShow());
        assertTrue(log.stream().anyMatch(line -> line.contains("dialog showing")), String.join("\n", log));
    }
}
