package dev.fxinter.interop;

import static org.junit.jupiter.api.Assertions.fail;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;

/**
 * Test support for leak tests: whether an object can still be reached. An object held by a
 * listener that was left on a live JavaFX object stays reachable; once every listener is removed,
 * a garbage collection clears the weak reference.
 */
final class Reachability {
    private final ReferenceQueue<Object> queue = new ReferenceQueue<>();

    /** A weak reference to {@code target} whose clearing this instance can wait for. */
    WeakReference<Object> watch(Object target) {
        return new WeakReference<>(target, queue);
    }

    /** Collects garbage until {@code reference} is cleared; fails after the hang guard. */
    void awaitCollected(WeakReference<Object> reference, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Futures.HANG_GUARD.toNanos();
        while (System.nanoTime() < deadline) {
            System.gc();
            Reference<?> cleared = queue.remove(100); // returns as soon as a watched object is collected
            if (cleared == reference || reference.get() == null) {
                return;
            }
        }
        fail(what + " is still reachable: a listener or a map still refers to it");
    }
}
