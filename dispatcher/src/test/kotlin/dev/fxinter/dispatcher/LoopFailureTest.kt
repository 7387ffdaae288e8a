package dev.fxinter.dispatcher

import java.io.IOException
import kotlinx.coroutines.delay
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows

/** In its own JVM: runFxLoop rethrows the block's exception as thrown, a checked one included. */
class LoopFailureTest {
    @Test
    fun `runFxLoop rethrows the block's exception unwrapped`() {
        val e = assertThrows<IOException> {
            runFxLoop<Unit> {
                delay(1)
                throw IOException("disk on fire")
            }
        }
        assertEquals("disk on fire", e.message)
    }
}
