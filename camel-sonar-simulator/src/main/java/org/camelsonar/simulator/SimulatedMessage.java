package org.camelsonar.simulator;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A snapshot of one text in the simulator's log: inbound (customer to business) or outbound (business to customer).
 * {@code messageId} is a UUID and {@code externalId} the base64-like id webhooks carry and append-tag takes.
 * {@code campaignId} is set for campaign sends, {@code sentBy} for replies by a team member (its email), and
 * {@code scheduledFor} for campaign sends with a future {@code send_at}, which are recorded but never delivered.
 */
public record SimulatedMessage(
        String messageId,
        String externalId,
        String conversationId,
        String phoneNumber,
        String direction,
        String text,
        String mediaUrl,
        List<String> tags,
        String campaignId,
        String sentBy,
        Instant createdAt,
        OffsetDateTime scheduledFor) {

    public static final String INBOUND = "inbound";
    public static final String OUTBOUND = "outbound";

    public SimulatedMessage {
        tags = List.copyOf(tags);
    }

    public boolean isInbound() {
        return INBOUND.equals(direction);
    }

    public boolean isOutbound() {
        return OUTBOUND.equals(direction);
    }

    public boolean isScheduled() {
        return scheduledFor != null;
    }
}
