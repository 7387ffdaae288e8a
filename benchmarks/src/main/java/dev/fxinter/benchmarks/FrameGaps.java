package dev.fxinter.benchmarks;

import static dev.fxinter.benchmarks.Compare.LIMIT;
import static dev.fxinter.benchmarks.Compare.WAIT_SECONDS;
import static dev.fxinter.benchmarks.Compare.await;
import static dev.fxinter.benchmarks.Compare.callOnFx;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javafx.application.Platform;
import kotlin.coroutines.EmptyCoroutineContext;
import kotlinx.coroutines.CoroutineDispatcher;
import kotlinx.coroutines.ExecutorsKt;

/**
 * The comparison's frame-gap figures: the longest gap between animation frames while the FX
 * thread works through a flood of queued tasks ({@link #queued}), a stream of tasks
 * ({@link #streamed}) or a million launched coroutines ({@link #coroutineFlood()}, with the
 * collector's pauses noted by {@link GcPauses}). Each is a {@link Compare.Sample}: {@link Compare}
 * runs them, names the figures and judges their goals.
 *
 * <p>Every method runs on the measuring thread (the comparison's main thread), never on the FX
 * thread; the frames are timed on the FX thread by a {@link FrameProbe}. The lazily created
 * {@code background} executor and its dispatcher are owned by the measuring thread.
 */
final class FrameGaps {
    private final Compare.Sizes sizes;
    /** The dispatcher of each contender but the limit. */
    private final Function<String, CoroutineDispatcher> dispatchers;
    /** Owned by the measuring thread: created at the first coroutine flood's limit sample. */
    private ExecutorService background;
    private CoroutineDispatcher backgroundDispatcher;

    FrameGaps(Compare.Sizes sizes, Function<String, CoroutineDispatcher> dispatchers) {
        this.sizes = sizes;
        this.dispatchers = dispatchers;
    }

    /**
     * The longest gap between animation frames while {@code flood} tasks are queued: the FX
     * thread is held by a plain {@code Platform.runLater} task while this (background) thread
     * dispatches all the tasks through the contender, then released; the gap is measured from
     * the release until the last task has run and two more frames have passed. The limit: the
     * same with no tasks (an idle FX thread, pulses only).
     */
    double queued(String contender) throws Exception {
        return withProbe(probe -> {
            CountDownLatch held = new CountDownLatch(1);
            CountDownLatch go = new CountDownLatch(1);
            Platform.runLater(() -> {
                held.countDown();
                try {
                    go.await(WAIT_SECONDS, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                probe.restartWindow();
            });
            await(held);
            Compare.CountingTask task = null;
            if (!contender.equals(LIMIT)) {
                CoroutineDispatcher d = dispatchers.apply(contender);
                task = new Compare.CountingTask(sizes.flood());
                for (int i = 0, n = sizes.flood(); i < n; i++) {
                    d.dispatch(EmptyCoroutineContext.INSTANCE, task);
                }
            }
            go.countDown();
            if (task == null) {
                Thread.sleep(200);
            } else {
                await(task.done);
            }
        });
    }

    /**
     * The same while the tasks are dispatched from a background thread as fast as it can, the FX
     * thread running them meanwhile (tasks queue up only as far as the producer outpaces it).
     */
    double streamed(String contender) throws Exception {
        return withProbe(probe -> {
            callOnFx(() -> {
                probe.restartWindow();
                return null;
            });
            if (contender.equals(LIMIT)) {
                Thread.sleep(200);
            } else {
                CoroutineDispatcher d = dispatchers.apply(contender);
                Compare.CountingTask task = new Compare.CountingTask(sizes.flood());
                for (int i = 0, n = sizes.flood(); i < n; i++) {
                    d.dispatch(EmptyCoroutineContext.INSTANCE, task);
                }
                await(task.done);
            }
        });
    }

    /**
     * The longest frame gap while {@code coroutineFlood} launched coroutines run, each
     * {@code scope.launch(D) { count++ }} as an app writes it: the thread that will run them (the
     * FX thread; for the limit a background thread) is held while this thread launches them all,
     * then released; the window runs from the release until the last coroutine has run and two
     * more frames have passed. A million live coroutines make the collector work, and its pauses
     * stop the FX thread too: the limit pays them with the FX thread only animating, and each
     * sample notes the collections that ended in its window ({@link GcPauses}).
     */
    Compare.NotedSample coroutineFlood() {
        return new Compare.NotedSample() {
            private String note;

            @Override
            public double measure(String contender) throws Exception {
                CoroutineFlood flood = new CoroutineFlood(sizes.coroutineFlood());
                GcPauses[] pauses = new GcPauses[1];
                double gap = withProbe(probe -> {
                    CountDownLatch held = new CountDownLatch(1);
                    CountDownLatch go = new CountDownLatch(1);
                    boolean limit = contender.equals(LIMIT);
                    Runnable hold = () -> {
                        held.countDown();
                        try {
                            go.await(WAIT_SECONDS, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    };
                    if (limit) {
                        backgroundExecutor().execute(hold);
                    } else {
                        Platform.runLater(() -> {
                            hold.run();
                            probe.restartWindow();
                        });
                    }
                    await(held);
                    flood.launch(limit ? backgroundDispatcher() : dispatchers.apply(contender));
                    if (limit) {
                        callOnFx(() -> {
                            probe.restartWindow();
                            return null;
                        });
                    }
                    pauses[0] = GcPauses.start();
                    go.countDown();
                    await(flood.done);
                });
                pauses[0].close();
                note = pauses[0].toString();
                return gap;
            }

            @Override
            public String lastNote() {
                return note;
            }
        };
    }

    /** One daemon thread, the limit's stand-in for the FX thread in the coroutine flood. */
    private ExecutorService backgroundExecutor() {
        if (background == null) {
            background = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "flood-limit");
                t.setDaemon(true);
                return t;
            });
            backgroundDispatcher = ExecutorsKt.from(background);
        }
        return background;
    }

    private CoroutineDispatcher backgroundDispatcher() {
        backgroundExecutor();
        return backgroundDispatcher;
    }

    /** What runs while a {@link FrameProbe} watches the frames. */
    interface ProbeWindow {
        void run(FrameProbe probe) throws Exception;
    }

    /** Starts a frame probe, runs the window, waits for the frame that ends the last gap. */
    private static double withProbe(ProbeWindow window) throws Exception {
        FrameProbe probe = new FrameProbe();
        callOnFx(() -> {
            probe.start();
            return null;
        });
        try {
            probe.awaitFrames(10);
            window.run(probe);
            probe.awaitFrames(2); // the frame that ends the gap in progress
            return probe.longest() / 1e6;
        } finally {
            callOnFx(() -> {
                probe.stop();
                return null;
            });
        }
    }
}
