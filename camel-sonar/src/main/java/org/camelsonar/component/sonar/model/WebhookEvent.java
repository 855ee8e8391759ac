package org.camelsonar.component.sonar.model;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * One event Sonar delivered to a webhook. The fields Sonar documents are typed, as far as the delivered values fit
 * them; the rest of the payload, which differs between events and is only partly documented, is kept in
 * {@link #getOther()} (and in the nested customer's and user's), and the delivery as a whole is in {@link #getJson()}.
 */
public class WebhookEvent extends SonarExtensible {

    // only reads trees, which need no configuration
    private static final ObjectMapper TREES = JsonMapper.builder().build();

    private String action;
    private String uuid;
    private String messageId;
    private String externalId;
    private String conversationId;
    private String text;
    private Customer customer;
    private SonarUser user;
    @JsonIgnore
    private volatile JsonNode json;
    @JsonIgnore
    private byte[] payload;

    /**
     * The delivered JSON object, unchanged: every field at every level, whatever its shape. Null for an event that
     * was not delivered by Sonar (built in a test, say). Parsed from the delivered body on first use, so that a
     * route that never asks does not pay for it; treat it as read-only.
     */
    public JsonNode getJson() {
        JsonNode tree = json;
        if (tree == null && payload != null) {
            try {
                tree = TREES.readTree(payload);
            } catch (IOException cannotHappen) {
                // the consumer parsed this very body before handing it over
                throw new UncheckedIOException(cannotHappen);
            }
            json = tree;
        }
        return tree;
    }

    public void setJson(JsonNode json) {
        this.json = json;
        this.payload = null;
    }

    /** Set by the webhook consumer: the body as delivered, a JSON object, which {@link #getJson()} parses. */
    @JsonIgnore
    public void setPayload(byte[] payload) {
        this.payload = payload;
        this.json = null;
    }

    /** The event identifier, e.g. {@code customer_created}. */
    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    /** Unique per event and repeated when Sonar retries a delivery. */
    public String getUuid() {
        return uuid;
    }

    public void setUuid(String uuid) {
        this.uuid = uuid;
    }

    public String getMessageId() {
        return messageId;
    }

    public void setMessageId(String messageId) {
        this.messageId = messageId;
    }

    /** The message's external id, which message/appendTag takes. */
    public String getExternalId() {
        return externalId;
    }

    public void setExternalId(String externalId) {
        this.externalId = externalId;
    }

    /** The conversation's id, which conversation/get takes. */
    public String getConversationId() {
        return conversationId;
    }

    public void setConversationId(String conversationId) {
        this.conversationId = conversationId;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Customer getCustomer() {
        return customer;
    }

    public void setCustomer(Customer customer) {
        this.customer = customer;
    }

    /** The team member concerned, e.g. the assignee. */
    public SonarUser getUser() {
        return user;
    }

    public void setUser(SonarUser user) {
        this.user = user;
    }

    @Override
    public String toString() {
        return "WebhookEvent[action=" + action + ", uuid=" + uuid + "]";
    }
}
