package org.camelsonar.component.sonar;

import org.apache.camel.spi.Metadata;

/**
 * The message headers of the Sonar component. Inbound headers override the endpoint's options for one exchange;
 * outbound headers describe Sonar's answer.
 */
public final class SonarConstants {

    @Metadata(description = "The customer's phone number (E.164, or national with defaultRegion). For message/send"
                            + " and campaign/send it is the recipient. Webhook consumers set it to the event's customer.",
              javaType = "String")
    public static final String PHONE_NUMBER = "CamelSonarPhoneNumber";
    @Metadata(label = "producer", description = "The customer's email.", javaType = "String")
    public static final String EMAIL = "CamelSonarEmail";
    @Metadata(label = "producer", description = "The customer's first name.", javaType = "String")
    public static final String FIRST_NAME = "CamelSonarFirstName";
    @Metadata(label = "producer", description = "The customer's last name.", javaType = "String")
    public static final String LAST_NAME = "CamelSonarLastName";
    @Metadata(label = "producer", description = "Customer properties (name to value) for customer/upsert.",
              javaType = "java.util.Map<String, Object>")
    public static final String PROPERTIES = "CamelSonarProperties";
    @Metadata(label = "producer", description = "The text of the message to send.", javaType = "String")
    public static final String TEXT = "CamelSonarText";
    @Metadata(label = "producer", description = "A public URL of an image or vCard to attach (MMS).", javaType = "String")
    public static final String MEDIA_URL = "CamelSonarMediaUrl";
    @Metadata(label = "producer",
              description = "Tags for the outgoing message: a comma-separated String or a List of names. Every tag"
                            + " must already exist in the Sonar account.",
              javaType = "Object")
    public static final String TAGS = "CamelSonarTags";
    @Metadata(description = "The external id of a message: input of message/appendTag, set by webhook consumers.",
              javaType = "String")
    public static final String EXTERNAL_MESSAGE_ID = "CamelSonarExternalMessageId";
    @Metadata(label = "producer", description = "The tag to append to a message (message/appendTag).", javaType = "String")
    public static final String TAG_NAME = "CamelSonarTagName";
    @Metadata(label = "producer", description = "The campaign's slug (campaign/send).", javaType = "String")
    public static final String CAMPAIGN_ID = "CamelSonarCampaignId";
    @Metadata(label = "producer",
              description = "When to send the campaign: an ISO-8601 String with offset, or an OffsetDateTime,"
                            + " ZonedDateTime, Instant, java.util.Date or Calendar.",
              javaType = "Object")
    public static final String SEND_AT = "CamelSonarSendAt";
    @Metadata(label = "producer", description = "The name of the customer property to delete (customer/deleteProperty).",
              javaType = "String")
    public static final String PROPERTY_NAME = "CamelSonarPropertyName";
    @Metadata(description = "The conversation id: input of conversation/get, set by webhook consumers.",
              javaType = "String")
    public static final String CONVERSATION_ID = "CamelSonarConversationId";
    @Metadata(label = "producer", description = "The path of an api/call, relative to the base URL, e.g. /v1/webhooks.",
              javaType = "String")
    public static final String PATH = "CamelSonarPath";
    @Metadata(label = "producer", description = "The HTTP method of an api/call.", javaType = "String",
              enums = "GET,POST,PUT,PATCH,DELETE")
    public static final String HTTP_METHOD = "CamelSonarHttpMethod";
    @Metadata(label = "producer",
              description = "The query of an api/call: an encoded query String (a=1&b=2) or a Map of parameters.",
              javaType = "Object")
    public static final String QUERY = "CamelSonarQuery";
    @Metadata(label = "producer",
              description = "Extra HTTP headers for an api/call (name to value). The authentication and content"
                            + " headers cannot be overridden.",
              javaType = "java.util.Map<String, Object>")
    public static final String HTTP_HEADERS = "CamelSonarHttpHeaders";

    @Metadata(label = "producer", description = "The HTTP status code of Sonar's answer.", javaType = "Integer")
    public static final String RESPONSE_CODE = "CamelSonarResponseCode";
    @Metadata(label = "producer", description = "Sonar's request id (the X-Request-Id response header), for support.",
              javaType = "String")
    public static final String REQUEST_ID = "CamelSonarRequestId";
    @Metadata(label = "producer",
              description = "The status of a message/send or campaign/send: queued, or unsubscribed when the"
                            + " customer opted out and nothing was sent.",
              javaType = "String")
    public static final String MESSAGE_STATUS = "CamelSonarMessageStatus";

    @Metadata(label = "consumer", description = "The event's type, e.g. customer_created: the payload's action, else"
                                                + " the endpoint's event.", javaType = "String")
    public static final String EVENT_TYPE = "CamelSonarEventType";
    @Metadata(label = "consumer", description = "The event's uuid, unique per event and repeated on Sonar's retries.",
              javaType = "String")
    public static final String EVENT_ID = "CamelSonarEventId";

    private SonarConstants() {
    }
}
