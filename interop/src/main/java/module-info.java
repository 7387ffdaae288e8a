/**
 * fxinter's Java-facing facades: await an event or a value, events as Flows, eager start,
 * async event handlers, and modal execution that does not stall coroutines.
 */
module dev.fxinter.interop {
    requires transitive dev.fxinter.dispatcher;
    requires transitive javafx.controls;
    requires static transitive org.jspecify;

    exports dev.fxinter.interop;
    // the test kit finds the dialogs shown through FxModal (ShownDialogs); nothing else is for it
    exports dev.fxinter.interop.internal to dev.fxinter.test;
}
