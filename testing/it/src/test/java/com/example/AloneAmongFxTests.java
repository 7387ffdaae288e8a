package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;

/**
 * Each FX test of a subclass asserts, on entry and on exit, that it is the only FX test running:
 * with JUnit's parallel execution on (junit-platform.properties), a kit that did not keep FX
 * tests apart would let two overlap. Its {@code @BeforeEach}/{@code @AfterEach} run inside the
 * extension's per-test session.
 */
abstract class AloneAmongFxTests {
    private static final AtomicInteger RUNNING = new AtomicInteger();

    @BeforeEach
    void aloneOnEntry(TestInfo test) {
        assertNotEquals("main", Thread.currentThread().getName(), "JUnit's parallel execution is on");
        assertEquals(0, RUNNING.getAndIncrement(), test.getDisplayName() + " began while another FX test ran");
    }

    @AfterEach
    void aloneOnExit(TestInfo test) {
        assertEquals(1, RUNNING.getAndDecrement(), test.getDisplayName() + " ended beside another FX test");
    }
}
