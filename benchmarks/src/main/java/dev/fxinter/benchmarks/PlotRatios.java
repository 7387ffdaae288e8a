package dev.fxinter.benchmarks;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws docs/benchmarks.png from the comparison's CSV files: for each figure, fxinter's and
 * kotlinx-coroutines-javafx's median as a multiple of the limit (1 = the limit; a log scale),
 * one pair of bars per toolkit profile, with fxinter's goal marked; the new figures of
 * benchmarks/run-all.sh (its {@code <profile>-more.csv}) as fxinter's bar alone. Plain AWT in headless mode,
 * so that it needs nothing beyond the JDK.
 *
 * <p>Usage: {@code PlotRatios OUT.png LABEL=CSV[+CSV...] [LABEL=CSV ...]}, for example
 * {@code PlotRatios docs/benchmarks.png "JDK 17 + JavaFX 21=benchmarks/results/fx21.csv+benchmarks/results/fx21-more.csv"}.
 */
public final class PlotRatios {
    /**
     * The plotted figures, their labels, and fxinter's goal as a multiple of the limit ("": none).
     * An id ending in {@code _worst} plots the worst samples' ratio of the figure without it.
     */
    private static final String[][] FIGURES = {
        {"yield_one", "200,000 yield(), one coroutine", "1.5"},
        {"yield_many", "10,000 coroutines x 20 yield()", "1.5"},
        {"delay", "sequential delay(1)", "1.05"},
        {"frame_gap_worst", "frame gap, 1M tasks queued, worst", "2"},
        {"frame_gap_stream_worst", "frame gap, 1M tasks streamed, worst", "2"},
        {"frame_gap_coroutines", "frame gap, 1M coroutines, median", "1.1"},
        {"frame_gap_coroutines_worst", "frame gap, 1M coroutines, worst", "1"},
        {"round_trip_p50", "background -> FX -> back, p50", "2"},
        {"round_trip_p99", "background -> FX -> back, p99", "2"},
        {"alloc", "bytes allocated per dispatch", "1.3333"},
        {"waiter_memory", "bytes per waiter, awaitEvent", "1.2"},
        {"waiter_memory_next", "bytes per waiter, next().await()", "1.2"},
        {"await_event_time", "time per await, awaitEvent", ""},
        {"await_next_time", "time per await, next().await()", ""},
        {"await_event_alloc", "bytes per await, awaitEvent", ""},
        {"await_next_alloc", "bytes per await, next().await()", ""},
        {"dispatch_diagnostics_off", "dispatch, diagnostics off (vs before)", "1.05"},
        {"dispatch_slow_task_listener", "dispatch, slow-task listener (vs off)", ""},
        {"dispatch_hang_watchdog", "dispatch, hang watchdog (vs off)", ""},
        {"virtual_time", "1,000 x delay(1 s) under the kit (vs real)", "0.001"},
    };
    private static final Color[][] COLORS = {
        {new Color(0x1f5fa8), new Color(0xe07b12)},
        {new Color(0x79aee6), new Color(0xf4b76e)},
    };

    private PlotRatios() {}

