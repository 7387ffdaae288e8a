package dev.fxinter.dispatcher.internal;

import dev.fxinter.dispatcher.FxDispatcher;
import java.util.List;
import kotlinx.coroutines.MainCoroutineDispatcher;
import kotlinx.coroutines.internal.MainDispatcherFactory;

/**
 * Makes {@code Dispatchers.Main} be {@link FxDispatcher#main()}. Found by kotlinx through
 * {@code META-INF/services} on the class path and through {@code provides} on the module path.
 *
 * <p>Its priority is above kotlinx-coroutines-javafx's (1) and kotlinx-coroutines-swing's (0),
 * so fxinter wins when the incumbent is on the path too; kotlinx-coroutines-test's factory
 * ({@code Int.MAX_VALUE}) still outranks it and wraps this dispatcher, as {@code Dispatchers.setMain}
 * expects. Creating the dispatcher starts nothing.
 */
public final class FxMainDispatcherFactory implements MainDispatcherFactory {
    /** Above kotlinx-coroutines-javafx (1), below kotlinx-coroutines-test (Int.MAX_VALUE). */
    public static final int LOAD_PRIORITY = 100;

    /** For the service loaders. */
    public FxMainDispatcherFactory() {}

    @Override
    public int getLoadPriority() {
        return LOAD_PRIORITY;
    }

    @Override
    public MainCoroutineDispatcher createDispatcher(List<? extends MainDispatcherFactory> allFactories) {
        return FxDispatcher.main();
    }

    @Override
    public String hintOnError() {
        return "fxinter: open an FxLoop (FxLoop.owner() or FxLoop.guest()) before using Dispatchers.Main";
    }
}
