package dev.fxinter.dispatcher.internal;

/**
 * Rethrows any exception, checked ones included, without wrapping and without declaring it, the
 * way Kotlin (and so kotlinx) lets exceptions through: for {@code FxLoop.run} and
 * {@code FxThread.callAndWait}, whose blocks may throw checked exceptions. Stateless.
 */
public final class UncheckedRethrow {
    private UncheckedRethrow() {}

    /**
     * Throws {@code t} as it is. Declared to return an exception so that callers can write
     * {@code throw UncheckedRethrow.rethrow(t);} and the compiler knows the path ends.
     *
     * @param t what to throw
     * @return never returns
     */
    public static RuntimeException rethrow(Throwable t) {
        throw UncheckedRethrow.<RuntimeException>sneaky(t);
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> E sneaky(Throwable t) throws E {
        throw (E) t;
    }
}
