package org.camelsonar.simulator;

import java.time.Instant;
import java.util.Map;

/**
 * A snapshot of one customer as the simulator holds it. Phone numbers are E.164; property values are strings,
 * as Sonar returns them. {@code assignee} is the assigned team member's email, or {@code null}.
 * Each customer has one current conversation, {@code conversationId}, whose {@code state} is "open" or "closed".
 */
public record SimulatedCustomer(
        String phoneNumber,
        String firstName,
        String lastName,
        String email,
        String pictureUrl,
        String timezone,
        String zipCode,
        String externalId,
        boolean subscribed,
        Instant unsubscribedAt,
        Map<String, String> properties,
        String assignee,
        String conversationId,
        String state,
        Instant createdAt) {

    public static final String OPEN = "open";
    public static final String CLOSED = "closed";

    public SimulatedCustomer {
        properties = Json.frozenCopy(properties);
    }

    public boolean isClosed() {
        return CLOSED.equals(state);
    }

    /** "First Last", or the phone number when the customer has no name: what Sonar shows in its inbox. */
    public String displayName() {
        String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).trim();
        return name.isEmpty() ? phoneNumber : name;
    }
}
