package dev.fxinter.dispatcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * On the class path {@code module-info} hides nothing, so whatever is public in the internal
 * package is reachable by any app. Nothing public may let a caller break an invariant the class
 * comments state: a second consumer of the FX queue, or a wrong thread taken for the FX thread.
 */
class InternalSurfaceTest {
    private static Class<?> internal(String name) throws ClassNotFoundException {
        return Class.forName("dev.fxinter.dispatcher.internal." + name, false, InternalSurfaceTest.class.getClassLoader());
    }

    @Test
    void noPublicFieldHandsOutTheFxQueue() throws Exception {
        Class<?> drainQueue = internal("DrainQueue");
        Class<?> taskQueue = internal("TaskQueue");
        List<String> exposed = new ArrayList<>();
        for (Field field : drainQueue.getFields()) { // public ones, inherited too
            if (taskQueue.isAssignableFrom(field.getType())) {
                exposed.add(field.getName());
            }
        }
        for (Method method : drainQueue.getMethods()) {
            if (Modifier.isStatic(method.getModifiers()) && taskQueue.isAssignableFrom(method.getReturnType())) {
                exposed.add(method.getName() + "()");
            }
        }
        assertEquals(List.of(), exposed, "public ways to reach the FX queue (and poll it)");
        assertTrue(Modifier.isPrivate(drainQueue.getDeclaredConstructor().getModifiers()));
    }

    @Test
    void nobodyOutsideCanNameTheFxThreadOrDeclareAFailedStartup() throws Exception {
        Class<?> toolkitWatch = internal("ToolkitWatch");
        List<String> exposed = new ArrayList<>();
        for (Method method : toolkitWatch.getMethods()) {
            if (method.getName().equals("captureCurrentThread") || method.getName().equals("startupFailed")) {
                exposed.add(method.getName());
            }
        }
        assertEquals(List.of(), exposed);
    }
}
