package dev.fxinter.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs the annotated test method, or every test method of the annotated class, on the JavaFX
 * Application Thread under {@link FxTestExtension}. {@link FxTester}'s blocking helpers then
 * throw {@code IllegalStateException} (they would deadlock).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface OnFxThread {}
