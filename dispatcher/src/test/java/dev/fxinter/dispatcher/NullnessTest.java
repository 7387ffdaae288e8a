package dev.fxinter.dispatcher;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fxinter.buildsupport.KotlinSnippets;
import org.junit.jupiter.api.Test;

/**
 * Kotlin sees the dispatcher's JSpecify nullness as real types, not platform types: the right
 * uses compile, and a null where the API says non-null is a compile error (with platform types
 * it would compile and fail at run time).
 */
class NullnessTest {
    @Test
    void kotlinAcceptsTheDeclaredNullness() throws Exception {
        KotlinSnippets.Result result = KotlinSnippets.compile("""
                import dev.fxinter.dispatcher.*
                import kotlinx.coroutines.CoroutineScope
                // T of run/SuspendBlock may be nullable (T extends @Nullable Object):
                fun nullableResult(block: SuspendBlock<String?>): String? = FxLoop.run(block)
                fun scope(loop: FxLoop): CoroutineScope = loop.scope()
                fun main(): FxDispatcher = FxDispatcher.main().immediate
                fun mode(loop: FxLoop): LoopMode = loop.mode()
                """);
        assertTrue(result.compiled(), result.messages());
    }

    @Test
    void kotlinRejectsNullWhereTheApiSaysNonNull() throws Exception {
        KotlinSnippets.Result result = KotlinSnippets.compile("""
                import dev.fxinter.dispatcher.*
                fun wrong(): String = FxLoop.run<String>(null)
                """);
        assertFalse(result.compiled(), "null for a non-null SuspendBlock must not compile");
        assertTrue(result.messages().toLowerCase(java.util.Locale.ROOT)
                .contains("cannot be a value of a non-null type"), result.messages());
    }

    @Test
    void kotlinRejectsANullableResultWhereANonNullOneIsDeclared() throws Exception {
        KotlinSnippets.Result result = KotlinSnippets.compile("""
                import dev.fxinter.dispatcher.*
                fun wrong(block: SuspendBlock<String?>): String = FxLoop.run(block)
                """);
        assertFalse(result.compiled(), "a String? result is not a String");
        assertTrue(result.messages().contains("String?"), result.messages());
    }
}
