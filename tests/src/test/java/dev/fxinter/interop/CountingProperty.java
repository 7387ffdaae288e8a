package dev.fxinter.interop;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.InvalidationListener;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;

/**
 * Test fixture: an object property that counts its live listeners (change and invalidation),
 * so that a leaked listener is a failed assertion. The count is atomic: a property set from a
 * background thread is read on the test thread.
 */
public final class CountingProperty<T> extends SimpleObjectProperty<T> {
    private final AtomicInteger listeners = new AtomicInteger();

    public CountingProperty(T initial) {
        super(initial);
    }

    /** Live listeners. */
    public int listenerCount() {
        return listeners.get();
    }

    @Override
    public void addListener(ChangeListener<? super T> listener) {
        listeners.incrementAndGet();
        super.addListener(listener);
    }

    @Override
    public void removeListener(ChangeListener<? super T> listener) {
        listeners.decrementAndGet();
        super.removeListener(listener);
    }

    @Override
    public void addListener(InvalidationListener listener) {
        listeners.incrementAndGet();
        super.addListener(listener);
    }

    @Override
    public void removeListener(InvalidationListener listener) {
        listeners.decrementAndGet();
        super.removeListener(listener);
    }
}
