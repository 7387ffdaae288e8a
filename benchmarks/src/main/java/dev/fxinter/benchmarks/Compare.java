package dev.fxinter.benchmarks;

import dev.fxinter.dispatcher.FxDispatcher;
import dev.fxinter.dispatcher.FxLoop;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import kotlin.coroutines.EmptyCoroutineContext;
import kotlinx.coroutines.CoroutineDispatcher;
import kotlinx.coroutines.Dispatchers;
import kotlinx.coroutines.javafx.JavaFxDispatcherKt;

/**
 * The side-by-side comparison: every figure of DESIGN.md's "Figures to reach" table, measured in
 * one JVM for three contenders: fxinter ({@code FxDispatcher.main()} after
 * {@code FxLoop.owner()}), kotlinx-coroutines-javafx ({@code Dispatchers.JavaFx}) and the limit
 * the table names for that figure.
 *
 * <p><b>Method.</b> Each figure is first run once per contender unmeasured (JIT warm-up), then
 * {@code reps} times per contender, the contenders interleaved and their order rotated every
 * repetition, so that background load (the machine is shared) falls on all of them alike. A
 * figure's value is the median of its repetitions; the ratios are computed from those medians.
 * The frame-gap figures are measured by {@link FrameGaps}; the class-loading figure runs each
 * sample in a fresh child JVM ({@link LoadCost}).
 *
 * <p>Usage: {@code Compare [smoke|default|full] [--csv FILE] [--only ID,...]} ({@code --only}
 * runs the figures whose id starts with one of the given prefixes). {@code default} takes under two
 * minutes; {@code smoke} runs a few thousand operations per figure (what CI runs: it checks that
 * the program completes, not the figures); {@code full} uses the table's full counts and more
 * repetitions. The exit code is 0 whether or not the goals are met: this is a measurement, not a test.
 */
public final class Compare {
    /** The nominal animation pulse period of JavaFX (60 Hz), the frame-gap figure's limit. */
    static final double PULSE_MILLIS = 1000.0 / 60;
    /** A hang guard for every wait on the FX thread. */
    static final long WAIT_SECONDS = 300;

    static final String FXINTER = "fxinter";
    static final String PEER = "kotlinx-javafx";
    static final String LIMIT = "limit";
    static final String[] CONTENDERS = {FXINTER, PEER, LIMIT};

    /** The sizes of one run mode. */
    record Sizes(String mode, int yields, int coroutines, int yieldsEach, int delays, int flood,
                 int roundTrips, int allocDispatches, int reps, int slowReps, int loadReps,
                 int coroutineFlood, int floodReps) {}

    static Sizes sizes(String mode) {
        return switch (mode) {
            case "smoke" -> new Sizes(mode, 2_000, 100, 20, 20, 5_000, 500, 5_000, 1, 1, 1, 5_000, 1);
            // delay: 250 sequential delays per sample (the peer needs 16 ms each); the figure is
            // the time per delay, so it compares with the table's 1,000 directly.
            case "default" -> new Sizes(mode, 200_000, 10_000, 20, 250, 1_000_000, 5_000, 200_000, 5, 3, 5, 1_000_000, 3);
            case "full" -> new Sizes(mode, 200_000, 10_000, 20, 1_000, 1_000_000, 20_000, 1_000_000, 9, 5, 11, 1_000_000, 11);
            default -> throw new IllegalArgumentException("mode: smoke, default or full, not " + mode);
        };
    }

    /** One measured figure: the samples of each contender, and how to judge the goal. */
    static final class Figure {
        final String id;
        final String title;
        final String unit;
        final String goal;
        final double[][] samples = new double[3][];
        final double[] medians = new double[3];
        /** Per contender and sample, what else was seen (the collector's pauses), or null. */
        final String[][] notes = new String[3][];
        boolean met;

        Figure(String id, String title, String unit, String goal) {
            this.id = id;
            this.title = title;
            this.unit = unit;
            this.goal = goal;
        }

        double fx() {
            return medians[0];
        }

        double peer() {
            return medians[1];
        }

        double limit() {
            return medians[2];
        }

