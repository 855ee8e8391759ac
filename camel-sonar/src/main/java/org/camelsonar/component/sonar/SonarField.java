package org.camelsonar.component.sonar;

import java.util.function.Function;

/**
 * Every value a producer operation can take: its endpoint option, its header, and how it is read. Where it goes
 * on the wire is the operation's business ({@link SonarOperation}).
 */
enum SonarField {

    PHONE_NUMBER("phoneNumber", SonarConstants.PHONE_NUMBER, SonarValueKind.PHONE, SonarOperationOptions::getPhoneNumber),
    EMAIL("email", SonarConstants.EMAIL, SonarValueKind.TEXT, SonarOperationOptions::getEmail),
    FIRST_NAME("firstName", SonarConstants.FIRST_NAME, SonarValueKind.TEXT, SonarOperationOptions::getFirstName),
    LAST_NAME("lastName", SonarConstants.LAST_NAME, SonarValueKind.TEXT, SonarOperationOptions::getLastName),
    PICTURE_URL("pictureUrl", null, SonarValueKind.TEXT, SonarOperationOptions::getPictureUrl),
    SUBSCRIBED("subscribed", null, SonarValueKind.BOOLEAN, SonarOperationOptions::getSubscribed),
    USER_EMAIL("userEmail", null, SonarValueKind.TEXT, SonarOperationOptions::getUserEmail),
    ZIP_CODE("zipCode", null, SonarValueKind.TEXT, SonarOperationOptions::getZipCode),
    TIMEZONE("timezone", null, SonarValueKind.TEXT, SonarOperationOptions::getTimezone),
    PROPERTIES("property.*", SonarConstants.PROPERTIES, SonarValueKind.PROPERTIES, SonarOperationOptions::getProperties),
    TEXT("text", SonarConstants.TEXT, SonarValueKind.TEXT, SonarOperationOptions::getText),
    MEDIA_URL("mediaUrl", SonarConstants.MEDIA_URL, SonarValueKind.TEXT, SonarOperationOptions::getMediaUrl),
    TAGS("tags", SonarConstants.TAGS, SonarValueKind.TAGS, SonarOperationOptions::getTags),
    EXTERNAL_MESSAGE_ID("externalMessageId", SonarConstants.EXTERNAL_MESSAGE_ID, SonarValueKind.TEXT,
                        SonarOperationOptions::getExternalMessageId),
    TAG_NAME("tagName", SonarConstants.TAG_NAME, SonarValueKind.TEXT, SonarOperationOptions::getTagName),
    CAMPAIGN_ID("campaignId", SonarConstants.CAMPAIGN_ID, SonarValueKind.TEXT, SonarOperationOptions::getCampaignId),
    SEND_AT("sendAt", SonarConstants.SEND_AT, SonarValueKind.DATE_TIME, SonarOperationOptions::getSendAt),
    PROPERTY_NAME("propertyName", SonarConstants.PROPERTY_NAME, SonarValueKind.TEXT,
                  SonarOperationOptions::getPropertyName),
    CONVERSATION_ID("conversationId", SonarConstants.CONVERSATION_ID, SonarValueKind.TEXT,
                    SonarOperationOptions::getConversationId),
    PATH("path", SonarConstants.PATH, SonarValueKind.TEXT, SonarOperationOptions::getPath),
    HTTP_METHOD("httpMethod", SonarConstants.HTTP_METHOD, SonarValueKind.HTTP_METHOD, SonarOperationOptions::getHttpMethod),
    QUERY("query", SonarConstants.QUERY, SonarValueKind.QUERY, SonarOperationOptions::getQuery),
    HTTP_HEADERS(null, SonarConstants.HTTP_HEADERS, SonarValueKind.HEADERS, options -> null);

    private final String option;
    private final String header;
    private final SonarValueKind kind;
    private final Function<SonarOperationOptions, Object> optionValue;

    SonarField(String option, String header, SonarValueKind kind, Function<SonarOperationOptions, Object> optionValue) {
        this.option = option;
        this.header = header;
        this.kind = kind;
        this.optionValue = optionValue;
    }

    /** The endpoint option's name, or null for a header-only field. */
    public String option() {
        return option;
    }

    /** The header's name, or null for an option-only field. */
    public String header() {
        return header;
    }

    public SonarValueKind kind() {
        return kind;
    }

    Object optionValue(SonarOperationOptions options) {
        return optionValue.apply(options);
    }

    /** How a user can set this field, for error messages: "option 'text' or header CamelSonarText". */
    public String describe() {
        if (option == null) {
            return "header " + header;
        }
        return "option '" + option + "'" + (header != null ? " or header " + header : "");
    }
}
