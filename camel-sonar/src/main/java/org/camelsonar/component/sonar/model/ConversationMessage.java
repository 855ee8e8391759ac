package org.camelsonar.component.sonar.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonAlias;

/** One message of a conversation. */
public class ConversationMessage extends SonarExtensible {

    @JsonAlias("message_id")
    private String id;
    private String externalId;
    private String text;
    private String mediaUrl;
    private String direction;
    private String createdAt;
    private List<String> tagNames;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getExternalId() {
        return externalId;
    }

    public void setExternalId(String externalId) {
        this.externalId = externalId;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getMediaUrl() {
        return mediaUrl;
    }

    public void setMediaUrl(String mediaUrl) {
        this.mediaUrl = mediaUrl;
    }

    /** Inbound or outbound, as Sonar names it. */
    public String getDirection() {
        return direction;
    }

    public void setDirection(String direction) {
        this.direction = direction;
    }

    public String getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(String createdAt) {
        this.createdAt = createdAt;
    }

    public List<String> getTagNames() {
        return tagNames;
    }

    public void setTagNames(List<String> tagNames) {
        this.tagNames = tagNames;
    }

    @Override
    public String toString() {
        return "ConversationMessage[id=" + id + ", direction=" + direction + "]";
    }
}
