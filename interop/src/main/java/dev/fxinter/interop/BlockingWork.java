package dev.fxinter.interop;

import org.jspecify.annotations.Nullable;

/**
 * Blocking work for a {@link javafx.concurrent.Worker} made by {@link FxTasks#worker}: it runs on
 * a thread of {@code Dispatchers.IO}, reports through {@link WorkerProgress}, and is interrupted
 * when the Worker or its coroutine is cancelled (so {@code Thread.sleep}, blocking I/O on
 * interruptible channels and {@code Object.wait} end with {@code InterruptedException}).
 *
 * @param <T> the result; the Worker's value once it succeeded
 */
@FunctionalInterface
public interface BlockingWork<T extends @Nullable Object> {
    /**
     * Does the work, on a background thread.
     *
     * @param progress reports progress, message and title; callable from any thread
     * @return the result
     * @throws Exception a failure: the Worker becomes FAILED with it as its exception
     */
    T run(WorkerProgress progress) throws Exception;
}