        /** How many times the peer's value is fxinter's (for times: how much faster fxinter is). */
        double peerOverFx() {
            return medians[1] / medians[0];
        }

        /** fxinter's value as a multiple of the limit's (1.0 = at the limit). */
        double fxOverLimit() {
            return medians[0] / medians[2];
        }

        /** The worst (largest) sample of contender {@code i}: every figure is lower-is-better. */
        double worst(int i) {
            return Arrays.stream(samples[i]).max().orElse(Double.NaN);
        }

        /** fxinter's worst sample as a multiple of the limit's worst. */
        double worstFxOverLimit() {
            return worst(0) / worst(2);
        }
    }

    private final Sizes sizes;
    private final CoroutineDispatcher fxinter;
    private final CoroutineDispatcher peer;
    private final FrameGaps frameGaps;
    private Thread fxThread;
    private final List<Figure> figures = new ArrayList<>();
    /** Figure ids (or prefixes) to run; empty: all. */
    private final List<String> only = new ArrayList<>();

    private Compare(Sizes sizes, CoroutineDispatcher fxinter, CoroutineDispatcher peer) {
        this.sizes = sizes;
        this.fxinter = fxinter;
        this.peer = peer;
        this.frameGaps = new FrameGaps(sizes, this::dispatcher);
    }

    public static void main(String[] args) throws Exception {
        String mode = "default";
        Path csv = null;
        List<String> only = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--csv" -> csv = Path.of(args[++i]);
                case "--only" -> only.addAll(Arrays.asList(args[++i].split(",")));
                case "--smoke", "smoke" -> mode = "smoke";
                case "--full", "full" -> mode = "full";
                case "--default", "default" -> mode = "default";
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        Sizes sizes = sizes(mode);
        long started = System.nanoTime();
        int status = 0;
        // fxinter's loop first: Dispatchers.JavaFx would otherwise start the toolkit itself.
        FxLoop loop = FxLoop.owner();
        try {
            CoroutineDispatcher peer = JavaFxDispatcherKt.getJavaFx(Dispatchers.INSTANCE);
            Compare compare = new Compare(sizes, FxDispatcher.main(), peer);
            compare.only.addAll(only);
            compare.runAll();
            compare.print(started);
            if (csv != null) {
                compare.writeCsv(csv);
            }
        } catch (Throwable t) {
            t.printStackTrace();
            status = 1;
        } finally {
            loop.close();
        }
        System.exit(status);
    }

