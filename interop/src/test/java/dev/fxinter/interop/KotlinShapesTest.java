package dev.fxinter.interop;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fxinter.buildsupport.KotlinSnippets;
import org.junit.jupiter.api.Test;

/**
 * The Java functional types that take a {@code Continuation} ({@code SuspendBlock},
 * {@code SuspendHandler}) can be written in Kotlin the two natural ways, as an object overriding
 * {@code invoke(a, cont)} and as a SAM lambda {@code { a, cont -> ... }}, proven by the Kotlin
 * compiler; and a wrong shape (a suspend lambda where the Java type is expected) does not compile.
 */
class KotlinShapesTest {
    private static final String IMPORTS = """
            import dev.fxinter.dispatcher.*
            import dev.fxinter.interop.*
            import javafx.event.ActionEvent
            import javafx.event.EventHandler
            import kotlin.coroutines.Continuation
            import kotlinx.coroutines.CoroutineScope
            import java.util.concurrent.CompletableFuture
            """;

    @Test
    void suspendBlockAsAnObject() throws Exception {
        assertCompiles("""
                fun f(scope: CoroutineScope): CompletableFuture<Int> = FxTasks.future(scope, object : SuspendBlock<Int> {
                    override fun invoke(p1: CoroutineScope, p2: Continuation<in Int>): Any? = 1
                })
                """);
    }

    @Test
    void suspendBlockAsALambda() throws Exception {
        assertCompiles("""
                fun f(scope: CoroutineScope): CompletableFuture<Int> = FxTasks.future(scope) { s, cont -> 1 }
                fun g(scope: CoroutineScope) = FxTasks.runTask(scope) { s, cont -> Unit }
                fun h(): String = FxLoop.run<String> { s, cont -> "x" }
                val block: SuspendBlock<String> = SuspendBlock { s, cont -> "y" }
                """);
    }

    @Test
    void suspendHandlerAsAnObjectAndALambda() throws Exception {
        assertCompiles("""
                fun f(scope: CoroutineScope): EventHandler<ActionEvent> =
                    FxSlots.asyncHandler(scope, SlotPolicy.QUEUE, object : SuspendHandler<ActionEvent> {
                        override fun invoke(p1: ActionEvent, p2: Continuation<in Unit>): Any? = Unit
                    })
                fun g(scope: CoroutineScope): EventHandler<ActionEvent> =
                    FxSlots.asyncHandler<ActionEvent>(scope, SlotPolicy.QUEUE) { e, cont -> Unit }
                """);
    }

    @Test
    void aSuspendLambdaIsNotASuspendBlock() throws Exception {
        KotlinSnippets.Result result = KotlinSnippets.compile(IMPORTS + """
                val block: suspend CoroutineScope.() -> Int = { 1 }
                fun f(scope: CoroutineScope) = FxTasks.future(scope, block)
                """);
        assertFalse(result.compiled(), "a suspend function value is not a SuspendBlock: " + result.messages());
        assertTrue(result.messages().contains("mismatch"), result.messages());
    }

    private static void assertCompiles(String body) throws Exception {
        KotlinSnippets.Result result = KotlinSnippets.compile(IMPORTS + body);
        assertTrue(result.compiled(), result.messages());
    }
}
