package dev.fxinter.dispatcher.internal

import dev.fxinter.dispatcher.FxDispatcher
import kotlinx.coroutines.Dispatchers
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertSame
import org.junit.jupiter.api.Test

/**
 * Which factory wins `Dispatchers.Main`, on the module path and on the class path (this module's
 * two surefire runs), with the incumbent present: no loop or toolkit needed to ask.
 */
class FxMainDispatcherFactoryTest {
    @Test
    fun `Dispatchers Main is fxinter's dispatcher even with kotlinx-coroutines-javafx present`() {
        // the incumbent is on this test class path:
        Class.forName("kotlinx.coroutines.javafx.JavaFxDispatcherFactory")
        assertSame(FxDispatcher.main(), Dispatchers.Main)
        assertSame(FxDispatcher.main().immediate, Dispatchers.Main.immediate)
        assertSame(FxDispatcher.main().immediate, FxDispatcher.main().immediate.immediate)
        assertEquals("Dispatchers.Main", Dispatchers.Main.toString())
        assertEquals("Dispatchers.Main.immediate", Dispatchers.Main.immediate.toString())
    }
}