    private void runAll() throws Exception {
        fxThread = callOnFx(Thread::currentThread);
        System.out.printf(Locale.ROOT, "fxinter comparison, mode %s, Java %s, JavaFX %s, glass %s%n",
                sizes.mode(), System.getProperty("java.version"), System.getProperty("javafx.runtime.version"),
                System.getProperty("glass.platform"));

        figure(new Figure("yield_one", String.format(Locale.ROOT, "%,d yield() in one coroutine", sizes.yields()),
                        "ms", "peer/fx >= 15; fx/limit <= 1.5"), sizes.reps(),
                c -> Workloads.yieldLoop(dispatcher(c), sizes.yields()) / 1e6);
        judge("yield_one", f -> f.peerOverFx() >= 15 && f.fxOverLimit() <= 1.5);

        figure(new Figure("yield_many", String.format(Locale.ROOT, "%,d coroutines x %d yield()",
                        sizes.coroutines(), sizes.yieldsEach()), "ms", "peer/fx >= 15; fx/limit <= 1.5"), sizes.reps(),
                c -> Workloads.manyCoroutines(dispatcher(c), sizes.coroutines(), sizes.yieldsEach()) / 1e6);
        judge("yield_many", f -> f.peerOverFx() >= 15 && f.fxOverLimit() <= 1.5);

        figure(new Figure("delay", String.format(Locale.ROOT, "sequential delay(1), per delay (%,d a sample)",
                        sizes.delays()), "ms", "fx/limit <= 1.05"), sizes.slowReps(),
                c -> Workloads.sequentialDelays(c.equals(LIMIT) ? Dispatchers.getDefault() : dispatcher(c),
                        sizes.delays()) / 1e6 / sizes.delays());
        judge("delay", f -> f.fxOverLimit() <= 1.05);

        figure(new Figure("frame_gap", String.format(Locale.ROOT,
                        "longest frame gap while %,d tasks are queued (limit: idle)", sizes.flood()),
                        "ms", "fx worst <= 2 x 16.7 ms"), sizes.slowReps(),
                frameGaps::queued);
        judge("frame_gap", f -> f.worst(0) <= 2 * PULSE_MILLIS);
        figure(new Figure("frame_gap_stream", String.format(Locale.ROOT,
                        "the same, %,d tasks dispatched while the FX thread runs", sizes.flood()),
                        "ms", "fx worst <= 2 x 16.7 ms"), sizes.slowReps(),
                frameGaps::streamed);
        judge("frame_gap_stream", f -> f.worst(0) <= 2 * PULSE_MILLIS);
        figure(new Figure("frame_gap_coroutines", String.format(Locale.ROOT,
                        "longest frame gap while %,d launched coroutines run (limit: run off the FX thread)",
                        sizes.coroutineFlood()),
                        "ms", "fx/limit median <= 1.1, worst <= 1"), sizes.floodReps(),
                frameGaps.coroutineFlood());
        judge("frame_gap_coroutines", f -> f.fxOverLimit() <= 1.1 && f.worstFxOverLimit() <= 1);

        Figure p50 = new Figure("round_trip_p50", "background -> FX -> background round trip, p50", "us",
                "fx/limit <= 2");
        Figure p99 = new Figure("round_trip_p99", "background -> FX -> background round trip, p99", "us",
                "fx/limit <= 2");
        roundTripFigures(p50, p99);
        judge("round_trip_p50", f -> f.fxOverLimit() <= 2);
        judge("round_trip_p99", f -> f.fxOverLimit() <= 2);

        figure(new Figure("alloc", "bytes allocated per dispatch (dispatching + FX thread; limit: one queue node)",
                        "B", "fx <= 32 B"), sizes.reps(),
                this::allocationPerDispatch);
        judge("alloc", f -> f.fx() <= 32);

        loadCostFigures();
    }

    // ---------------------------------------------------------------- the harness

    @FunctionalInterface
    interface Sample {
        double measure(String contender) throws Exception;
    }

    /** A sample that also says what else it saw in its last measurement. */
    interface NotedSample extends Sample {
        String lastNote();
    }

    private CoroutineDispatcher dispatcher(String contender) {
        return switch (contender) {
            case FXINTER -> fxinter;
            case PEER -> peer;
            default -> null;
        };
    }

    /** One warm-up round, then {@code reps} interleaved rounds with a rotating order. */
    private void figure(Figure figure, int reps, Sample sample) throws Exception {
        if (!wanted(figure.id)) {
            return;
        }
        System.out.printf(Locale.ROOT, "  %-70s", figure.title);
        System.out.flush();
        for (String c : CONTENDERS) {
            sample.measure(c);
        }
        for (int i = 0; i < 3; i++) {
            figure.samples[i] = new double[reps];
            figure.notes[i] = new String[reps];
        }
        for (int r = 0; r < reps; r++) {
            for (int k = 0; k < 3; k++) {
                int i = (k + r) % 3;
                System.gc();
                figure.samples[i][r] = sample.measure(CONTENDERS[i]);
                if (sample instanceof NotedSample noted) {
                    figure.notes[i][r] = noted.lastNote();
                }
            }
            System.out.print('.');
            System.out.flush();
        }
        finish(figure);
        System.out.println();
    }

    private boolean wanted(String id) {
        return only.isEmpty() || only.stream().anyMatch(id::startsWith);
    }

    private void finish(Figure figure) {
        for (int i = 0; i < 3; i++) {
            figure.medians[i] = median(figure.samples[i]);
        }
        figures.add(figure);
    }

