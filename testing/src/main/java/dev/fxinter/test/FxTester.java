package dev.fxinter.test;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Dialog;
import kotlinx.coroutines.CoroutineScope;
import org.jspecify.annotations.Nullable;

/**
 * Drives one test on the FX thread: a scope for its coroutines, calls onto the FX thread,
 * virtual time, and waiting for idle or a condition. A test gets one through
 * {@link FxTestExtension} as a parameter.
 *
 * <p>The blocking helpers ({@link #run}, {@link #call}, {@link #awaitIdle},
 * {@link #advanceTimeBy}, {@link #awaitUntil}, {@link #awaitDialog}) throw
 * {@code IllegalStateException} at once when called on the FX thread: they would deadlock.
 */
public interface FxTester {
    /**
     * The test's scope: {@code SupervisorJob + FxDispatcher.main()}, cancelled after the test. A
     * coroutine of it that fails fails the test; one still active after the test is cancelled
     * and fails it too.
     *
     * @return the scope
     */
    CoroutineScope scope();

    /**
     * Runs {@code action} on the FX thread and waits for it; fails with an {@code AssertionError}
     * carrying the FX thread's stack when it has not finished after 30 s of wall time (a hang
     * guard: the action is stuck, for example in a {@code showAndWait} that nobody closes; the system
     * property {@code dev.fxinter.test.callTimeoutSeconds} changes the bound).
     *
     * @param action the action
     */
    void run(FxAction action);

    /**
     * Calls {@code fn} on the FX thread and waits for its result; its exception is rethrown
     * unwrapped. Fails with an {@code AssertionError} carrying the FX thread's stack when it has
     * not returned after 30 s of wall time, as {@link #run} does.
     *
     * @param fn the function
     * @param <T> the result type
     * @return {@code fn}'s result
     */
    <T extends @Nullable Object> T call(Callable<T> fn);

    /**
     * Waits until fxinter's queue is empty and no FX timer is pending, moving virtual time to
     * each next timer while the queue is idle (with {@link RealTime}: until the queue is empty).
     * Fails after 10 s of wall time (timers that keep coming, say a ticker).
     */
    void awaitIdle();

    /**
     * Moves virtual time by {@code duration}, firing the due FX timers in deadline order and
     * draining the queue after each.
     *
     * @param duration how far; not negative
     * @throws IllegalStateException in a {@link RealTime} test
     */
    void advanceTimeBy(Duration duration);

    /**
     * Virtual time since the test began (real time in a {@link RealTime} test).
     *
     * @return milliseconds
     */
    long currentTime();

    /**
     * Evaluates {@code condition} on the FX thread until it holds, moving virtual time to the
     * next FX timer whenever the queue is idle; fails after 10 s of wall time.
     *
     * @param description what is awaited, for the failure message
     * @param condition the condition
     */
    void awaitUntil(String description, BooleanSupplier condition);

    /**
     * Evaluates {@code condition} on the FX thread until it holds, moving virtual time to the
     * next FX timer whenever the queue is idle; fails after {@code timeout} of wall time with
     * {@code description} and the condition's last result.
     *
     * @param description what is awaited, for the failure message
     * @param timeout the wall-clock limit
     * @param condition the condition
     */
    void awaitUntil(String description, Duration timeout, BooleanSupplier condition);

    /**
     * Waits for a dialog of class {@code type} to be shown through {@code FxModal} or
     * {@code awaitResult}, and returns it, so that the test can set its result and close it.
     *
     * @param type the dialog's class
     * @param <D> the dialog type
     * @return the showing dialog
     */
    <D extends Dialog<?>> D awaitDialog(Class<D> type);
}
