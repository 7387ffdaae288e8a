/**
 * fxinter's dispatcher: {@code Dispatchers.Main} on the JavaFX Application Thread, and the
 * logical loop ({@link dev.fxinter.dispatcher.FxLoop}) on top of the JavaFX event loop.
 */
module dev.fxinter.dispatcher {
    requires transitive kotlinx.coroutines.core;
    requires transitive javafx.graphics;
    requires static transitive org.jspecify;
    // the hang watchdog stays silent under a debugger: it reads the JVM's arguments
    requires java.management;
    // fxinter's JFR events, recorded when jdk.jfr is in the module graph
    requires static jdk.jfr;

    exports dev.fxinter.dispatcher;
    // interop shares the one unchecked rethrow; the test kit reaches the toolkit startup, the
    // queue's idle check and the virtual clock (VirtualTime); nothing else is meant for them
    exports dev.fxinter.dispatcher.internal to dev.fxinter.interop, dev.fxinter.test;

    provides kotlinx.coroutines.internal.MainDispatcherFactory
            with dev.fxinter.dispatcher.internal.FxMainDispatcherFactory;
}
