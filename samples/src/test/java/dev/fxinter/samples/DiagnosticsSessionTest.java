package dev.fxinter.samples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fxinter.test.FxTest;
import dev.fxinter.test.FxTester;
import dev.fxinter.test.RealTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code CatalogApp --script --diagnostics}: the session ends with the report of its slow handler.
 * On the real clock: the handler is slow in wall time, and the detector samples in wall time.
 */
@FxTest
@RealTime
class DiagnosticsSessionTest {
    @Test
    void theSlowClickHandlerIsReportedWithItsCoroutineName(FxTester fx) throws Exception {
        SessionPlayer player = new SessionPlayer();
        player.play(fx, (log, cont) -> DiagnosticsSession.scriptedWithDiagnostics(log, null, cont));
        List<String> log = player.log;
        String text = String.join("\n", log);
        assertTrue(log.stream().anyMatch(line -> line.startsWith("SLOW TASK ") && line.contains("'refresh-click'")),
                text);
    }
}
