package dev.fxinter.interop;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.event.EventDispatchChain;
import javafx.event.EventDispatcher;
import javafx.event.EventHandler;
import javafx.event.EventTarget;
import javafx.event.EventType;

/**
 * Test fixture: an EventTarget that counts its live handlers, so that a leaked handler is a
 * failed assertion, and records every add or remove made off the FX thread. It has an optional
 * parent, whose handlers see an event after this target's (bubbling), unless it is consumed.
 *
 * <p>Handlers are kept and dispatched on the FX thread; {@link #offFxThreadCalls} is atomic.
 */
public final class CountingTarget implements EventTarget {
    private record Registration(EventType<?> type, EventHandler<?> handler) {}

    private final CountingTarget parent;
    private final List<Registration> handlers = new ArrayList<>();
    private final AtomicInteger offFxThreadCalls = new AtomicInteger();
    private final EventDispatcher dispatcher = this::dispatch;

    public CountingTarget() {
        this(null);
    }

    public CountingTarget(CountingTarget parent) {
        this.parent = parent;
    }

    /** Live handlers; read it on the FX thread. */
    public int handlerCount() {
        return handlers.size();
    }

    /** Adds and removes made on a thread other than the FX thread. */
    public int offFxThreadCalls() {
        return offFxThreadCalls.get();
    }

    @Override
    public EventDispatchChain buildEventDispatchChain(EventDispatchChain tail) {
        EventDispatchChain chain = tail.prepend(dispatcher);
        return parent == null ? chain : parent.buildEventDispatchChain(chain);
    }

    @Override
    public <E extends Event> void addEventHandler(EventType<E> type, EventHandler<? super E> handler) {
        checkThread();
        handlers.add(new Registration(type, handler));
    }

    @Override
    public <E extends Event> void removeEventHandler(EventType<E> type, EventHandler<? super E> handler) {
        checkThread();
        for (int i = 0; i < handlers.size(); i++) {
            Registration registration = handlers.get(i);
            if (registration.type == type && registration.handler == handler) {
                handlers.remove(i);
                return;
            }
        }
    }

    private void checkThread() {
        if (!Platform.isFxApplicationThread()) {
            offFxThreadCalls.incrementAndGet();
        }
    }

    /** Bubbling only: deeper targets first, then this target's handlers, stopping at consume(). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private Event dispatch(Event event, EventDispatchChain tail) {
        Event current = tail.dispatchEvent(event);
        if (current == null) {
            return null;
        }
        for (Registration registration : List.copyOf(handlers)) {
            if (matches(registration.type, current.getEventType())) {
                ((EventHandler) registration.handler).handle(current);
                if (current.isConsumed()) {
                    return null;
                }
            }
        }
        return current;
    }

    private static boolean matches(EventType<?> wanted, EventType<?> actual) {
        for (EventType<?> type = actual; type != null; type = type.getSuperType()) {
            if (type == wanted) {
                return true;
            }
        }
        return false;
    }
}
