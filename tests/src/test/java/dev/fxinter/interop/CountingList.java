package dev.fxinter.interop;

import java.util.AbstractList;
import java.util.Collection;
import javafx.beans.InvalidationListener;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * Test fixture: an observable list (backed by {@code FXCollections.observableArrayList()}) that
 * counts its live listeners, so that a leaked listener is a failed assertion. Use it on the FX
 * thread.
 */
public final class CountingList<E> extends AbstractList<E> implements ObservableList<E> {
    private final ObservableList<E> inner = FXCollections.observableArrayList();
    private int listeners;

    /** Live listeners. */
    public int listenerCount() {
        return listeners;
    }

    @Override public E get(int index) { return inner.get(index); }
    @Override public int size() { return inner.size(); }
    @Override public E set(int index, E element) { return inner.set(index, element); }
    @Override public void add(int index, E element) { inner.add(index, element); }
    @Override public E remove(int index) { return inner.remove(index); }

    @Override
    public void addListener(ListChangeListener<? super E> listener) {
        listeners++;
        inner.addListener(listener);
    }

    @Override
    public void removeListener(ListChangeListener<? super E> listener) {
        listeners--;
        inner.removeListener(listener);
    }

    @Override
    public void addListener(InvalidationListener listener) {
        listeners++;
        inner.addListener(listener);
    }

    @Override
    public void removeListener(InvalidationListener listener) {
        listeners--;
        inner.removeListener(listener);
    }

    @SafeVarargs
    @SuppressWarnings("varargs")
    @Override
    public final boolean addAll(E... elements) { return inner.addAll(elements); }

    @SafeVarargs
    @SuppressWarnings("varargs")
    @Override
    public final boolean setAll(E... elements) { return inner.setAll(elements); }

    @Override
    public boolean setAll(Collection<? extends E> elements) { return inner.setAll(elements); }

    @SafeVarargs
    @SuppressWarnings("varargs")
    @Override
    public final boolean removeAll(E... elements) { return inner.removeAll(elements); }

    @SafeVarargs
    @SuppressWarnings("varargs")
    @Override
    public final boolean retainAll(E... elements) { return inner.retainAll(elements); }

    @Override
    public void remove(int from, int to) { inner.remove(from, to); }
}
