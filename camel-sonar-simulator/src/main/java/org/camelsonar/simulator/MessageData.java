package org.camelsonar.simulator;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;

/** The mutable message record (its tags change); only touched under {@link SonarBackend}'s lock. */
final class MessageData {

    final String messageId;
    final String externalId;
    final String conversationId;
    final String phoneNumber;
    final String direction;
    final String text;
    final String mediaUrl;
    final Set<String> tags = new LinkedHashSet<>();
    final String campaignId;
    final String sentBy;
    final Instant createdAt;
    final OffsetDateTime scheduledFor;

    MessageData(Ids ids, CustomerData customer, String direction, String text, String mediaUrl, String campaignId,
                String sentBy, Instant createdAt, OffsetDateTime scheduledFor) {
        this.messageId = ids.uuid();
        this.externalId = ids.externalId();
        this.conversationId = customer.conversationId;
        this.phoneNumber = customer.phoneNumber;
        this.direction = direction;
        this.text = text;
        this.mediaUrl = mediaUrl;
        this.campaignId = campaignId;
        this.sentBy = sentBy;
        this.createdAt = createdAt;
        this.scheduledFor = scheduledFor;
    }

    SimulatedMessage snapshot() {
        return new SimulatedMessage(messageId, externalId, conversationId, phoneNumber, direction, text, mediaUrl,
                new ArrayList<>(tags), campaignId, sentBy, createdAt, scheduledFor);
    }
}
