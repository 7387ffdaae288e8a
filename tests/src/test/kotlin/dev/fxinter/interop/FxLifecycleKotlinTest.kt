package dev.fxinter.interop

import dev.fxinter.test.runFxTest
import javafx.scene.Scene
import javafx.scene.control.Label
import javafx.scene.layout.StackPane
import javafx.stage.Stage
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.SupervisorJob
import kotlinx.coroutines.awaitCancellation
import kotlinx.coroutines.cancelAndJoin
import kotlinx.coroutines.channels.Channel
import kotlinx.coroutines.isActive
import kotlinx.coroutines.launch
import kotlinx.coroutines.withContext
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNotSame
import org.junit.jupiter.api.Assertions.assertSame
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test

/** repeatWhileShowing and showingScope on a real Stage, as a Kotlin view writes them. */
class FxLifecycleKotlinTest {
    @Test
    fun `repeatWhileShowing restarts the block each time the node shows, until the caller is cancelled`() = runFxTest {
        val events = Channel<String>(Channel.UNLIMITED)
        val (stage, node) = withContext(Dispatchers.Main) {
            val node = Label("watched")
            Stage().apply { scene = Scene(StackPane(node)) } to node
        }
        val scope = CoroutineScope(SupervisorJob() + Dispatchers.Main)
        val view = scope.launch {
            var run = 0
            node.repeatWhileShowing {
                val mine = ++run
                events.send("started $mine")
                try {
                    awaitCancellation()
                } finally {
                    events.trySend("cancelled $mine")
                }
            }
        }
        withContext(Dispatchers.Main) { stage.show() }
        assertEquals("started 1", events.receive())
        withContext(Dispatchers.Main) { stage.hide() }
        assertEquals("cancelled 1", events.receive())
        withContext(Dispatchers.Main) { stage.show() }
        assertEquals("started 2", events.receive())
        view.cancelAndJoin()
        assertEquals("cancelled 2", events.receive())
        withContext(Dispatchers.Main) { stage.hide() }
    }

    @Test
    fun `a window's showingScope lives while it shows`() = runFxTest {
        withContext(Dispatchers.Main) {
            val stage = Stage().apply { scene = Scene(StackPane()) }
            stage.show()
            val first = stage.showingScope
            assertSame(first, stage.showingScope)
            stage.hide()
            assertFalse(first.isActive)
            stage.show()
            val second = stage.showingScope
            assertNotSame(first, second)
            assertTrue(second.isActive)
            stage.hide()
        }
    }
}
