package dev.fxinter.samples;

import dev.fxinter.dispatcher.FxLoop;

/**
 * The loop demo: a Java {@code main} that runs a Kotlin suspend main ({@link LoopTour}) on the
 * JavaFX Application Thread with {@link FxLoop#run}, headless where there is no display, and
 * prints what happened.
 */
public final class LoopDemo {
    private LoopDemo() {}

    /**
     * Runs the tour and prints its log.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        System.out.println("fxinter loop demo: a Kotlin suspend main on the JavaFX Application Thread");
        String result = FxLoop.run((scope, cont) -> new LoopTour(System.out::println).run(scope, cont));
        System.out.println("result: " + result + "; the loop is closed and the toolkit has exited");
    }
}
