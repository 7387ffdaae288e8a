package dev.fxinter.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Set;
import java.util.TreeSet;

/**
 * The class-loading figure, run by {@link Compare} as a child process so that every sample is a
 * fresh JVM: loads and initializes one contender's library classes without using them, and
 * prints how long that took and which threads appeared.
 *
 * <p>Usage: {@code LoadCost CONTENDER [cold]}. Output, one line: {@code LOAD <nanos> <new threads> <toolkit started> <dependency nanos>
 * <thread names>}: the library's own classes are timed after the kotlinx-coroutines-core
 * classes they extend have been loaded ({@link #DEPENDENCIES}), whose time is reported apart.
 * The contenders: {@code fxinter} (FxDispatcher, its immediate variant, FxLoop, LoopMode,
 * SuspendBlock), {@code kotlinx-javafx} (its dispatcher classes and factory, not the
 * {@code Dispatchers.JavaFx} object, whose initializer starts the toolkit), {@code limit}
 * (nothing: the empty interval, 0 threads).
 */
public final class LoadCost {
    private LoadCost() {}

    /** Loaded (and, but for JavaFX, initialized) before the timed part. */
    static final String[] DEPENDENCIES = {
        "kotlin.Unit", "kotlin.coroutines.EmptyCoroutineContext", "kotlin.jvm.functions.Function2",
        "kotlinx.coroutines.CoroutineDispatcher", "kotlinx.coroutines.MainCoroutineDispatcher",
        "kotlinx.coroutines.Delay", "kotlinx.coroutines.CancellableContinuation",
        "kotlinx.coroutines.DisposableHandle", "kotlinx.coroutines.CoroutineScope",
        "kotlinx.coroutines.internal.MainDispatcherFactory", "javafx.application.Platform",
    };

    public static void main(String[] args) throws Exception {
        String contender = args[0];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Set<String> before = threadNames();
        threads.getThreadCount();
        ClassLoader loader = LoadCost.class.getClassLoader();
        // First the dependencies both libraries build on (kotlinx-coroutines-core, the Kotlin
        // runtime, JavaFX's Platform class, not initialized): an application that uses either
        // library loads these anyway, so the library's own cost is what comes after.
        long depsStart = System.nanoTime();
        for (String name : DEPENDENCIES) {
            Class.forName(name, !name.startsWith("javafx."), loader);
        }
        if (!(args.length > 1 && args[1].equals("cold"))) {
            // The JDK's lambda and VarHandle machinery, which a JavaFX or Kotlin application has
            // started long before it touches a dispatcher (the first lambda of a JVM costs
            // milliseconds). "cold" leaves it to the library's classes, as in an empty JVM.
            Runnable lambda = () -> { };
            lambda.run();
            new java.util.concurrent.atomic.AtomicReference<>(lambda).compareAndSet(lambda, null);
        }
        long start = System.nanoTime();
        switch (contender) {
            case "fxinter":
                for (String name : new String[] {"dev.fxinter.dispatcher.FxDispatcher",
                        "dev.fxinter.dispatcher.FxLoop", "dev.fxinter.dispatcher.LoopMode",
                        "dev.fxinter.dispatcher.SuspendBlock"}) {
                    Class.forName(name, true, loader);
                }
                dev.fxinter.dispatcher.FxDispatcher.main().getImmediate();
                break;
            case "kotlinx-javafx":
                for (String name : new String[] {"kotlinx.coroutines.javafx.JavaFxDispatcher",
                        "kotlinx.coroutines.javafx.JavaFxDispatcherFactory",
                        "kotlinx.coroutines.javafx.JavaFxDispatcherKt"}) {
                    Class.forName(name, true, loader);
                }
                break;
            case "limit":
                break;
            default:
                throw new IllegalArgumentException(contender);
        }
        long nanos = System.nanoTime() - start;
        Set<String> after = threadNames();
        after.removeAll(before);
        boolean toolkit = after.stream().anyMatch(n -> n.contains("JavaFX") || n.contains("Quantum"));
        System.out.println("LOAD " + nanos + " " + after.size() + " " + toolkit + " "
                + (start - depsStart) + " " + String.join(",", after).replace(' ', '_'));
    }

    private static Set<String> threadNames() {
        Set<String> names = new TreeSet<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            names.add(t.getName());
        }
        return names;
    }
}
