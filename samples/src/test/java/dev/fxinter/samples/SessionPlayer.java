package dev.fxinter.samples;

import dev.fxinter.test.FxTester;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import kotlin.coroutines.Continuation;
import kotlin.coroutines.EmptyCoroutineContext;
import kotlinx.coroutines.CoroutineStart;
import kotlinx.coroutines.future.FutureKt;

/**
 * Plays a scripted session of the catalog app in the test's scope and waits for it, bounded by
 * the session's own timeout plus 10 s (a hang guard); the lines it logged are kept.
 */
final class SessionPlayer {
    /** What the session logged, in order. */
    final List<String> log = Collections.synchronizedList(new ArrayList<>());

    /**
     * Runs {@code session} (called with the log and its continuation) to its end.
     *
     * @return its outcome; its failure is rethrown
     */
    ScriptedSession.Outcome play(FxTester fx,
            BiFunction<Consumer<String>, Continuation<? super ScriptedSession.Outcome>, Object> session) throws Exception {
        CompletableFuture<ScriptedSession.Outcome> done = FutureKt.future(fx.scope(),
                EmptyCoroutineContext.INSTANCE, CoroutineStart.DEFAULT,
                (scope, cont) -> session.apply(log::add, cont));
        Duration bound = Duration.ofMillis(ScriptedSession.SESSION_TIMEOUT_MS).plusSeconds(10);
        fx.awaitUntil("the scripted session to end", bound, done::isDone);
        return done.get(0, TimeUnit.SECONDS);
    }
}
