package org.camelsonar.component.sonar;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Sonar's webhook events, by the identifier Sonar uses both as the registration {@code settings} key and as the
 * payload's {@code action} (docs/webhooks.md). {@code double_opt_in} is an assumed identifier
 * (docs/assumed-wire-details.md).
 */
public enum SonarEvent {

    CUSTOMER_CREATED("customer_created"),
    CUSTOMER_STATE_CHANGED("customer_state_changed"),
    TAG_ADDED_TO_MESSAGE("tag_added_to_message"),
    TAG_REMOVED_FROM_MESSAGE("tag_removed_from_message"),
    OUTBOUND_MESSAGE("outbound_message"),
    NEW_ASSIGNED_MESSAGE("new_assigned_message"),
    NEW_UNASSIGNED_MESSAGE("new_unassigned_message"),
    USER_ASSIGNMENT("user_assignment"),
    CUSTOMER_SUBSCRIBED("customer_subscribed"),
    CUSTOMER_UNSUBSCRIBED("customer_unsubscribed"),
    DOUBLE_OPT_IN("double_opt_in");

    private final String id;

    SonarEvent(String id) {
        this.id = id;
    }

    /** Sonar's identifier, e.g. {@code customer_created}. */
    public String id() {
        return id;
    }

    public static Optional<SonarEvent> fromId(String id) {
        return Arrays.stream(values()).filter(event -> event.id.equals(id)).findFirst();
    }

    public static String allIds() {
        return Arrays.stream(values()).map(SonarEvent::id).collect(Collectors.joining(", "));
    }
}
