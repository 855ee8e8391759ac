package org.camelsonar.component.sonar.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * Sonar's answer to a send: the recipient, the text and whether the message was queued or refused because the
 * customer unsubscribed. Both outcomes come with a 2xx status. Other fields Sonar sends are in {@link #getOther()}.
 */
public abstract class SendResult extends SonarExtensible {

    public static final String QUEUED = "queued";
    public static final String UNSUBSCRIBED = "unsubscribed";

    private String to;
    private String text;
    private String status;
    @JsonIgnore
    private String rawTo;

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    /**
     * The recipient as Sonar sent it, before the component normalised it to E.164; the same as {@link #getTo()}
     * when it was not normalised.
     */
    public String getRawTo() {
        return rawTo != null ? rawTo : to;
    }

    public void setRawTo(String rawTo) {
        this.rawTo = rawTo;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public boolean isQueued() {
        return QUEUED.equalsIgnoreCase(status);
    }

    /** True when Sonar refused to send because the customer opted out. */
    public boolean isUnsubscribed() {
        return UNSUBSCRIBED.equalsIgnoreCase(status);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[to=" + to + ", status=" + status + "]";
    }
}
