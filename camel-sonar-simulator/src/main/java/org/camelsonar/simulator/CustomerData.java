package org.camelsonar.simulator;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** The mutable customer record; only touched under {@link SonarBackend}'s lock. */
final class CustomerData {

    final String phoneNumber;
    final String conversationId;
    final Instant createdAt;
    String firstName;
    String lastName;
    String email;
    String pictureUrl;
    String timezone;
    String zipCode;
    String externalId;
    boolean subscribed = true;
    Instant unsubscribedAt;
    final Map<String, String> properties = new LinkedHashMap<>();
    String assignee;
    String state = SimulatedCustomer.OPEN;

    CustomerData(String phoneNumber, String conversationId, Instant createdAt) {
        this.phoneNumber = phoneNumber;
        this.conversationId = conversationId;
        this.createdAt = createdAt;
    }

    /** Applies the plain fields and properties of a patch (subscription and assignment raise events, so not here). */
    void applyFields(CustomerPatch patch) {
        patch.fields.forEach((field, value) -> {
            switch (field) {
                case "first_name" -> firstName = value;
                case "last_name" -> lastName = value;
                case "email" -> email = value;
                case "picture_url" -> pictureUrl = value;
                case "timezone" -> timezone = value;
                case "zip_code" -> zipCode = value;
                case "external_id" -> externalId = value;
                default -> throw new IllegalArgumentException("not a customer field: " + field);
            }
        });
        patch.properties.forEach((name, value) -> {
            if (value == null) {
                properties.remove(name);
            } else {
                properties.put(name, value);
            }
        });
    }

    SimulatedCustomer snapshot() {
        return new SimulatedCustomer(phoneNumber, firstName, lastName, email, pictureUrl, timezone, zipCode,
                externalId, subscribed, unsubscribedAt, properties, assignee, conversationId, state, createdAt);
    }
}
