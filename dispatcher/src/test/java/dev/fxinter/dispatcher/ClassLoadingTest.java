package dev.fxinter.dispatcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.application.Platform;
import kotlinx.coroutines.Dispatchers;
import org.junit.jupiter.api.Test;

/** In its own JVM: loading and touching the library starts no thread and no toolkit. */
class ClassLoadingTest {
    @Test
    void loadingAndTouchingEveryClassStartsNothing() throws Exception {
        Set<Thread> before = new HashSet<>(Thread.getAllStackTraces().keySet());
        ClassLoader loader = FxDispatcher.class.getClassLoader();
        for (String name : List.of("FxDispatcher", "FxLoop", "LoopMode", "SuspendBlock",
                "internal.DrainQueue", "internal.TimerHeap", "internal.ToolkitWatch",
                "internal.CleanupThread", "internal.FxMainDispatcherFactory",
                "internal.ToolkitStartup", "internal.Rejections", "internal.TaskQueue",
                "internal.TaskQueueLayout")) {
            Class.forName("dev.fxinter.dispatcher." + name, true, loader);
        }
        assertSame(FxDispatcher.main(), Dispatchers.getMain());
        assertEquals("Dispatchers.Main.immediate", FxDispatcher.main().getImmediate().toString());
        assertEquals(3, LoopMode.values().length);

        Set<String> started = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> !before.contains(t))
                .map(Thread::getName)
                .collect(Collectors.toSet());
        assertEquals(Set.of(), started, "threads started by loading the library");
        assertThrows(IllegalStateException.class, () -> Platform.runLater(() -> { }),
                "the toolkit is still not initialized");
    }
}
