package dev.fxinter.dispatcher.internal;

/**
 * The field layout of {@link TaskQueue} (and of {@link DrainQueue}'s flag). The JVM lays out a superclass's fields before its
 * subclass's, so the consumer's {@code head} ({@link ConsumerField}) and the producers'
 * {@code tail} and {@code armed} ({@link ProducerFields}) are 64 bytes of padding apart and do not
 * share a cache line: producers swapping the tail do not slow the FX thread's polling.
 * Chosen by measurement (QueueBenchmark in benchmarks/, results in docs/benchmarks.md): with the
 * release-store link, this layout made the queue faster with one producer and kept it within
 * about 1.3x of JCTools' MpscLinkedQueue while carrying the context in the same 24-byte node.
 */
final class TaskQueueLayout {
    private TaskQueueLayout() {}

    /** The consumer's field. */
    abstract static class ConsumerField {
        /** Owned by the consumer (see TaskQueue's class comment); a sentinel whose task has been taken. */
        TaskQueue.Node head;
    }

    /** Padding between the consumer's field and the producers'. */
    @SuppressWarnings("unused")
    abstract static class Padding extends ConsumerField {
        long p0;
        long p1;
        long p2;
        long p3;
        long p4;
        long p5;
        long p6;
        long p7;
    }

    /** The fields producers write. */
    abstract static class ProducerFields extends Padding {
        /** Swapped by producers with getAndSet; read by the consumer. */
        volatile TaskQueue.Node tail;
        /** See "Arming" in DrainQueue's class comment. */
        volatile boolean armed;
    }
}
