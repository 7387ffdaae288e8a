package dev.fxinter.benchmarks.jmh;

/**
 * {@code DrainQueueLayout} of the dispatcher, copied for {@link DrainQueueCopy}: the JVM lays
 * out a superclass's fields before its subclass's, so the consumer's {@code head} and the
 * producers' {@code tail} and {@code armed} are 64 bytes of padding apart.
 */
final class DrainQueueCopyLayout {
    private DrainQueueCopyLayout() {}

    abstract static class ConsumerField {
        DrainQueueCopy.Node head;
    }

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

    abstract static class ProducerFields extends Padding {
        volatile DrainQueueCopy.Node tail;
        volatile boolean armed;
    }
}
