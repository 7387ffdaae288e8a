package dev.fxinter.dispatcher;

import java.time.Duration;

/** The bound of every wait in the lifecycle tests: a hang guard, never a synchronisation or a timing. */
final class HangGuard {
    /** Generous: a toolkit starting or exiting on a slow, loaded machine stays well within it. */
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    private HangGuard() {}
}
