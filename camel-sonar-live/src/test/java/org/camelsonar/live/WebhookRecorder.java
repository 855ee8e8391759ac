package org.camelsonar.live;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.camelsonar.component.sonar.model.WebhookEvent;

/** Every delivery the suite's {@code sonar:webhook/<event>} routes received, and a way to wait for one. */
final class WebhookRecorder {

    /** One delivery: the event the receiving webhook was registered for, the parsed payload, its field names. */
    record Delivery(String registeredFor, WebhookEvent event, Set<String> fields) {
    }

    private final List<Delivery> deliveries = new ArrayList<>();

    synchronized void record(String registeredFor, WebhookEvent event) {
        deliveries.add(new Delivery(registeredFor, event, fieldNames(event)));
        notifyAll();
    }

    synchronized List<Delivery> all() {
        return List.copyOf(deliveries);
    }

    /** The first delivery matching, waiting up to {@code timeout} for it; empty when none came. */
    synchronized Optional<Delivery> await(Predicate<Delivery> wanted, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Optional<Delivery> found = deliveries.stream().filter(wanted).findFirst();
            long left = deadline - System.nanoTime();
            if (found.isPresent() || left <= 0) {
                return found;
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    /** Whether {@code count} deliveries matching have come, waiting up to {@code timeout} for them. */
    synchronized boolean awaitCount(Predicate<Delivery> wanted, int count, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long seen = deliveries.stream().filter(wanted).count();
            long left = deadline - System.nanoTime();
            if (seen >= count || left <= 0) {
                return seen >= count;
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    synchronized int count(Predicate<Delivery> wanted) {
        return (int) deliveries.stream().filter(wanted).count();
    }

    /** The payload's wire field names: the typed ones that were present, and every other one as received. */
    private static Set<String> fieldNames(WebhookEvent event) {
        Set<String> names = new TreeSet<>(event.getOther().keySet());
        addIf(names, "action", event.getAction());
        addIf(names, "uuid", event.getUuid());
        addIf(names, "message_id", event.getMessageId());
        addIf(names, "external_id", event.getExternalId());
        addIf(names, "conversation_id", event.getConversationId());
        addIf(names, "text", event.getText());
        addIf(names, "customer", event.getCustomer());
        addIf(names, "user", event.getUser());
        return names;
    }

    private static void addIf(Set<String> names, String name, Object value) {
        if (value != null) {
            names.add(name);
        }
    }
}
