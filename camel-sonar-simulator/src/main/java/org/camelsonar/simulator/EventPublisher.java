package org.camelsonar.simulator;

import java.util.ArrayList;
import java.util.List;

/** Keeps the log of raised events and hands each to the dispatcher; cheap enough to call under the state lock. */
final class EventPublisher {

    private final List<SimulatedEvent> log = new ArrayList<>();
    private final WebhookDispatcher dispatcher;

    EventPublisher(WebhookDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    void publish(SimulatedEvent event) {
        synchronized (log) {
            log.add(event);
        }
        dispatcher.dispatch(event);
    }

    List<SimulatedEvent> events() {
        synchronized (log) {
            return List.copyOf(log);
        }
    }

    void clear() {
        synchronized (log) {
            log.clear();
        }
    }
}
