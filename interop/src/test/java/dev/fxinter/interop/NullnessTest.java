package dev.fxinter.interop;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fxinter.buildsupport.KotlinSnippets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Kotlin sees the facades' JSpecify nullness: values that may be null (an ObservableValue's, a
 * Callable's) stay nullable, everything else is non-null, and a null where the API says non-null
 * does not compile.
 */
class NullnessTest {
    @Test
    void kotlinAcceptsTheDeclaredNullness() throws Exception {
        KotlinSnippets.Result result = KotlinSnippets.compile("""
                import dev.fxinter.interop.*
                import javafx.beans.value.ObservableValue
                import javafx.event.ActionEvent
                import javafx.scene.control.Button
                import java.util.concurrent.CompletableFuture
                fun nextText(text: ObservableValue<String?>): CompletableFuture<String?> = FxSignals.nextValue(text)
                fun change(c: Change<String?>): String? = c.newValue
                fun click(b: Button): CompletableFuture<ActionEvent> = FxSignals.next(b, ActionEvent.ACTION)
                fun orNull(): CompletableFuture<String?> = FxModal.modal { null }
                """);
        assertTrue(result.compiled(), result.messages());
    }

    @Test
    void kotlinRejectsNullWhereTheApiSaysNonNull() throws Exception {
        KotlinSnippets.Result result = KotlinSnippets.compile("""
                import dev.fxinter.interop.*
                import javafx.event.ActionEvent
                fun wrong() = FxSignals.next(null, ActionEvent.ACTION)
                """);
        assertFalse(result.compiled(), "a null target must not compile");
        assertTrue(result.messages().toLowerCase(Locale.ROOT).contains("cannot be a value of a non-null type"),
                result.messages());
    }

    @Test
    void kotlinRejectsANullableEventType() throws Exception {
        KotlinSnippets.Result result = KotlinSnippets.compile("""
                import dev.fxinter.interop.*
                import javafx.event.ActionEvent
                import javafx.scene.control.Button
                // E extends Event is non-null here; with platform types ActionEvent? would pass
                fun wrong(b: Button) = FxSignals.next<ActionEvent?>(b, ActionEvent.ACTION)
                """);
        assertFalse(result.compiled(), "a nullable event type is outside next()'s bound");
        assertTrue(result.messages().contains("bounds"), result.messages());
    }
}
