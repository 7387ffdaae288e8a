package dev.fxinter.samples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fxinter.test.FxTest;
import dev.fxinter.test.FxTester;
import dev.fxinter.test.RealTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import kotlin.coroutines.EmptyCoroutineContext;
import kotlinx.coroutines.CoroutineStart;
import kotlinx.coroutines.future.FutureKt;
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
        List<String> log = Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<ScriptedSession.Outcome> session = FutureKt.future(fx.scope(),
                EmptyCoroutineContext.INSTANCE, CoroutineStart.DEFAULT,
                (scope, cont) -> DiagnosticsSession.scriptedWithDiagnostics(log::add, null, cont));
        Duration bound = Duration.ofMillis(ScriptedSession.SESSION_TIMEOUT_MS).plusSeconds(10); // a hang guard
        fx.awaitUntil("the scripted session to end", bound, session::isDone);
        session.get(0, TimeUnit.SECONDS); // rethrows the session's failure
        String text = String.join("\n", log);
        assertTrue(log.stream().anyMatch(line -> line.startsWith("SLOW TASK ") && line.contains("'refresh-click'")),
                text);
    }
}
