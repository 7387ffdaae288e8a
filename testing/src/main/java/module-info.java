/**
 * fxinter's JUnit 5 test kit: the real FX thread with virtual time, a precise idle, and
 * failures attributed to the test that caused them.
 */
module dev.fxinter.test {
    requires transitive dev.fxinter.interop;
    requires transitive org.junit.jupiter.api;
    requires transitive javafx.controls;
    requires kotlin.stdlib;
    requires static transitive org.jspecify;

    exports dev.fxinter.test;

    // JUnit instantiates the extension reflectively
    opens dev.fxinter.test to org.junit.platform.commons;
}
