package dev.fxinter.test;

/** Code for the FX thread that returns nothing and may throw ({@link FxTester#run}). */
@FunctionalInterface
public interface FxAction {
    /**
     * Runs the action.
     *
     * @throws Exception anything; {@link FxTester#run} rethrows it unwrapped
     */
    void run() throws Exception;
}
