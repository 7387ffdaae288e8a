package dev.fxinter.interop;

/**
 * Where the failure of a fxinter {@link javafx.concurrent.Worker} goes besides the Worker itself
 * (which always becomes FAILED with the failure as its {@code exception}). Either way the failure
 * never cancels the scope the Worker runs in, nor its other coroutines.
 */
public enum WorkerFailure {
    /**
     * The default: the failure is the Worker's result and goes nowhere else, as with
     * {@code javafx.concurrent.Task} (show it through {@code exceptionProperty()}).
     */
    KEEP,
    /**
     * The app asks to hear of it: the failure also reaches the scope's
     * {@code CoroutineExceptionHandler}, or, when the scope has none, kotlinx's handling of
     * uncaught coroutine exceptions (the failing thread's uncaught-exception handler).
     */
    REPORT
}
