package dev.fxinter.benchmarks.jmh;

import dev.fxinter.dispatcher.internal.TaskQueue;
import kotlin.coroutines.EmptyCoroutineContext;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jctools.queues.MpscLinkedQueue;
import org.jctools.queues.MpscUnboundedArrayQueue;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Which queue should carry the FX thread's work: the dispatcher's hand-written MPSC list
 * ({@link TaskQueue}, {@code drainqueue-now}: the dispatcher's own queue class, as it is;
 * {@link VyukovQueue}: the same algorithm as it was before, {@code drainqueue}, and with padding
 * and/or a release-store link), the JDK's
 * {@link ConcurrentLinkedQueue}, or JCTools' {@link MpscUnboundedArrayQueue} and
 * {@link MpscLinkedQueue}. One operation is one element offered by one of {@code producers}
 * threads and polled by the single consumer (the benchmark thread); each invocation moves
 * {@link #TOTAL} elements, split evenly among the producers, and ends with the queue empty.
 * With {@code -prof gc}, {@code gc.alloc.rate.norm} is the bytes allocated per element, all
 * threads counted.
 *
 * <p>The elements are one shared object, so what is allocated is the queue's own (nodes,
 * chunks). On a 2-core machine, two producers and the consumer share the cores: the figure is
 * the contended case, as on the FX thread with background producers.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class QueueBenchmark {
    /** Elements per invocation. */
    public static final int TOTAL = 20_000;
    private static final Object ITEM = new Object();

    @Param({"drainqueue-now", "drainqueue", "drainqueue-padded", "drainqueue-release",
            "drainqueue-padded-release",
            "clq", "jctools-array", "jctools-linked"})
    public String queue;

    @Param({"1", "2"})
    public int producers;

    /** The operations the benchmark needs; one implementation per fork, so the calls stay monomorphic. */
    interface Queue {
        void offer(Object item);

        Object poll();
    }

    private Queue q;
    private Thread[] threads;
    private final Semaphore start = new Semaphore(0);

    @Setup(Level.Trial)
    public void setUp() {
        q = switch (queue) {
            case "drainqueue-now" -> wrapTaskQueue(new TaskQueue());
            case "drainqueue" -> wrap(new VyukovQueue<>(false, false));
            case "drainqueue-padded" -> wrap(new VyukovQueue<>(true, false));
            case "drainqueue-release" -> wrap(new VyukovQueue<>(false, true));
            case "drainqueue-padded-release" -> wrap(new VyukovQueue<>(true, true));
            case "clq" -> wrap(new ConcurrentLinkedQueue<>());
            case "jctools-array" -> wrap(new MpscUnboundedArrayQueue<>(1024));
            case "jctools-linked" -> wrap(new MpscLinkedQueue<>());
            default -> throw new IllegalArgumentException(queue);
        };
        int each = TOTAL / producers;
        threads = new Thread[producers];
        for (int p = 0; p < producers; p++) {
            threads[p] = new Thread(() -> {
                try {
                    for (;;) {
                        start.acquire();
                        for (int i = 0; i < each; i++) {
                            q.offer(ITEM);
                        }
                    }
                } catch (InterruptedException e) {
                    // torn down
                }
            }, "producer-" + p);
            threads[p].setDaemon(true);
            threads[p].start();
        }
    }

    private static Queue wrap(java.util.Queue<Object> queue) {
        return new Queue() {
            public void offer(Object item) {
                queue.offer(item);
            }

            public Object poll() {
                return queue.poll();
            }
        };
    }

    /** The dispatcher's queue carries Runnables with their context: one shared task stands in for the item. */
    private static final Runnable TASK = () -> { };

    private static Queue wrapTaskQueue(TaskQueue queue) {
        return new Queue() {
            public void offer(Object item) {
                queue.link(EmptyCoroutineContext.INSTANCE, TASK);
            }

            public Object poll() {
                return queue.poll();
            }
        };
    }

    private static Queue wrap(VyukovQueue<Object> queue) {
        return new Queue() {
            public void offer(Object item) {
                queue.offer(item);
            }

            public Object poll() {
                return queue.poll();
            }
        };
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        for (Thread t : threads) {
            t.interrupt();
        }
    }

    @Benchmark
    @OperationsPerInvocation(TOTAL)
    public int offerPoll() {
        start.release(producers);
        int got = 0;
        Queue queue = q;
        while (got < TOTAL) {
            if (queue.poll() != null) {
                got++;
            } else {
                Thread.onSpinWait();
            }
        }
        return got;
    }
}
