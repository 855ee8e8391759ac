package org.camelsonar.component.sonar.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * The answer to customer/deleteProperty: the property's name and the value it had before deletion. Other fields
 * Sonar sends are in {@link #getOther()}.
 */
public class DeletedProperty extends SonarExtensible {

    private String propertyName;
    private String propertyValue;
    private String phoneNumber;
    private String email;
    private Boolean deleted;
    @JsonIgnore
    private String rawPhoneNumber;

    public String getPropertyName() {
        return propertyName;
    }

    public void setPropertyName(String propertyName) {
        this.propertyName = propertyName;
    }

    public String getPropertyValue() {
        return propertyValue;
    }

    public void setPropertyValue(String propertyValue) {
        this.propertyValue = propertyValue;
    }

    public String getPhoneNumber() {
        return phoneNumber;
    }

    public void setPhoneNumber(String phoneNumber) {
        this.phoneNumber = phoneNumber;
    }

    /**
     * The phone number as Sonar sent it, before the component normalised it to E.164; the same as
     * {@link #getPhoneNumber()} when it was not normalised.
     */
    public String getRawPhoneNumber() {
        return rawPhoneNumber != null ? rawPhoneNumber : phoneNumber;
    }

    public void setRawPhoneNumber(String rawPhoneNumber) {
        this.rawPhoneNumber = rawPhoneNumber;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Boolean getDeleted() {
        return deleted;
    }

    public void setDeleted(Boolean deleted) {
        this.deleted = deleted;
    }

    @Override
    public String toString() {
        return "DeletedProperty[propertyName=" + propertyName + ", phoneNumber=" + phoneNumber + ", deleted=" + deleted
               + "]";
    }
}
