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
 * <p>Two knobs, to find out what makes JCTools' {@code MpscLinkedQueue} (the same algorithm)
 * faster: {@code padded} puts {@code head} and {@code tail} on different cache lines (in
 * {@code DrainQueue} before its layout change they shared one, so every producer's swap
 * evicted the consumer's line), and
 * {@code releaseLink} links with a release store instead of a volatile one (JCTools' ordered
 * store; the consumer's read stays acquire). {@code new VyukovQueue(false, false)} is
 * {@code DrainQueue} as it was before that change; the dispatcher's {@code TaskQueue} is the layout now.
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

    /** A cache line's worth of padding around a reference (64 bytes each side, in longs). */
    static final class Cell<E> {
        long p0, p1, p2, p3, p4, p5, p6, p7;
        volatile Node<E> value;
        long q0, q1, q2, q3, q4, q5, q6, q7;
    }

    private static final VarHandle TAIL;
    private static final VarHandle CELL;
    private static final VarHandle NEXT;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            TAIL = lookup.findVarHandle(VyukovQueue.class, "tail", Node.class);
            CELL = lookup.findVarHandle(Cell.class, "value", Node.class);
            NEXT = lookup.findVarHandle(Node.class, "next", Node.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final boolean releaseLink;
    /** Consumer-owned (unpadded layout). */
    private Node<E> head;
    @SuppressWarnings("unused") // through TAIL
    private volatile Node<E> tail;
    /** The padded layout's head and tail, or null. */
    private final Cell<E> paddedHead;
    private final Cell<E> paddedTail;

    VyukovQueue(boolean padded, boolean releaseLink) {
        this.releaseLink = releaseLink;
        Node<E> stub = new Node<>(null);
        if (padded) {
            paddedHead = new Cell<>();
            paddedTail = new Cell<>();
            paddedHead.value = stub;
            paddedTail.value = stub;
        } else {
            paddedHead = null;
            paddedTail = null;
            head = stub;
            tail = stub;
        }
    }

    /** Any thread. */
    @SuppressWarnings("unchecked")
    boolean offer(E item) {
        Node<E> node = new Node<>(item);
        Node<E> previous = paddedTail == null
                ? (Node<E>) TAIL.getAndSet(this, node)
                : (Node<E>) CELL.getAndSet(paddedTail, node);
        if (releaseLink) {
            NEXT.setRelease(previous, node);
        } else {
            previous.next = node;
        }
        return true;
    }

    /** The consumer only; null when empty or a producer has not linked its node yet. */
    @SuppressWarnings("unchecked")
    E poll() {
        Node<E> current = paddedHead == null ? head : (Node<E>) CELL.get(paddedHead);
        Node<E> next = (Node<E>) NEXT.getAcquire(current);
        if (next == null) {
            return null;
        }
        if (paddedHead == null) {
            head = next;
        } else {
            CELL.set(paddedHead, next);
        }
        E item = next.item;
        next.item = null;
        return item;
    }
}
