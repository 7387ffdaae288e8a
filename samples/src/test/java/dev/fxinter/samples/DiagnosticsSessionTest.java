package dev.fxinter.samples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fxinter.dispatcher.FxLoop;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code CatalogApp --script --diagnostics}: the session ends with the report of its slow handler. */
class DiagnosticsSessionTest {
    @Test
    void theSlowClickHandlerIsReportedWithItsCoroutineName() {
        List<String> log = Collections.synchronizedList(new ArrayList<>());
        FxLoop.run((scope, cont) -> DiagnosticsSession.scriptedWithDiagnostics(log::add, null, cont));
        String text = String.join("\n", log);
        assertTrue(log.stream().anyMatch(line -> line.startsWith("SLOW TASK ") && line.contains("'refresh-click'")),
                text);
    }
}
