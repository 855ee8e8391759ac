package org.camelsonar.component.sonar.model;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;

/**
 * A Sonar customer, keyed by phone number. Used both as the answer of customer/get and customer/upsert (and inside
 * webhook events and conversations) and as a typed body for customer/upsert, where only the upsert fields that are
 * set are sent (upsert is partial): the fields in {@link #getOther()}, the answer-only fields and nulls never go on
 * the wire.
 */
public class Customer extends SonarExtensible {

    private String phoneNumber;
    private String firstName;
    private String lastName;
    private String email;
    private String pictureUrl;
    private Boolean subscribed;
    private String unsubscribedAt;
    private String timezone;
    private String zipCode;
    private String userEmail;
    private String assignedPhoneNumber;
    private Object assignee;
    private String externalId;
    private String id;
    @JsonDeserialize(contentUsing = PropertyValue.class)
    private Map<String, String> properties;
    @JsonIgnore
    private String rawPhoneNumber;
    @JsonIgnore
    private String rawAssignedPhoneNumber;

    public Customer() {
    }

    @JsonCreator(mode = JsonCreator.Mode.DISABLED) // a bare string where a customer is expected is not a customer
    public Customer(String phoneNumber) {
        this.phoneNumber = phoneNumber;
    }

    /** Sets one property, creating the map on first use; returns this customer for chaining. */
    public Customer withProperty(String name, Object value) {
        if (properties == null) {
            properties = new LinkedHashMap<>();
        }
        properties.put(name, value == null ? null : value.toString());
        return this;
    }

    public String getPhoneNumber() {
        return phoneNumber;
    }

    public void setPhoneNumber(String phoneNumber) {
        this.phoneNumber = phoneNumber;
    }

    /**
     * The phone number as Sonar sent it, before the component normalised it to E.164 (Sonar may answer bare
     * 10-digit numbers); the same as {@link #getPhoneNumber()} when it was not normalised.
     */
    public String getRawPhoneNumber() {
        return rawPhoneNumber != null ? rawPhoneNumber : phoneNumber;
    }

    public void setRawPhoneNumber(String rawPhoneNumber) {
        this.rawPhoneNumber = rawPhoneNumber;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPictureUrl() {
        return pictureUrl;
    }

    public void setPictureUrl(String pictureUrl) {
        this.pictureUrl = pictureUrl;
    }

    public Boolean getSubscribed() {
        return subscribed;
    }

    public void setSubscribed(Boolean subscribed) {
        this.subscribed = subscribed;
    }

    public String getUnsubscribedAt() {
        return unsubscribedAt;
    }

    public void setUnsubscribedAt(String unsubscribedAt) {
        this.unsubscribedAt = unsubscribedAt;
    }

    public String getTimezone() {
        return timezone;
    }

    public void setTimezone(String timezone) {
        this.timezone = timezone;
    }

    public String getZipCode() {
        return zipCode;
    }

    public void setZipCode(String zipCode) {
        this.zipCode = zipCode;
    }

    public String getUserEmail() {
        return userEmail;
    }

    public void setUserEmail(String userEmail) {
        this.userEmail = userEmail;
    }

    public String getAssignedPhoneNumber() {
        return assignedPhoneNumber;
    }

    public void setAssignedPhoneNumber(String assignedPhoneNumber) {
        this.assignedPhoneNumber = assignedPhoneNumber;
    }

    /** The assigned phone number as Sonar sent it; see {@link #getRawPhoneNumber()}. */
    public String getRawAssignedPhoneNumber() {
        return rawAssignedPhoneNumber != null ? rawAssignedPhoneNumber : assignedPhoneNumber;
    }

    public void setRawAssignedPhoneNumber(String rawAssignedPhoneNumber) {
        this.rawAssignedPhoneNumber = rawAssignedPhoneNumber;
    }

    /** The assigned team member; its shape is not documented by Sonar, so it is kept as parsed (Map or String). */
    public Object getAssignee() {
        return assignee;
    }

    public void setAssignee(Object assignee) {
        this.assignee = assignee;
    }

    public String getExternalId() {
        return externalId;
    }

    public void setExternalId(String externalId) {
        this.externalId = externalId;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    /**
     * Custom properties. Sonar stores and returns every value as a string; a number or boolean that arrives is
     * given as its text, and an object or array (seen in no recorded answer) as its JSON text, e.g.
     * {@code {"city":"Austin"}}.
     */
    public Map<String, String> getProperties() {
        return properties;
    }

    public void setProperties(Map<String, String> properties) {
        this.properties = properties;
    }

    @Override
    public String toString() {
        return "Customer[phoneNumber=" + phoneNumber + ", firstName=" + firstName + ", lastName=" + lastName
               + ", email=" + email + ", subscribed=" + subscribed + ", properties=" + properties + "]";
    }

    /** Reads any property value as text, so that one odd value does not cost the others. */
    public static final class PropertyValue extends StdDeserializer<String> {

        private static final long serialVersionUID = 1L;

        public PropertyValue() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonToken token = parser.currentToken();
            if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                return context.readTree(parser).toString();
            }
            return parser.getValueAsString();
        }
    }
}
