package dev.fxinter.interop;

import kotlinx.coroutines.CoroutineScope;

/**
 * The receiver of a Kotlin worker block ({@code CoroutineScope.launchWorker { ... }}): the
 * worker coroutine's scope, and the reports of its progress, message and title.
 */
public interface WorkerScope extends CoroutineScope, WorkerProgress {
}
