package dev.fxinter.samples;

import dev.fxinter.dispatcher.FxLoop;
import java.nio.file.Path;

/**
 * The catalog app's {@code main} entry point, an OWNER loop ({@link FxLoop#run}). With a display
 * it opens the window for a person and returns when it is closed; with no display (or with
 * {@code --script}) it plays a scripted session headless, prints what happened, and exits 0.
 * {@code --screenshots DIR} saves pictures of the window during the script. {@code --diagnostics}
 * logs slow tasks and hangs of the FX thread ({@link DiagnosticsLog}); in the scripted session it
 * adds one deliberately slow click handler and shows its report.
 */
public final class CatalogApp {
    private CatalogApp() {}

    /**
     * Runs the app.
     *
     * @param args {@code --script} to play the scripted session even with a display;
     *     {@code --screenshots DIR} to save PNGs of the window during it;
     *     {@code --diagnostics} to log slow tasks and hangs
     */
    public static void main(String[] args) {
        boolean script = hasFlag(args, "--script") || !FxLoop.hasDisplay();
        Path screenshots = option(args, "--screenshots");
        boolean diagnostics = hasFlag(args, "--diagnostics");
        if (script) {
            ScriptedSession.Outcome outcome = FxLoop.run(diagnostics
                    ? (scope, cont) -> DiagnosticsSession.scriptedWithDiagnostics(System.out::println, screenshots, cont)
                    : (scope, cont) -> CatalogWindow.scripted(System.out::println, screenshots, cont));
            System.out.println("session outcome: " + outcome);
        } else if (diagnostics) {
            try (DiagnosticsLog log = new DiagnosticsLog(System.out::println)) {
                FxLoop.run((scope, cont) -> CatalogWindow.interactive(cont));
            }
        } else {
            FxLoop.run((scope, cont) -> CatalogWindow.interactive(cont));
        }
    }

    private static boolean hasFlag(String[] args, String flag) {
        for (String arg : args) {
            if (arg.equals(flag)) {
                return true;
            }
        }
        return false;
    }

    private static Path option(String[] args, String name) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return Path.of(args[i + 1]);
            }
        }
        return null;
    }
}
