package dev.fxinter.test;

import dev.fxinter.interop.FxThread;
import dev.fxinter.test.internal.FxTestSession;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.jspecify.annotations.Nullable;

/**
 * fxinter's JUnit 5 extension: {@code @ExtendWith(FxTestExtension.class)} runs each test with
 * the real JavaFX Application Thread and virtual time for the FX dispatchers' timers.
 *
 * <ul>
 *   <li>The toolkit starts once per JVM, headless where there is no display (Monocle on JavaFX
 *       21-25, the built-in Headless platform on 26+; nothing to configure), and the kit never
 *       exits it. Each test gets a fresh GUEST {@code FxLoop}, closed after it. FX tests of one
 *       JVM run one at a time, also in a parallel-enabled suite: the extension waits for the
 *       previous FX test to end. So that JUnit itself schedules them one at a time (its worker
 *       threads then run other tests meanwhile instead of waiting, and a class's
 *       {@code @BeforeAll}/{@code @AfterAll} are included), annotate the class with
 *       {@link FxTest}, which is this extension plus the resource lock {@link #FX_THREAD}.
 *       JUnit takes resource locks from annotations only, before any extension runs.</li>
 *   <li>{@link OnFxThread} runs the test body on the FX thread; {@link RealTime} turns virtual
 *       time off.</li>
 *   <li>Test and lifecycle methods get an {@link FxTester} as a parameter.</li>
 *   <li>After each test it fails the test, naming what it found: an exception that reached the
 *       FX thread's uncaught-exception handler or failed a coroutine of {@link FxTester#scope()}
 *       (the original exception as the cause); coroutines of the scope still active (cancelled
 *       and listed); a dialog still showing (named by its title); a nested event loop still
 *       open. Other windows the test left showing are hidden.</li>
 * </ul>
 */
public final class FxTestExtension
        implements BeforeEachCallback, AfterEachCallback, ParameterResolver, InvocationInterceptor {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(FxTestExtension.class);
    private static final String SESSION = "session";

    /**
     * The key of the JUnit resource lock that stands for the JavaFX Application Thread, one per
     * JVM: {@code @ResourceLock(FxTestExtension.FX_THREAD)} on a test class (or {@link FxTest},
     * which carries it) makes a parallel-enabled JUnit run the class while no other class or
     * method holding that lock runs.
     */
    public static final String FX_THREAD = "dev.fxinter.test.FX_THREAD";

    /** Made by JUnit. */
    public FxTestExtension() {}

    /** Begins the test's session: toolkit, GUEST loop, virtual time unless {@link RealTime}. */
    @Override
    public void beforeEach(ExtensionContext context) {
        boolean realTime = annotated(context, RealTime.class);
        context.getStore(NAMESPACE).put(SESSION, FxTestSession.begin(context.getDisplayName(), realTime));
    }

    /** Ends the test's session and fails the test with what the end-of-test checks found. */
    @Override
    public void afterEach(ExtensionContext context) {
        FxTestSession session = context.getStore(NAMESPACE).remove(SESSION, FxTestSession.class);
        if (session != null) {
            session.end();
        }
    }

    /** True for parameters of type {@link FxTester}. */
    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == FxTester.class;
    }

    /** The test's {@link FxTester}; only test methods and per-test lifecycle methods get one. */
    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        FxTestSession session = extensionContext.getStore(NAMESPACE).get(SESSION, FxTestSession.class);
        if (session == null) {
            throw new ParameterResolutionException("An FxTester exists only during a test: take it as a parameter of the "
                    + "test method or of a @BeforeEach/@AfterEach method, not of a constructor or @BeforeAll method");
        }
        return session;
    }

    /** Runs the body on the FX thread when the method or its class is {@link OnFxThread}. */
    @Override
    public void interceptTestMethod(Invocation<@Nullable Void> invocation,
            ReflectiveInvocationContext<Method> invocationContext, ExtensionContext extensionContext) throws Throwable {
        if (!annotated(extensionContext, OnFxThread.class)) {
            invocation.proceed();
            return;
        }
        FxThread.callAndWait(() -> {
            try {
                return invocation.proceed();
            } catch (Exception | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        });
    }

    private static boolean annotated(ExtensionContext context, Class<? extends java.lang.annotation.Annotation> type) {
        Optional<Method> method = context.getTestMethod();
        if (method.isPresent() && method.get().isAnnotationPresent(type)) {
            return true;
        }
        for (Optional<Class<?>> c = context.getTestClass(); c.isPresent(); c = Optional.ofNullable(c.get().getEnclosingClass())) {
            AnnotatedElement element = c.get();
            if (element.isAnnotationPresent(type)) {
                return true;
            }
        }
        return false;
    }
}