    public static void main(String[] args) throws IOException {
        System.setProperty("java.awt.headless", "true");
        if (args.length < 2) {
            System.err.println("usage: PlotRatios OUT.png LABEL=CSV [LABEL=CSV ...]");
            System.exit(2);
        }
        Map<String, Map<String, double[]>> runs = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            int eq = args[i].lastIndexOf('=');
            Map<String, double[]> run = new LinkedHashMap<>();
            for (String csv : args[i].substring(eq + 1).split("\\+")) {
                run.putAll(read(Path.of(csv)));
            }
            runs.put(args[i].substring(0, eq), run);
        }
        draw(runs, Path.of(args[0]));
    }

    /**
     * figure id -> {fxinter / limit, peer / limit} (NaN where a cell is empty), from a CSV with
     * the columns figure, fxinter, peer, limit; and id_worst from fxinter_worst, peer_worst,
     * limit_worst where the CSV has them.
     */
    private static Map<String, double[]> read(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).split(","));
        int id = header.indexOf("figure");
        Map<String, double[]> out = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            ratios(cells, header, "", cells[id], out);
            ratios(cells, header, "_worst", cells[id] + "_worst", out);
        }
        return out;
    }

    private static void ratios(String[] cells, List<String> header, String suffix, String id, Map<String, double[]> out) {
        int fx = header.indexOf("fxinter" + suffix);
        int peer = header.indexOf("peer" + suffix);
        int limit = header.indexOf("limit" + suffix);
        if (fx < 0 || limit < 0) {
            return;
        }
        double l = number(cells[limit]);
        if (l > 0) {
            out.put(id, new double[] {number(cells[fx]) / l, peer < 0 ? Double.NaN : number(cells[peer]) / l});
        }
    }

    private static double number(String cell) {
        return cell.isBlank() ? Double.NaN : Double.parseDouble(cell);
    }

    private static void draw(Map<String, Map<String, double[]>> runs, Path out) throws IOException {
        List<String> labels = new ArrayList<>(runs.keySet());
        int bar = 13;
        int group = labels.size() * 2 * bar + 22;
        int left = 290;
        int right = 90;
        int top = 70;
        int plotWidth = 700;
        int height = top + FIGURES.length * group + 150;
        int width = left + plotWidth + right;
        double min = 0.5;
        double max = 2;
        for (Map<String, double[]> run : runs.values()) {
            for (String[] figure : FIGURES) {
                double[] r = run.getOrDefault(figure[0], new double[0]);
                if (!figure[2].isEmpty()) {
                    double goal = Double.parseDouble(figure[2]);
                    min = Math.min(min, goal / 1.3);
                    max = Math.max(max, goal * 1.6);
                }
                for (double v : r) {
                    if (v > 0) {
                        min = Math.min(min, v / 1.3);
                        max = Math.max(max, v * 1.6);
                    }
                }
            }
        }
        double lo = Math.floor(Math.log10(min));
        double hi = Math.ceil(Math.log10(max));

        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 17));
        g.drawString("fxinter and kotlinx-coroutines-javafx 1.10.2, as a multiple of the limit (lower is better)", 20, 30);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.drawString("medians (\"worst\": worst samples) of interleaved samples, one run per profile; 1 = the limit; "
                + "red tick: fxinter's goal", 20, 50);

        int plotBottom = top + FIGURES.length * group;
        // grid: powers of ten, and 2 and 5 between them
        for (double e = lo; e <= hi; e++) {
            for (int m : new int[] {1, 2, 5}) {
                double v = m * Math.pow(10, e);
                if (Math.log10(v) > hi + 1e-9) {
                    continue;
                }
                int x = xOf(v, lo, hi, left, plotWidth);
                g.setColor(m == 1 ? new Color(0xbbbbbb) : new Color(0xe6e6e6));
                g.drawLine(x, top - 5, x, plotBottom);
                g.setColor(Color.DARK_GRAY);
                if (m != 1 && hi - lo > 4) {
                    continue; // many decades: label the powers of ten only
                }
                String text = v >= 1 ? String.format(Locale.ROOT, "%.0fx", v)
                        : v >= 0.01 ? String.format(Locale.ROOT, "%sx", v) : String.format(Locale.ROOT, "%.0ex", v);
                g.drawString(text, x - g.getFontMetrics().stringWidth(text) / 2, plotBottom + 16);
            }
        }
        int one = xOf(1, lo, hi, left, plotWidth);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(1.5f));
        g.drawLine(one, top - 5, one, plotBottom);
        g.drawString("limit", one + 4, top - 8);

        for (int f = 0; f < FIGURES.length; f++) {
            int y0 = top + f * group + 8;
            g.setColor(Color.BLACK);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
            g.drawString(FIGURES[f][1], 15, y0 + labels.size() * bar + 4);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
            for (int p = 0; p < labels.size(); p++) {
                double[] r = runs.get(labels.get(p)).get(FIGURES[f][0]);
                for (int c = 0; c < 2; c++) {
                    int y = y0 + (p * 2 + c) * bar;
                    if (r == null || !(r[c] > 0)) {
                        continue;
                    }
                    int x = xOf(r[c], lo, hi, left, plotWidth);
                    g.setColor(COLORS[p % 2][c]);
                    g.fillRect(Math.min(one, x), y, Math.abs(x - one), bar - 2);
                    g.setColor(Color.DARK_GRAY);
                    g.drawString(String.format(Locale.ROOT, r[c] >= 10 ? "%.0f" : r[c] >= 0.01 ? "%.2f" : "%.1e", r[c]),
                            Math.max(one, x) + 4, y + bar - 3);
                }
            }
            if (!FIGURES[f][2].isEmpty()) {
                int goal = xOf(Double.parseDouble(FIGURES[f][2]), lo, hi, left, plotWidth);
                g.setColor(new Color(0xd62728));
                g.setStroke(new BasicStroke(2.5f));
                g.drawLine(goal, y0 - 3, goal, y0 + labels.size() * 2 * bar);
            }
            g.setStroke(new BasicStroke(1f));
            g.setColor(new Color(0xdddddd));
            g.drawLine(10, y0 + group - 14, width - 10, y0 + group - 14);
        }

        // legend
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        int ly = plotBottom + 40;
        int lx = 20;
        for (int p = 0; p < labels.size(); p++) {
            for (int c = 0; c < 2; c++) {
                g.setColor(COLORS[p % 2][c]);
                g.fillRect(lx, ly - 10, 14, 12);
                g.setColor(Color.BLACK);
                String text = (c == 0 ? "fxinter, " : "kotlinx-coroutines-javafx, ") + labels.get(p);
                g.drawString(text, lx + 20, ly);
                lx += 20 + g.getFontMetrics().stringWidth(text) + 30;
                if (lx > width - 300) {
                    lx = 20;
                    ly += 20;
                }
            }
        }
        g.setColor(Color.DARK_GRAY);
        g.drawString("limits: runBlocking's event loop (yield), Dispatchers.Default (delay), an idle FX thread "
                + "(frame gap), the flood on a background thread (1M coroutines),", 20, ly + 24);
        g.drawString("a SynchronousQueue hand-off (round trip), one queue node (bytes), a hand-written waiter (waiter, await),", 20, ly + 42);
        g.drawString("the dispatcher before the diagnostics or without them (dispatch), real time (the kit's 1,000 s)", 20, ly + 60);
        g.dispose();
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        ImageIO.write(image, "png", out.toFile());
        System.out.println("wrote " + out);
    }

    private static int xOf(double v, double lo, double hi, int left, int width) {
        return left + (int) Math.round((Math.log10(v) - lo) / (hi - lo) * width);
    }
}
