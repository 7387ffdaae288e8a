package dev.fxinter.interop;

/**
 * What work running in a fxinter {@link javafx.concurrent.Worker} reports, the way
 * {@code javafx.concurrent.Task}'s protected {@code updateProgress}, {@code updateMessage} and
 * {@code updateTitle} do: callable from any thread, applied on the FX thread, coalesced (at most
 * one FX update is pending; it applies the latest values). Reports made after the Worker reached
 * SUCCEEDED, FAILED or CANCELLED are ignored.
 */
public interface WorkerProgress {
    /**
     * Updates {@code workDone}, {@code totalWork} and {@code progress} by
     * {@code javafx.concurrent.Task.updateProgress}'s rules: an infinite, NaN or negative value
     * stands for -1 (unknown), {@code workDone} is clamped to {@code max}, and {@code progress} is
     * {@code workDone / max}, or -1 (indeterminate) when either is unknown.
     *
     * @param workDone the work done so far
     * @param max the total work
     */
    void updateProgress(double workDone, double max);

    /**
     * Updates the Worker's {@code message}.
     *
     * @param message the new message
     */
    void updateMessage(String message);

    /**
     * Updates the Worker's {@code title}.
     *
     * @param title the new title
     */
    void updateTitle(String title);
}
