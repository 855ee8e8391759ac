package org.camelsonar.simulator;

import java.util.List;

/**
 * Sonar's webhook event identifiers: the keys of a webhook's {@code settings} and the {@code action} of a payload
 * (docs/webhooks.md). {@code double_opt_in} is an assumed identifier (docs/assumed-wire-details.md); the others
 * are documented by Sonar.
 */
public final class SonarEvents {

    public static final String CUSTOMER_CREATED = "customer_created";
    public static final String CUSTOMER_STATE_CHANGED = "customer_state_changed";
    public static final String TAG_ADDED_TO_MESSAGE = "tag_added_to_message";
    public static final String TAG_REMOVED_FROM_MESSAGE = "tag_removed_from_message";
    public static final String OUTBOUND_MESSAGE = "outbound_message";
    public static final String NEW_ASSIGNED_MESSAGE = "new_assigned_message";
    public static final String NEW_UNASSIGNED_MESSAGE = "new_unassigned_message";
    public static final String USER_ASSIGNMENT = "user_assignment";
    public static final String CUSTOMER_SUBSCRIBED = "customer_subscribed";
    public static final String CUSTOMER_UNSUBSCRIBED = "customer_unsubscribed";
    public static final String DOUBLE_OPT_IN = "double_opt_in";

    public static final List<String> ALL = List.of(
            CUSTOMER_CREATED, CUSTOMER_STATE_CHANGED, TAG_ADDED_TO_MESSAGE, TAG_REMOVED_FROM_MESSAGE,
            OUTBOUND_MESSAGE, NEW_ASSIGNED_MESSAGE, NEW_UNASSIGNED_MESSAGE, USER_ASSIGNMENT,
            CUSTOMER_SUBSCRIBED, CUSTOMER_UNSUBSCRIBED, DOUBLE_OPT_IN);

    private SonarEvents() {
    }
}
