package dev.fxinter.dispatcher

/** The first exception of type [T] in [e]'s cause chain (debug mode may wrap or copy exceptions). */
inline fun <reified T : Throwable> causeOfType(e: Throwable): T? =
    generateSequence(e) { it.cause }.take(10).filterIsInstance<T>().firstOrNull()
