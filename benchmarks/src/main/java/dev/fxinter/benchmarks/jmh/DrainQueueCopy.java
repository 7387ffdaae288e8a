package dev.fxinter.benchmarks.jmh;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * The queue of the dispatcher's {@code DrainQueue} as it is laid out now, reproduced without
 * the drain (which posts to {@code Platform.runLater} and so cannot be measured as a plain
 * queue): the same class hierarchy as {@code DrainQueueLayout} ({@link DrainQueueCopyLayout}:
 * the consumer's {@code head} in the superclass, 64 bytes of {@code long} padding, then the
 * producers' {@code tail} and {@code armed}, which the JVM lays out after the superclasses'
 * fields), a 24-byte node with a
 * context slot, {@code getAndSet} on the tail and a release-store link, read with acquire. Kept
 * in step with {@code DrainQueue} by hand: if that layout changes, change this.
 *
 * <p>{@link #poll()} returns null while a producer is between its swap and its link (the drain
 * posts a successor there instead of spinning).
 */
final class DrainQueueCopy extends DrainQueueCopyLayout.ProducerFields {
    static final class Node {
        Object context;
        Object task;
        volatile Node next;

        Node(Object context, Object task) {
            this.context = context;
            this.task = task;
        }
    }

    private static final VarHandle TAIL;
    private static final VarHandle NEXT;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            TAIL = lookup.findVarHandle(DrainQueueCopyLayout.ProducerFields.class, "tail", Node.class);
            NEXT = lookup.findVarHandle(Node.class, "next", Node.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    DrainQueueCopy() {
        Node stub = new Node(null, null);
        head = stub;
        tail = stub;
    }

    /** Any thread. */
    void offer(Object item) {
        Node node = new Node(null, item);
        Node previous = (Node) TAIL.getAndSet(this, node);
        NEXT.setRelease(previous, node);
    }

    /** The consumer only; null when empty or a producer has not linked its node yet. */
    Object poll() {
        Node current = head;
        Node next = current.next;
        if (next == null) {
            return null;
        }
        head = next;
        Object task = next.task;
        next.context = null;
        next.task = null;
        return task;
    }
}
