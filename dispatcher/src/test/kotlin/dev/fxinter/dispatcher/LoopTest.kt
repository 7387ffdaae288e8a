package dev.fxinter.dispatcher

import dev.fxinter.dispatcher.internal.ToolkitWatch
import javafx.application.Platform
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.delay
import kotlinx.coroutines.launch
import kotlinx.coroutines.withContext
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows

/**
 * In its own JVM (runFxLoop exits the toolkit): `fun main() = runFxLoop { ... }` runs its block on
 * the FX thread, waits for the block's children, returns its value and closes the loop; called on the
 * FX thread it throws at once.
 */
class LoopTest {
    @Test
    fun `runFxLoop runs a suspend main on the FX thread, waits for its children, returns its value and exits`() {
        val log = mutableListOf<String>()
        val value: String = runFxLoop {
            log += "main on FX: ${Platform.isFxApplicationThread()}"
            val nested = assertThrows<IllegalStateException> { runFxLoop { "never" } }
            assertTrue(nested.message!!.contains("deadlock"), nested.message)
            launch {
                delay(10)
                log += "child on FX: ${Platform.isFxApplicationThread()}"
            }
            withContext(Dispatchers.Default) { "computed" }
        }
        assertEquals("computed", value)
        assertEquals(listOf("main on FX: true", "child on FX: true"), log)
        assertTrue(ToolkitWatch.hasExited(), "runFxLoop closed its OWNER loop, which exited the toolkit")
    }
}