    private void judge(String id, java.util.function.Predicate<Figure> goal) {
        for (Figure f : figures) {
            if (f.id.equals(id)) {
                f.met = goal.test(f);
            }
        }
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    static <T> T callOnFx(java.util.concurrent.Callable<T> fn) throws Exception {
        AtomicReference<Object> result = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                result.set(fn.call());
            } catch (Throwable t) {
                result.set(t);
            }
            done.countDown();
        });
        await(done);
        Object r = result.get();
        if (r instanceof Throwable t) {
            throw new IllegalStateException("failed on the FX thread", t);
        }
        @SuppressWarnings("unchecked")
        T value = (T) r;
        return value;
    }

    static void await(CountDownLatch latch) throws InterruptedException {
        if (!latch.await(WAIT_SECONDS, TimeUnit.SECONDS)) {
            throw new IllegalStateException("timed out after " + WAIT_SECONDS + " s: is the FX thread stuck?");
        }
    }

    /** A task that counts its runs on the FX thread and opens a latch at the last one. */
    static final class CountingTask implements Runnable {
        private int remaining;
        final CountDownLatch done = new CountDownLatch(1);

        CountingTask(int runs) {
            remaining = runs;
        }

        @Override
        public void run() {
            if (--remaining == 0) {
                done.countDown();
            }
        }
    }

    // ---------------------------------------------------------------- round trip

    /**
     * Background -> FX -> background: this thread dispatches a task that hands a token back
     * through a SynchronousQueue; the limit hands the token to an echo thread through one
     * SynchronousQueue and back through another. p50 and p99 of each sample's trips.
     */
    private void roundTripFigures(Figure p50, Figure p99) throws Exception {
        if (!wanted(p50.id)) {
            return;
        }
        System.out.printf(Locale.ROOT, "  %-70s", String.format(Locale.ROOT,
                "round trip background -> FX -> background, %,d trips a sample", sizes.roundTrips()));
        System.out.flush();
        int reps = sizes.reps();
        for (String c : CONTENDERS) {
            roundTrips(c, Math.max(1_000, sizes.roundTrips() / 2));
        }
        for (int i = 0; i < 3; i++) {
            p50.samples[i] = new double[reps];
            p99.samples[i] = new double[reps];
        }
        for (int r = 0; r < reps; r++) {
            for (int k = 0; k < 3; k++) {
                int i = (k + r) % 3;
                System.gc();
                long[] trips = roundTrips(CONTENDERS[i], sizes.roundTrips());
                Arrays.sort(trips);
                p50.samples[i][r] = trips[(int) (trips.length * 0.50)] / 1e3;
                p99.samples[i][r] = trips[(int) (trips.length * 0.99)] / 1e3;
            }
            System.out.print('.');
            System.out.flush();
        }
        finish(p50);
        finish(p99);
        System.out.println();
    }

    private long[] roundTrips(String contender, int n) throws Exception {
        long[] trips = new long[n];
        SynchronousQueue<Object> back = new SynchronousQueue<>();
        Object token = new Object();
        if (contender.equals(LIMIT)) {
            SynchronousQueue<Object> there = new SynchronousQueue<>();
            Object stop = new Object();
            Thread echo = new Thread(() -> {
                try {
                    for (;;) {
                        Object o = there.take();
                        if (o == stop) {
                            return;
                        }
                        back.put(o);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "echo");
            echo.setDaemon(true);
            echo.start();
            for (int i = 0; i < n; i++) {
                long t = System.nanoTime();
                there.put(token);
                back.take();
                trips[i] = System.nanoTime() - t;
            }
            there.put(stop);
            echo.join();
        } else {
            CoroutineDispatcher d = dispatcher(contender);
            Runnable reply = () -> {
                try {
                    back.put(token);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            };
            for (int i = 0; i < n; i++) {
                long t = System.nanoTime();
                d.dispatch(EmptyCoroutineContext.INSTANCE, reply);
                if (back.poll(WAIT_SECONDS, TimeUnit.SECONDS) == null) {
                    throw new IllegalStateException("round trip timed out");
                }
                trips[i] = System.nanoTime() - t;
            }
        }
        return trips;
    }

    // ---------------------------------------------------------------- allocation

    /**
     * Bytes allocated per dispatch of one shared Runnable, by the dispatching thread and the FX
     * thread together (HotSpot's per-thread allocation counters). The limit: one node of a
     * linked concurrent queue (ConcurrentLinkedQueue offer + poll).
     */
    private double allocationPerDispatch(String contender) throws Exception {
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        int n = sizes.allocDispatches();
        if (contender.equals(LIMIT)) {
            ConcurrentLinkedQueue<Object> queue = new ConcurrentLinkedQueue<>();
            Object item = new Object();
            long before = mx.getCurrentThreadAllocatedBytes();
            for (int i = 0; i < n; i++) {
                queue.offer(item);
                queue.poll();
            }
            return (mx.getCurrentThreadAllocatedBytes() - before) / (double) n;
        }
        CoroutineDispatcher d = dispatcher(contender);
        CountingTask task = new CountingTask(n);
        long fxId = fxThread.getId();
        long fxBefore = mx.getThreadAllocatedBytes(fxId);
        long before = mx.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < n; i++) {
            d.dispatch(EmptyCoroutineContext.INSTANCE, task);
        }
        long mine = mx.getCurrentThreadAllocatedBytes() - before;
        await(task.done);
        long fx = mx.getThreadAllocatedBytes(fxId) - fxBefore;
        return (mine + fx) / (double) n;
    }

    // ---------------------------------------------------------------- class loading

    /** Each sample a fresh child JVM running {@link LoadCost}: milliseconds and threads started. */
    private void loadCostFigures() throws Exception {
        if (!wanted("load_ms")) {
            return;
        }
        Figure time = new Figure("load_ms", "loading the library classes, fresh JVM (limit: nothing)", "ms",
                "fx < 5 ms");
        Figure cold = new Figure("load_cold_ms", "the same in a JVM that has run no lambda yet", "ms",
                "(context)");
        Figure deps = new Figure("load_deps_ms", "loading kotlinx-coroutines-core classes before them (all alike)",
                "ms", "(context)");
        Figure threads = new Figure("load_threads", "threads started by loading the classes (toolkit: none)",
                "threads", "fx = 0; no toolkit");
        System.out.printf(Locale.ROOT, "  %-70s", time.title);
        System.out.flush();
        int reps = sizes.loadReps();
        boolean toolkit = false;
        for (int i = 0; i < 3; i++) {
            time.samples[i] = new double[reps];
            threads.samples[i] = new double[reps];
            deps.samples[i] = new double[reps];
            cold.samples[i] = new double[reps];
        }
        for (int r = 0; r < reps; r++) {
            for (int k = 0; k < 3; k++) {
                int i = (k + r) % 3;
                String[] line = childLoad(CONTENDERS[i], false);
                cold.samples[i][r] = Long.parseLong(childLoad(CONTENDERS[i], true)[1]) / 1e6;
                time.samples[i][r] = Long.parseLong(line[1]) / 1e6;
                threads.samples[i][r] = Integer.parseInt(line[2]);
                deps.samples[i][r] = Long.parseLong(line[4]) / 1e6;
                if (i == 0 && Boolean.parseBoolean(line[3])) {
                    toolkit = true;
                }
            }
            System.out.print('.');
            System.out.flush();
        }
        finish(time);
        finish(threads);
        finish(cold);
        finish(deps);
        cold.met = true;
        deps.met = true;
        System.out.println();
        time.met = time.fx() < 5;
        threads.met = threads.fx() == 0 && !toolkit;
    }

    private static String[] childLoad(String contender, boolean cold) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse(
                Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                LoadCost.class.getName(), contender, cold ? "cold" : "warm").redirectErrorStream(true).start();
        String found = null;
        StringBuilder all = new StringBuilder();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                all.append(line).append('\n');
                if (line.startsWith("LOAD ")) {
                    found = line;
                }
            }
        }
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("LoadCost " + contender + " hung");
        }
        if (p.exitValue() != 0 || found == null) {
            throw new IllegalStateException("LoadCost " + contender + " failed:\n" + all);
        }
        return found.split(" ", 6);
    }

    // ---------------------------------------------------------------- output

    private void print(long started) {
        System.out.println();
        System.out.println("each contender: median / worst sample; ratios of the medians, and of the worst samples");
        System.out.printf(Locale.ROOT, "%-20s %-4s %17s %17s %17s %8s %8s %8s  %s%n",
                "figure", "unit", FXINTER, PEER, LIMIT, "peer/fx", "fx/limit", "worst", "goal");
        for (Figure f : figures) {
            System.out.printf(Locale.ROOT, "%-20s %-4s %17s %17s %17s %8s %8s %8s  %s%s%n",
                    f.id, f.unit, num(f.fx()) + " / " + num(f.worst(0)), num(f.peer()) + " / " + num(f.worst(1)),
                    num(f.limit()) + " / " + num(f.worst(2)),
                    ratio(f.peerOverFx()), ratio(f.fxOverLimit()), ratio(f.worstFxOverLimit()), f.goal,
                    f.goal.startsWith("(") ? "" : f.met ? ": met" : ": MISSED");
        }
        for (Figure f : figures) {
            if (f.notes[0] != null && f.notes[0].length > 0 && f.notes[0][0] != null) {
                System.out.println(f.id + ", per sample (value: what else was seen):");
                for (int i = 0; i < 3; i++) {
                    StringBuilder b = new StringBuilder();
                    for (int r = 0; r < f.samples[i].length; r++) {
                        b.append(String.format(Locale.ROOT, "%n    %s ms: %s", num(f.samples[i][r]), f.notes[i][r]));
                    }
                    System.out.println("  " + CONTENDERS[i] + b);
                }
            }
        }
        System.out.printf(Locale.ROOT, "%d samples per contender (%d for delay and frame gap, %d for the coroutine flood, "
                        + "%d JVMs for loading); run took %.0f s%n",
                sizes.reps(), sizes.slowReps(), sizes.floodReps(), sizes.loadReps(), (System.nanoTime() - started) / 1e9);
    }

    private void writeCsv(Path csv) throws IOException {
        Path parent = csv.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(csv, StandardCharsets.UTF_8))) {
            out.println("java,javafx,mode,figure,unit,fxinter,peer,limit,peer_over_fxinter,fxinter_over_limit,"
                    + "goal,met,fxinter_samples,peer_samples,limit_samples,fxinter_worst,peer_worst,limit_worst,"
                    + "fxinter_over_limit_worst,fxinter_notes,peer_notes,limit_notes");
            for (Figure f : figures) {
                out.printf(Locale.ROOT, "%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s%n",
                        System.getProperty("java.version"), System.getProperty("javafx.runtime.version"),
                        sizes.mode(), f.id, f.unit, num(f.fx()), num(f.peer()), num(f.limit()),
                        ratio(f.peerOverFx()), ratio(f.fxOverLimit()), f.goal.replace(',', ';'), f.met,
                        samples(f.samples[0]), samples(f.samples[1]), samples(f.samples[2]),
                        num(f.worst(0)), num(f.worst(1)), num(f.worst(2)), ratio(f.worstFxOverLimit()),
                        notes(f.notes[0]), notes(f.notes[1]), notes(f.notes[2]));
            }
        }
        System.out.println("wrote " + csv);
    }

    private static String samples(double[] values) {
        StringBuilder b = new StringBuilder();
        for (double v : values) {
            b.append(b.length() == 0 ? "" : " ").append(num(v));
        }
        return b.toString();
    }

    private static String notes(String[] notes) {
        if (notes == null || notes.length == 0 || notes[0] == null) {
            return "";
        }
        return String.join(" | ", notes).replace(',', ';');
    }

    private static String num(double v) {
        if (v == 0) {
            return "0";
        }
        double a = Math.abs(v);
        return String.format(Locale.ROOT, a >= 100 ? "%.0f" : a >= 10 ? "%.1f" : a >= 1 ? "%.2f" : "%.3f", v);
    }

    private static String ratio(double r) {
        if (Double.isNaN(r) || Double.isInfinite(r)) {
            return "-";
        }
        return String.format(Locale.ROOT, r >= 10 ? "%.1f" : "%.2f", r);
    }
}
