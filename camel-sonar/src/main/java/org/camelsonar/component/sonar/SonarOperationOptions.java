package org.camelsonar.component.sonar;

import java.util.Map;

import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/**
 * The fields of a producer operation, set on the endpoint URI. A header of the same name (CamelSonar...) or a
 * field of the message body overrides each one for a single exchange. Which operation sends which field is
 * decided by the operation table ({@code operation/SonarOperation.java}).
 */
@UriParams
public class SonarOperationOptions {

    @UriParam(label = "producer",
              description = "The customer's phone number; the recipient for message/send and campaign/send."
                            + " International E.164 format (a plus sign, the country code and the number), or national"
                            + " format when defaultRegion is set.")
    private String phoneNumber;
    @UriParam(label = "producer",
              description = "The customer's email (customer/upsert; identifies the customer for deleteProperty).")
    private String email;
    @UriParam(label = "producer", description = "The customer's first name (customer/upsert).")
    private String firstName;
    @UriParam(label = "producer", description = "The customer's last name (customer/upsert).")
    private String lastName;
    @UriParam(label = "producer", description = "URL of the customer's picture (customer/upsert).")
    private String pictureUrl;
    @UriParam(label = "producer",
              description = "Whether the customer may receive API, mass and campaign messages (customer/upsert);"
                            + " false unsubscribes.")
    private Boolean subscribed;
    @UriParam(label = "producer",
              description = "Email of the team member to assign the customer to (customer/upsert; wire name assumed).")
    private String userEmail;
    @UriParam(label = "producer",
              description = "The customer's ZIP code, from which Sonar derives the time zone (customer/upsert; wire"
                            + " name assumed).")
    private String zipCode;
    @UriParam(label = "producer",
              description = "The customer's time zone as a tz database name, e.g. America/Los_Angeles (customer/upsert).")
    private String timezone;
    @UriParam(label = "producer", prefix = "property.", multiValue = true, javaType = "java.util.Map<String, Object>",
              description = "Customer properties for customer/upsert, one option each: property.plan=gold. Sonar"
                            + " stores every value as a string.")
    private Map<String, Object> properties;
    @UriParam(label = "producer", description = "The text to send (message/send). A String message body overrides it.")
    private String text;
    @UriParam(label = "producer",
              description = "Public URL of an image or .vcf contact card to attach (message/send, sent as MMS).")
    private String mediaUrl;
    @UriParam(label = "producer",
              description = "Comma-separated tags for the outgoing message (message/send). Every tag must already"
                            + " exist in the account, or Sonar does not send the message.")
    private String tags;
    @UriParam(label = "producer",
              description = "The external id of an existing message, as webhook events carry it (message/appendTag).")
    private String externalMessageId;
    @UriParam(label = "producer", description = "The tag to append to the message (message/appendTag).")
    private String tagName;
    @UriParam(label = "producer",
              description = "The campaign's slug, shown on the campaign's settings page in Sonar (campaign/send).")
    private String campaignId;
    @UriParam(label = "producer",
              description = "When Sonar should send the campaign, ISO-8601 with offset, e.g. 2026-12-01T09:00:00-08:00"
                            + " (campaign/send; wire name assumed).")
    private String sendAt;
    @UriParam(label = "producer", description = "Name of the customer property to delete (customer/deleteProperty).")
    private String propertyName;
    @UriParam(label = "producer", description = "The conversation's id, as webhook events carry it (conversation/get).")
    private String conversationId;
    @UriParam(label = "producer",
              description = "Path of an api/call relative to the base URL, e.g. /v1/webhooks. Absolute URLs are refused"
                            + " so that the token never leaves for another host.")
    private String path;
    @UriParam(label = "producer", defaultValue = "GET", enums = "GET,POST,PUT,PATCH,DELETE",
              description = "HTTP method of an api/call.")
    private String httpMethod;
    @UriParam(label = "producer",
              description = "Query string of an api/call, already encoded (a=1&b=2); use RAW(...) in a URI.")
    private String query;

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

    public String getUserEmail() {
        return userEmail;
    }

    public void setUserEmail(String userEmail) {
        this.userEmail = userEmail;
    }

    public String getZipCode() {
        return zipCode;
    }

    public void setZipCode(String zipCode) {
        this.zipCode = zipCode;
    }

    public String getTimezone() {
        return timezone;
    }

    public void setTimezone(String timezone) {
        this.timezone = timezone;
    }

    public Map<String, Object> getProperties() {
        return properties;
    }

    public void setProperties(Map<String, Object> properties) {
        this.properties = properties;
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

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public String getExternalMessageId() {
        return externalMessageId;
    }

    public void setExternalMessageId(String externalMessageId) {
        this.externalMessageId = externalMessageId;
    }

    public String getTagName() {
        return tagName;
    }

    public void setTagName(String tagName) {
        this.tagName = tagName;
    }

    public String getCampaignId() {
        return campaignId;
    }

    public void setCampaignId(String campaignId) {
        this.campaignId = campaignId;
    }

    public String getSendAt() {
        return sendAt;
    }

    public void setSendAt(String sendAt) {
        this.sendAt = sendAt;
    }

    public String getPropertyName() {
        return propertyName;
    }

    public void setPropertyName(String propertyName) {
        this.propertyName = propertyName;
    }

    public String getConversationId() {
        return conversationId;
    }

    public void setConversationId(String conversationId) {
        this.conversationId = conversationId;
    }

    public String getPath() {
        return path;
    }

    public void setPath(String path) {
        this.path = path;
    }

    public String getHttpMethod() {
        return httpMethod;
    }

    public void setHttpMethod(String httpMethod) {
        this.httpMethod = httpMethod;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }
}
