package org.camelsonar.simulator;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Builds webhook payloads, one shape per family of events. Field names follow the documented examples
 * (action, uuid, message_id, external_id, text, from_name, to_name, link, customer, user) plus the inferred
 * {@code conversation_id}, {@code state} and {@code tag_name}. Per-event field lists are not documented; these
 * are the simulator's choice, listed in docs/simulator.md.
 */
final class EventFactory {

    private final Clock clock;
    private final Ids ids;
    private final Catalog catalog;
    private final String companyName;
    private volatile String webBase = "http://127.0.0.1";

    EventFactory(Clock clock, Ids ids, Catalog catalog, String companyName) {
        this.clock = clock;
        this.ids = ids;
        this.catalog = catalog;
        this.companyName = companyName;
    }

    /** Where the simulated web app would live, for {@code link}; known once the server has a port. */
    void webBase(String base) {
        this.webBase = base;
    }

    /** customer_created, customer_subscribed, customer_unsubscribed, double_opt_in. */
    SimulatedEvent customerEvent(String action, CustomerData c) {
        return event(action, "conversation_id", c.conversationId, "customer", customer(c));
    }

    SimulatedEvent stateChanged(CustomerData c) {
        return event(SonarEvents.CUSTOMER_STATE_CHANGED, "conversation_id", c.conversationId, "state", c.state,
                "link", link(c), "customer", customer(c), "user", user(c.assignee));
    }

    SimulatedEvent assignment(CustomerData c) {
        return event(SonarEvents.USER_ASSIGNMENT, "conversation_id", c.conversationId, "link", link(c),
                "customer", customer(c), "user", user(c.assignee));
    }

    /** new_assigned_message, new_unassigned_message, outbound_message. */
    SimulatedEvent message(String action, MessageData m, CustomerData c) {
        boolean inbound = m.direction.equals(SimulatedMessage.INBOUND);
        String userEmail = inbound ? c.assignee : m.sentBy;
        String business = userEmail == null ? companyName : catalog.user(userEmail).displayName();
        String customerName = c.snapshot().displayName();
        return event(action, "message_id", m.messageId, "external_id", m.externalId,
                "conversation_id", m.conversationId, "text", m.text, "media_url", m.mediaUrl,
                "from_name", inbound ? customerName : business, "to_name", inbound ? business : customerName,
                "link", link(c), "tag_names", List.copyOf(m.tags), "customer", customer(c), "user", user(userEmail));
    }

    /** tag_added_to_message, tag_removed_from_message. */
    SimulatedEvent tag(String action, MessageData m, CustomerData c, String tagName) {
        return event(action, "message_id", m.messageId, "external_id", m.externalId,
                "conversation_id", m.conversationId, "text", m.text, "tag_name", tagName, "link", link(c),
                "customer", customer(c));
    }

    private SimulatedEvent event(String action, Object... fields) {
        String uuid = ids.uuid();
        Object[] all = new Object[fields.length + 4];
        all[0] = "action";
        all[1] = action;
        all[2] = "uuid";
        all[3] = uuid;
        System.arraycopy(fields, 0, all, 4, fields.length);
        return new SimulatedEvent(uuid, action, clock.instant(), Json.object(all));
    }

    private static Map<String, Object> customer(CustomerData c) {
        return Json.object("first_name", c.firstName, "last_name", c.lastName, "phone_number", c.phoneNumber,
                "email", c.email, "subscribed", c.subscribed);
    }

    private Map<String, Object> user(String email) {
        if (email == null) {
            return null;
        }
        TeamMember member = catalog.user(email);
        return Json.object("first_name", member.firstName(), "last_name", member.lastName(), "email", member.email());
    }

    private String link(CustomerData c) {
        return webBase + "/threads/" + c.conversationId;
    }
}
