package org.camelsonar.component.sonar.model;

/** The answer to customer/deleteProperty: the property's name and the value it had before deletion. */
public class DeletedProperty {

    private String propertyName;
    private String propertyValue;
    private String phoneNumber;
    private String email;
    private Boolean deleted;

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
