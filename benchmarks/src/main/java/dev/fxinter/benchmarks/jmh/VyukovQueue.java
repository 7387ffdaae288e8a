package dev.fxinter.benchmarks.jmh;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * The queue algorithm of the dispatcher's {@code DrainQueue}, reproduced without the drain so
 * that it can be measured against other queues on equal terms: an intrusive multi-producer
 * single-consumer linked list (Vyukov's). A producer swaps its node into {@code tail} with one
 * {@code getAndSet} and then links the previous tail to it; the single consumer follows
 * {@code next} from {@code head}. One 24-byte node per element (the dispatcher's node carries a
 * context where this one carries nothing: with compressed oops both round up to 24 bytes).
 *
 * <p>{@link #poll()} returns null while a producer is between its swap and its link, like the
 * drain, which then posts a successor instead of spinning.
 */
final class VyukovQueue<E> {
    static final class Node<E> {
        E item;
        volatile Node<E> next;

        Node(E item) {
            this.item = item;
        }
    }

    private static final VarHandle TAIL;

    static {
        try {
            TAIL = MethodHandles.lookup().findVarHandle(VyukovQueue.class, "tail", Node.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Consumer-owned. */
    private Node<E> head;
    @SuppressWarnings("unused") // through TAIL
    private volatile Node<E> tail;

    VyukovQueue() {
        Node<E> stub = new Node<>(null);
        head = stub;
        tail = stub;
    }

    /** Any thread. */
    @SuppressWarnings("unchecked")
    boolean offer(E item) {
        Node<E> node = new Node<>(item);
        Node<E> previous = (Node<E>) TAIL.getAndSet(this, node);
        previous.next = node;
        return true;
    }

    /** The consumer only; null when empty or a producer has not linked its node yet. */
    E poll() {
        Node<E> next = head.next;
        if (next == null) {
            return null;
        }
        head = next;
        E item = next.item;
        next.item = null;
        return item;
    }
}
