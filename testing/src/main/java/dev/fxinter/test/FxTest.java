package dev.fxinter.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * A test class of FX tests: {@code @ExtendWith(FxTestExtension.class)} plus the JUnit resource
 * lock {@link FxTestExtension#FX_THREAD}, so that a suite with JUnit's parallel execution on
 * runs the class, its {@code @BeforeAll} and {@code @AfterAll} included, while no other FX test
 * runs, and uses its worker threads for other tests meanwhile. Without the lock (a plain
 * {@code @ExtendWith}) FX tests still run one at a time, the extension making each wait for the
 * previous one, but a class's {@code @BeforeAll}/{@code @AfterAll} may then overlap another FX
 * test, and a waiting test holds a JUnit worker thread.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(FxTestExtension.class)
@ResourceLock(FxTestExtension.FX_THREAD)
public @interface FxTest {}
