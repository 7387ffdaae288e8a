package dev.fxinter.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Turns virtual time off for the annotated test method, or every test of the annotated class:
 * the FX dispatchers' timers then run on the real clock, as in the app.
 * {@link FxTester#advanceTimeBy} throws {@code IllegalStateException} in such a test.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RealTime {}
