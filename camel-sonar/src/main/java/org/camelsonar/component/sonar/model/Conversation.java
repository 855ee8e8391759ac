package org.camelsonar.component.sonar.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonAlias;

/**
 * The answer to conversation/get: the conversation's messages and its customer. Sonar documents the response
 * only as "messages and customer info", so other fields are kept in {@link #getOther()}.
 */
public class Conversation extends SonarExtensible {

    @JsonAlias("conversation_id")
    private String id;
    private String state;
    private Customer customer;
    private Object assignee;
    private List<ConversationMessage> messages;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public Customer getCustomer() {
        return customer;
    }

    public void setCustomer(Customer customer) {
        this.customer = customer;
    }

    public Object getAssignee() {
        return assignee;
    }

    public void setAssignee(Object assignee) {
        this.assignee = assignee;
    }

    public List<ConversationMessage> getMessages() {
        return messages;
    }

    public void setMessages(List<ConversationMessage> messages) {
        this.messages = messages;
    }

    @Override
    public String toString() {
        return "Conversation[id=" + id + ", state=" + state + ", messages=" + (messages == null ? 0 : messages.size())
               + "]";
    }
}
