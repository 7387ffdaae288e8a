package dev.fxinter.dispatcher.internal;

/**
 * The check behind the test kit's capabilities ({@link VirtualTime}, {@link KitLoopSeat}): on the
 * class path a qualified export restricts nothing, so they check their caller instead.
 */
final class KitCaller {
    private KitCaller() {}

    /**
     * Passes for a class of module {@code dev.fxinter.test}, of a package {@code dev.fxinter.test...}
     * on the class path, or of this package (its tests).
     *
     * @throws SecurityException for anything else
     */
    static void check(Class<?> caller) {
        Module module = caller.getModule();
        String pkg = caller.getPackageName();
        boolean kit = module.isNamed()
                ? "dev.fxinter.test".equals(module.getName())
                : pkg.equals("dev.fxinter.test") || pkg.startsWith("dev.fxinter.test.");
        if (!kit && !pkg.equals(KitCaller.class.getPackageName())) {
            throw new SecurityException("This is for fxinter's test kit (dev.fxinter.test) only, not "
                    + caller.getName());
        }
    }
}
