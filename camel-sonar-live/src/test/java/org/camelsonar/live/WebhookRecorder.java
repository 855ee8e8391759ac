package org.camelsonar.live;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.JsonMappingException;
import org.camelsonar.component.sonar.client.SonarJson;
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

    /**
     * The wire names of {@link WebhookEvent}'s typed fields: those the component's JSON mapping writes, asked of its
     * serializer (less the map of untyped fields, which it writes as a property too), so that a field added to the
     * model is listed too.
     */
    static Set<String> typedFields() {
        Set<String> names = new LinkedHashSet<>();
        try {
            SonarJson.mapper().getSerializerProviderInstance().findValueSerializer(WebhookEvent.class).properties()
                    .forEachRemaining(property -> {
                        if (property.getAnnotation(JsonAnyGetter.class) == null) {
                            names.add(property.getName());
                        }
                    });
        } catch (JsonMappingException e) {
            throw new IllegalStateException("Cannot introspect WebhookEvent: " + e.getOriginalMessage(), e);
        }
        return names;
    }

    /** The payload's wire field names: the typed ones that were present, and every other one as received. */
    private static Set<String> fieldNames(WebhookEvent event) {
        Set<String> names = new TreeSet<>(event.getOther().keySet());
        // the typed fields written out, which are those not null (the mapping leaves nulls out)
        Map<?, ?> written = SonarJson.mapper().convertValue(event, Map.class);
        written.keySet().forEach(name -> names.add((String) name));
        return names;
    }
}
