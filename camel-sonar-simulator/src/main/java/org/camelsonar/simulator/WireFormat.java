package org.camelsonar.simulator;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How Sonar's resources look on the wire. The customer object is the union of the recorded ones (get and upsert);
 * fields no recording showed ({@code picture_url}, {@code timezone}, {@code zip_code}) appear only once set.
 * Timestamps are ISO-8601 with milliseconds and an offset, like {@code 2015-07-25T20:19:09.213-07:00}.
 */
final class WireFormat {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxxx");

    private final ZoneId zone;
    private final Catalog catalog;
    private final String sonarNumber;

    WireFormat(ZoneId zone, Catalog catalog, String sonarNumber) {
        this.zone = zone;
        this.catalog = catalog;
        this.sonarNumber = sonarNumber;
    }

    String timestamp(Instant instant) {
        return instant == null ? null : TIMESTAMP.format(instant.atZone(zone));
    }

    String timestamp(OffsetDateTime time) {
        return time == null ? null : TIMESTAMP.format(time);
    }

    /** The recorded available-number answer is a bare 10-digit number (Sonar returns both forms). */
    String availableNumber() {
        return sonarNumber.startsWith("+1") ? sonarNumber.substring(2) : sonarNumber;
    }

    Map<String, Object> customer(SimulatedCustomer c) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("phone_number", c.phoneNumber());
        body.put("first_name", c.firstName());
        body.put("last_name", c.lastName());
        body.put("email", c.email());
        body.put("assigned_phone_number", sonarNumber);
        body.put("subscribed", c.subscribed());
        body.put("unsubscribed_at", timestamp(c.unsubscribedAt()));
        body.put("properties", new LinkedHashMap<>(c.properties()));
        body.put("external_id", c.externalId());
        body.put("assignee", user(c.assignee()));
        putIfSet(body, "picture_url", c.pictureUrl());
        putIfSet(body, "timezone", c.timezone());
        putIfSet(body, "zip_code", c.zipCode());
        return body;
    }

    Map<String, Object> webhook(RegisteredWebhook hook) {
        return Json.object("id", hook.id(), "active", hook.active(), "settings", new LinkedHashMap<>(hook.settings()),
                "url", hook.url(), "http_method", hook.httpMethod(), "payload", "", "name", hook.name(),
                "created_at", timestamp(hook.createdAt()), "updated_at", timestamp(hook.updatedAt()));
    }

    /** A conversation: its id, state, assignee, customer and the texts actually sent or received, oldest first. */
    Map<String, Object> conversation(SonarBackend.Conversation conversation) {
        SimulatedCustomer c = conversation.customer();
        List<Map<String, Object>> messages = conversation.messages().stream()
                .filter(m -> !m.isScheduled()).map(this::message).toList();
        return Json.object("id", c.conversationId(), "state", c.state(), "assignee", user(c.assignee()),
                "customer", customer(c), "messages", messages);
    }

    private Map<String, Object> message(SimulatedMessage m) {
        return Json.object("message_id", m.messageId(), "external_id", m.externalId(), "direction", m.direction(),
                "text", m.text(), "media_url", m.mediaUrl(), "tag_names", m.tags(),
                "created_at", timestamp(m.createdAt()));
    }

    private Map<String, Object> user(String email) {
        if (email == null) {
            return null;
        }
        TeamMember member = catalog.user(email);
        return Json.object("first_name", member.firstName(), "last_name", member.lastName(), "email", member.email());
    }

    private static void putIfSet(Map<String, Object> body, String field, Object value) {
        if (value != null) {
            body.put(field, value);
        }
    }
}
