package dev.fxinter.dispatcher.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import kotlin.coroutines.CoroutineContext;

/**
 * The FIFO queue under {@link DrainQueue}: an intrusive multi-producer single-consumer linked
 * list (Vyukov's), apart from the drain so that it can be measured on its own (benchmarks/).
 *
 * <p><b>Algorithm.</b> A producer swaps its node into {@code tail} with one {@code getAndSet},
 * then links the previous tail to it with a release store. The consumer follows {@code next}
 * links from {@code head}, a sentinel whose task has been taken. Between a producer's swap and
 * its link the list has a "bubble": the tail is ahead of what the consumer can reach; the
 * consumer either waits for the link ({@link #pollNode()}, off the FX thread) or leaves and
 * comes back ({@link DrainQueue}, on the FX thread).
 *
 * <p><b>Cost.</b> No lock; the only allocation per task is its {@link Node}: 24 bytes with
 * compressed oops, carrying the coroutine context too, so that a task that can never run on the
 * FX thread can be cancelled with a reason. A {@code ConcurrentLinkedQueue} or JCTools queue
 * would need a second object for that (48 bytes). {@link TaskQueueLayout} keeps the consumer's
 * and the producers' fields on different cache lines.
 *
 * <p><b>Invariants.</b> Producers may call {@link #link} from any thread. {@code head} and the
 * links are read for polling by one consumer thread at a time (the FX thread while the toolkit
 * runs, then the cleanup thread). {@code tail} is never null; {@code head} is reachable from it.
 */
public class TaskQueue extends TaskQueueLayout.ProducerFields {
    /**
     * A task and the context to cancel if it cannot run on the FX thread. Sealed: its one
     * subclass is {@link StampedNode}.
     */
    public static sealed class Node permits StampedNode {
        /** The task's coroutine context; cleared once taken. */
        CoroutineContext context;
        /** The task; cleared once taken. */
        Runnable task;
        /** Written once by the producer that linked the next node (release), read by the consumer (acquire). */
        volatile Node next;

        Node(CoroutineContext context, Runnable task) {
            this.context = context;
            this.task = task;
        }
    }

    /**
     * A node queued while slow tasks are watched: with when it was queued, on the watch's coarse
     * clock ({@link SlowTaskWatch}). 32 bytes instead of 24; no other object.
     */
    static final class StampedNode extends Node {
        /** When it was queued, to within the watch's poll period; never later than the truth. */
        final long queuedAt;

        StampedNode(CoroutineContext context, Runnable task, long queuedAt) {
            super(context, task);
            this.queuedAt = queuedAt;
        }
    }

    private static final VarHandle TAIL;
    private static final VarHandle NEXT;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            TAIL = lookup.findVarHandle(TaskQueueLayout.ProducerFields.class, "tail", Node.class);
            NEXT = lookup.findVarHandle(Node.class, "next", Node.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** An empty queue. */
    public TaskQueue() {
        Node stub = new Node(null, null);
        head = stub;
        tail = stub;
    }

    /**
     * Links {@code task} at the tail; any thread. The {@code getAndSet} is a full fence, so a
     * read that follows this call sees memory as of after the swap.
     *
     * @param context the task's coroutine context
     * @param task the task
     */
    public final void link(CoroutineContext context, Runnable task) {
        link(new Node(context, task));
    }

    /** Links {@code node} at the tail; any thread. See {@link #link(CoroutineContext, Runnable)}. */
    final void link(Node node) {
        Node previous = (Node) TAIL.getAndSet(this, node);
        NEXT.setRelease(previous, node);
    }

    /**
     * Consumer only: unlinks the oldest node and returns it, or null when the queue is empty;
     * waits (spinning) for a producer that is between its swap and its link. The node returned
     * is the new sentinel: read its context and task, and clear them, before the next poll. Not
     * for the FX thread, which must not spin on another thread's progress.
     *
     * @return the oldest node, or null
     */
    public final Node pollNode() {
        for (;;) {
            Node current = head;
            Node next = current.next;
            if (next != null) {
                head = next;
                return next;
            }
            if (tail == current) {
                return null;
            }
            Thread.onSpinWait();
        }
    }

    /**
     * Consumer only: unlinks and returns the oldest task, or null when the queue is empty (see
     * {@link #pollNode()}).
     *
     * @return the oldest task, or null
     */
    public final Runnable poll() {
        Node node = pollNode();
        if (node == null) {
            return null;
        }
        Runnable task = node.task;
        node.task = null;
        node.context = null;
        return task;
    }
}
