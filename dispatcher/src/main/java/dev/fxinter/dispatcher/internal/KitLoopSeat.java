package dev.fxinter.dispatcher.internal;

import dev.fxinter.dispatcher.FxLoop;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * The seat of fxinter's test kit's per-test GUEST loop, which steps aside for the app's own: only
 * one {@link FxLoop} may be open, and app code under test may open one ({@code FxLoop.guest()}
 * in {@code Application.start}). While the kit holds the seat, {@code FxLoop.guest()} releases
 * the kit's loop from the open slot and opens the app's; the kit closes the app's loop (GUEST:
 * the toolkit stays) after the test. An OWNER loop never displaces it (closing it would exit the
 * toolkit the kit keeps for the whole JVM).
 *
 * <p><b>Invariants.</b> {@link #kitLoop} is the kit's loop from {@link #occupy} to
 * {@link #vacate}, else null; {@link #appLoop} is the last GUEST loop opened meanwhile by
 * someone else, else null. Both are written by the kit's thread and by whoever opens a loop, and
 * read by any thread (volatile and atomic). Only the test kit may occupy or vacate the seat
 * (caller checked as for {@link VirtualTime}).
 */
public final class KitLoopSeat {
    private static volatile @Nullable FxLoop kitLoop;
    private static final AtomicReference<@Nullable FxLoop> appLoop = new AtomicReference<>();

    private KitLoopSeat() {}

    /**
     * The kit takes the seat for {@code loop}, its open GUEST loop.
     *
     * @param loop the kit's loop
     */
    public static void occupy(FxLoop loop) {
        KitCaller.check(StackWalkerHolder.WALKER.getCallerClass());
        appLoop.set(null);
        kitLoop = loop;
    }

    /**
     * The kit leaves the seat after a test.
     *
     * @return the app's loop opened during the test (to close), or null
     */
    public static @Nullable FxLoop vacate() {
        KitCaller.check(StackWalkerHolder.WALKER.getCallerClass());
        kitLoop = null;
        return appLoop.getAndSet(null);
    }

    /**
     * Whether {@code loop} is the kit's loop, which a GUEST loop may displace.
     *
     * @param loop the loop in the open slot
     * @return true for the kit's loop
     */
    public static boolean yields(FxLoop loop) {
        return loop == kitLoop;
    }

    /**
     * Records a loop opened while the kit holds the seat, so that the kit closes it.
     *
     * @param loop the loop just opened
     */
    public static void opened(FxLoop loop) {
        FxLoop kit = kitLoop;
        if (kit != null && kit != loop) {
            appLoop.set(loop);
        }
    }

    private static final class StackWalkerHolder {
        static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);
    }
}
