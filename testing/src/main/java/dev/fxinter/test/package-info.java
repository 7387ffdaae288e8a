/**
 * fxinter's JUnit 5 test kit: {@link dev.fxinter.test.FxTestExtension} runs each test with the
 * real JavaFX Application Thread and virtual time for the FX dispatchers' timers, and
 * {@link dev.fxinter.test.FxTester} drives it. Everything here is non-null unless marked
 * {@code @Nullable}.
 */
@NullMarked
package dev.fxinter.test;

import org.jspecify.annotations.NullMarked;
