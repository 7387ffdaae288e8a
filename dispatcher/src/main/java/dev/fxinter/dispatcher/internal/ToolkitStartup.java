package dev.fxinter.dispatcher.internal;

import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/**
 * Starts the JavaFX toolkit for an OWNER loop, or finds it running, and captures its thread.
 *
 * <p>On a machine with no display (Linux without {@code DISPLAY} or {@code WAYLAND_DISPLAY}) and
 * no {@code glass.platform} chosen by the user, it picks a headless glass platform before the
 * toolkit reads its properties: JavaFX 26's built-in {@code Headless} if present, else Monocle's
 * {@code Headless} if {@code org.testfx:openjfx-monocle} is on the path, both with the software
 * renderer. Without either it lets JavaFX fail and explains how to fix it.
 *
 * <p>Stateless; the toolkit's state lives in {@link ToolkitWatch}.
 */
public final class ToolkitStartup {
    /** How long to wait for the toolkit to start before giving up (a hang guard). */
    private static final long START_TIMEOUT_SECONDS = 60;

    private ToolkitStartup() {}

    /**
     * Makes sure a toolkit runs and its thread is captured.
     *
     * @throws IllegalStateException when the toolkit has exited (JavaFX cannot restart) or fails to start
     */
    public static void startOrAttach() {
        Throwable failed = ToolkitWatch.startupFailure();
        if (failed != null) {
            throw new IllegalStateException(
                    "The JavaFX toolkit failed to start earlier and cannot start in this JVM: " + failed, failed);
        }
        // attach() captures the FX thread of a running toolkit, and learns of an exit that
        // happened before we first looked
        boolean running = ToolkitWatch.attach();
        if (ToolkitWatch.hasExited()) {
            throw new IllegalStateException(
                    "The JavaFX toolkit has exited and cannot start again in this JVM");
        }
        if (running) {
            return;
        }
        CountDownLatch captured = new CountDownLatch(1);
        Runnable capture = () -> {
            ToolkitWatch.captureCurrentThread();
            captured.countDown();
        };
        chooseHeadlessPlatformIfNoDisplay();
        try {
            Platform.startup(capture);
        } catch (IllegalStateException alreadyRunning) {
            // started by someone else between our probe and here
            Platform.runLater(capture);
        } catch (RuntimeException | Error e) {
            ToolkitWatch.startupFailed(e);
            throw new IllegalStateException("The JavaFX toolkit failed to start: " + e
                    + (hasDisplay()
                        ? ". With a display on Linux, JavaFX needs GTK 3 (e.g. the libgtk-3-0 package)."
                        : ". Without a display, put org.testfx:openjfx-monocle on the class path "
                            + "(JavaFX 21-25) or use JavaFX 26 or newer (built-in Headless platform)."), e);
        }
        try {
            if (!captured.await(START_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The JavaFX toolkit did not run a task within "
                        + START_TIMEOUT_SECONDS + " s (has it exited?)");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while starting the JavaFX toolkit", e);
        }
    }

    private static void chooseHeadlessPlatformIfNoDisplay() {
        if (System.getProperty("glass.platform") != null || hasDisplay()) {
            return;
        }
        if (exists("com.sun.glass.ui.headless.HeadlessPlatformFactory")) {
            System.setProperty("glass.platform", "Headless");
        } else if (exists("com.sun.glass.ui.monocle.MonoclePlatformFactory")) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
        } else {
            return;
        }
        if (System.getProperty("prism.order") == null) {
            System.setProperty("prism.order", "sw");
        }
    }

    /**
     * Whether a display is there: Windows and macOS always; elsewhere {@code DISPLAY} or
     * {@code WAYLAND_DISPLAY}.
     *
     * @return true with a display
     */
    public static boolean hasDisplay() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win") || os.contains("mac")) {
            return true;
        }
        return notBlank(System.getenv("DISPLAY")) || notBlank(System.getenv("WAYLAND_DISPLAY"));
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static boolean exists(String className) {
        try {
            Class.forName(className, false, Platform.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
