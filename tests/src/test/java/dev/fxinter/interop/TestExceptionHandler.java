package dev.fxinter.interop;

import java.util.function.Consumer;
import kotlin.coroutines.AbstractCoroutineContextElement;
import kotlin.coroutines.CoroutineContext;
import kotlinx.coroutines.CoroutineExceptionHandler;

/** Test fixture: a CoroutineExceptionHandler written in Java that hands each exception to a consumer. */
final class TestExceptionHandler extends AbstractCoroutineContextElement implements CoroutineExceptionHandler {
    private final Consumer<Throwable> consumer;

    TestExceptionHandler(Consumer<Throwable> consumer) {
        super(CoroutineExceptionHandler.Key);
        this.consumer = consumer;
    }

    @Override
    public void handleException(CoroutineContext context, Throwable exception) {
        consumer.accept(exception);
    }
}
