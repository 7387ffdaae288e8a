package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInfo;

/**
 * For {@code @FxTest} classes: also asserts that no other such class runs between its
 * {@code @BeforeAll} and {@code @AfterAll}. Only JUnit's resource lock, which {@code @FxTest}
 * carries, covers those; the extension's per-test wait does not.
 */
abstract class AloneAmongFxClasses extends AloneAmongFxTests {
    private static final AtomicInteger RUNNING = new AtomicInteger();

    @BeforeAll
    static void aloneOnClassEntry(TestInfo testClass) {
        assertEquals(0, RUNNING.getAndIncrement(), testClass.getDisplayName() + " began while another FX class ran");
    }

    @AfterAll
    static void aloneOnClassExit(TestInfo testClass) {
        assertEquals(1, RUNNING.getAndDecrement(), testClass.getDisplayName() + " ended beside another FX class");
    }
}
