package org.camelsonar.component.sonar.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * One event Sonar delivered to a webhook. The fields Sonar documents are typed, as far as the delivered values fit
 * them; the rest of the payload, which differs between events and is only partly documented, is kept in
 * {@link #getOther()} (and in the nested customer's and user's), and the delivery as a whole is in {@link #getJson()}.
 */
public class WebhookEvent extends SonarExtensible {

    private String action;
    private String uuid;
    private String messageId;
    private String externalId;
    private String conversationId;
    private String text;
    private Customer customer;
    private SonarUser user;
    @JsonIgnore
    private JsonNode json;

    /**
     * The delivered JSON object, unchanged: every field at every level, whatever its shape. Null for an event that
     * was not delivered by Sonar (built in a test, say). Treat it as read-only: it is the delivery's only copy.
     */
    public JsonNode getJson() {
        return json;
    }

    /** Set by the webhook consumer to the delivered JSON. */
    public void setJson(JsonNode json) {
        this.json = json;
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
