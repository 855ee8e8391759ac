package org.camelsonar.component.sonar.operation;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.camelsonar.component.sonar.model.AvailableNumber;
import org.camelsonar.component.sonar.model.CampaignResult;
import org.camelsonar.component.sonar.model.Conversation;
import org.camelsonar.component.sonar.model.Customer;
import org.camelsonar.component.sonar.model.DeletedProperty;
import org.camelsonar.component.sonar.model.MessageResult;
import org.camelsonar.component.sonar.model.SuccessResult;

import static org.camelsonar.component.sonar.operation.SonarOperation.Field.CAMPAIGN_ID;
import static org.camelsonar.component.sonar.operation.SonarOperation.Field.CONVERSATION_ID;
import static org.camelsonar.component.sonar.operation.SonarOperation.Field.EMAIL;
import static org.camelsonar.component.sonar.operation.SonarOperation.Field.EXTERNAL_MESSAGE_ID;
import static org.camelsonar.component.sonar.operation.SonarOperation.Field.FIRST_NAME;
import static org.camelsonar.component.sonar.operation.SonarOperation.Field.HTTP_HEADERS;
import static org.camelsonar.component.sonar.operation.SonarOperation.Field.HTTP_METHOD;
import static org.camelsonar.component.sonar.operation.SonarOperation.Field.LAST_NAME;
import static org.camelsonar.component.sonar.operation.SonarOperation.Field.MEDIA_URL;
import static org.camelsonar.component.sonar.operation.SonarOperation.Field.PATH;
import static org.camelsonar.component.sonar.operation.SonarOperation.Field.PHONE_NUMBER;
import static org.camelsonar.component.sonar.operation.SonarOperation.Field.PICTURE_URL;
import static org.camelsonar.component.sonar.operation.SonarOperation.Field.PROPERTIES;
import static org.camelsonar.component.sonar.operation.SonarOperation.Field.PROPERTY_NAME;
import static org.camelsonar.component.sonar.operation.SonarOperation.Field.QUERY;
import static org.camelsonar.component.sonar.operation.SonarOperation.Field.SEND_AT;
import static org.camelsonar.component.sonar.operation.SonarOperation.Field.SUBSCRIBED;
import static org.camelsonar.component.sonar.operation.SonarOperation.Field.TAGS;
import static org.camelsonar.component.sonar.operation.SonarOperation.Field.TAG_NAME;
import static org.camelsonar.component.sonar.operation.SonarOperation.Field.TEXT;
import static org.camelsonar.component.sonar.operation.SonarOperation.Field.TIMEZONE;
import static org.camelsonar.component.sonar.operation.SonarOperation.Field.USER_EMAIL;
import static org.camelsonar.component.sonar.operation.SonarOperation.Field.ZIP_CODE;
import static org.camelsonar.component.sonar.operation.SonarWireField.inBody;
import static org.camelsonar.component.sonar.operation.SonarWireField.inPath;
import static org.camelsonar.component.sonar.operation.SonarWireField.inQuery;
import static org.camelsonar.component.sonar.operation.SonarWireField.ofCall;

/**
 * The one table of Sonar's producer operations: URI, HTTP method, path, credential, wire fields, required values,
 * how the message body is read and what the answer becomes; and, in {@link Field}, every value they take. Entries
 * marked assumed in the docs rest on inferred wire details (docs/assumed-wire-details.md; each operation's call is
 * in docs/operations.md); a correction after a check against the real sandbox is a change here only. Adding a field
 * or an operation: CONTRIBUTING.md.
 */
public enum SonarOperation {

    CUSTOMER_GET("customer/get", "GET", "/v1/customers", SonarCredential.TOKEN, SonarBodyRole.FIELDS, Customer.class,
                 List.of(inQuery("phone_number", PHONE_NUMBER)), List.of(List.of(PHONE_NUMBER))),
    CUSTOMER_UPSERT("customer/upsert", "POST", "/v1/customers", SonarCredential.TOKEN, SonarBodyRole.JSON_OBJECT,
                    Customer.class,
                    List.of(inBody("phone_number", PHONE_NUMBER), inBody("first_name", FIRST_NAME),
                            inBody("last_name", LAST_NAME), inBody("email", EMAIL), inBody("picture_url", PICTURE_URL),
                            inBody("subscribed", SUBSCRIBED), inBody("timezone", TIMEZONE),
                            inBody("properties", PROPERTIES), inBody("user_email", USER_EMAIL),
                            inBody("zip_code", ZIP_CODE)),
                    List.of(List.of(PHONE_NUMBER))),
    CUSTOMER_UNASSIGN("customer/unassign", "POST", "/v1/customers/unassign", SonarCredential.TOKEN,
                      SonarBodyRole.FIELDS, SuccessResult.class,
                      List.of(inBody("phone_number", PHONE_NUMBER)), List.of(List.of(PHONE_NUMBER))),
    CUSTOMER_CLOSE("customer/close", "POST", "/v1/customers/close", SonarCredential.TOKEN, SonarBodyRole.FIELDS,
                   SuccessResult.class,
                   List.of(inBody("phone_number", PHONE_NUMBER)), List.of(List.of(PHONE_NUMBER))),
    CUSTOMER_DELETE_PROPERTY("customer/deleteProperty", "DELETE", "/v1/customers/properties", SonarCredential.TOKEN,
                             SonarBodyRole.FIELDS, DeletedProperty.class,
                             List.of(inBody("phone_number", PHONE_NUMBER), inBody("email", EMAIL),
                                     inBody("property_name", PROPERTY_NAME)),
                             List.of(List.of(PHONE_NUMBER, EMAIL), List.of(PROPERTY_NAME))),
    MESSAGE_SEND("message/send", "POST", "/v1/messages", SonarCredential.TOKEN, SonarBodyRole.TEXT,
                 MessageResult.class,
                 List.of(inBody("to", PHONE_NUMBER), inBody("text", TEXT), inBody("media_url", MEDIA_URL),
                         inBody("tag_names", TAGS)),
                 List.of(List.of(PHONE_NUMBER), List.of(TEXT, MEDIA_URL))),
    MESSAGE_APPEND_TAG("message/appendTag", "POST", "/v1/messages/tags", SonarCredential.TOKEN, SonarBodyRole.FIELDS,
                       SuccessResult.class,
                       List.of(inBody("external_id", EXTERNAL_MESSAGE_ID), inBody("tag_name", TAG_NAME)),
                       List.of(List.of(EXTERNAL_MESSAGE_ID), List.of(TAG_NAME))),
    CAMPAIGN_SEND("campaign/send", "POST", "/v1/campaigns", SonarCredential.TOKEN, SonarBodyRole.FIELDS,
                  CampaignResult.class,
                  List.of(inBody("campaign_id", CAMPAIGN_ID), inBody("to", PHONE_NUMBER), inBody("send_at", SEND_AT)),
                  List.of(List.of(CAMPAIGN_ID), List.of(PHONE_NUMBER))),
    CONVERSATION_GET("conversation/get", "GET", "/v1/conversations/{conversation_id}", SonarCredential.TOKEN,
                     SonarBodyRole.FIELDS, Conversation.class,
                     List.of(inPath("conversation_id", CONVERSATION_ID)), List.of(List.of(CONVERSATION_ID))),
    PHONE_NUMBER_AVAILABLE("phoneNumber/available", "GET", "/v1/phone_numbers/available",
                           SonarCredential.PUBLISHABLE_KEY, SonarBodyRole.FIELDS, AvailableNumber.class,
                           List.of(), List.of()),
    /** Any authorised call: method, path and query come from the fields, the body is the JSON payload. */
    API_CALL("api/call", null, null, SonarCredential.TOKEN, SonarBodyRole.PAYLOAD, Object.class,
             List.of(ofCall(PATH), ofCall(HTTP_METHOD), ofCall(QUERY), ofCall(HTTP_HEADERS)), List.of(List.of(PATH)));

    private final String uri;
    private final String method;
    private final String path;
    private final SonarCredential credential;
    private final SonarBodyRole bodyRole;
    private final Class<?> resultType;
    private final List<SonarWireField> fields;
    private final List<List<Field>> required;

    SonarOperation(String uri, String method, String path, SonarCredential credential, SonarBodyRole bodyRole,
                   Class<?> resultType, List<SonarWireField> fields, List<List<Field>> required) {
        this.uri = uri;
        this.method = method;
        this.path = path;
        this.credential = credential;
        this.bodyRole = bodyRole;
        this.resultType = resultType;
        this.fields = fields;
        this.required = required;
    }

    /** The operation for a {@code resource/action} path, if it is one. */
    public static Optional<SonarOperation> fromUri(String uri) {
        return Arrays.stream(values()).filter(operation -> operation.uri.equals(uri)).findFirst();
    }

    /** The URIs of all operations, for error messages. */
    public static String allUris() {
        return Arrays.stream(values()).map(SonarOperation::uri).collect(Collectors.joining(", "));
    }

    /** {@code resource/action}, as in {@code sonar:message/send}. */
    public String uri() {
        return uri;
    }

    /** The HTTP method; null for api/call, where the user chooses it. */
    String method() {
        return method;
    }

    /** The path relative to the base URL, with {name} for path fields; null for api/call. */
    String path() {
        return path;
    }

    public SonarCredential credential() {
        return credential;
    }

    SonarBodyRole bodyRole() {
        return bodyRole;
    }

    /** What Sonar's answer is parsed into; Object for api/call (a Map or a List). */
    public Class<?> resultType() {
        return resultType;
    }

    List<SonarWireField> fields() {
        return fields;
    }

    /** Each entry lists fields of which at least one must be set. */
    public List<List<Field>> required() {
        return required;
    }

    /** Whether Sonar answers with a send status (queued or unsubscribed). */
    public boolean isSend() {
        return this == MESSAGE_SEND || this == CAMPAIGN_SEND;
    }

    /**
     * Every value an operation can take: the endpoint option that sets it (read from the endpoint by that name), the
     * header that sets it (a constant of {@code SonarConstants}), and how it is read. Where it goes on the wire is
     * the operation's business. SonarUriPathEnumsTest and SonarPrecedenceTest tie the names to the endpoint's options
     * and headers.
     */
    public enum Field {

        PHONE_NUMBER("phoneNumber", "CamelSonarPhoneNumber", SonarValueKind.PHONE),
        EMAIL("email", "CamelSonarEmail", SonarValueKind.TEXT),
        FIRST_NAME("firstName", "CamelSonarFirstName", SonarValueKind.TEXT),
        LAST_NAME("lastName", "CamelSonarLastName", SonarValueKind.TEXT),
        PICTURE_URL("pictureUrl", null, SonarValueKind.TEXT),
        SUBSCRIBED("subscribed", null, SonarValueKind.BOOLEAN),
        USER_EMAIL("userEmail", null, SonarValueKind.TEXT),
        ZIP_CODE("zipCode", null, SonarValueKind.TEXT),
        TIMEZONE("timezone", null, SonarValueKind.TEXT),
        PROPERTIES("properties", "CamelSonarProperties", SonarValueKind.PROPERTIES),
        TEXT("text", "CamelSonarText", SonarValueKind.TEXT),
        MEDIA_URL("mediaUrl", "CamelSonarMediaUrl", SonarValueKind.TEXT),
        TAGS("tags", "CamelSonarTags", SonarValueKind.TAGS),
        EXTERNAL_MESSAGE_ID("externalMessageId", "CamelSonarExternalMessageId", SonarValueKind.TEXT),
        TAG_NAME("tagName", "CamelSonarTagName", SonarValueKind.TEXT),
        CAMPAIGN_ID("campaignId", "CamelSonarCampaignId", SonarValueKind.TEXT),
        SEND_AT("sendAt", "CamelSonarSendAt", SonarValueKind.DATE_TIME),
        PROPERTY_NAME("propertyName", "CamelSonarPropertyName", SonarValueKind.TEXT),
        CONVERSATION_ID("conversationId", "CamelSonarConversationId", SonarValueKind.TEXT),
        PATH("path", "CamelSonarPath", SonarValueKind.TEXT),
        HTTP_METHOD("httpMethod", "CamelSonarHttpMethod", SonarValueKind.HTTP_METHOD),
        QUERY("query", "CamelSonarQuery", SonarValueKind.QUERY),
        HTTP_HEADERS(null, "CamelSonarHttpHeaders", SonarValueKind.HEADERS);

        private final String option;
        private final String header;
        private final SonarValueKind kind;

        Field(String option, String header, SonarValueKind kind) {
            this.option = option;
            this.header = header;
            this.kind = kind;
        }

        /** The endpoint option's name, or null for a header-only field. */
        public String option() {
            return option;
        }

        /** The header's name, or null for an option-only field. */
        public String header() {
            return header;
        }

        SonarValueKind kind() {
            return kind;
        }

        /** The option as a user writes it in a URI ({@code property.*} for the properties); null for none. */
        String optionSpelling() {
            return option == null ? null : kind.optionSpelling(option);
        }

        /** Where an option value came from, for error messages: "option 'text'". */
        String optionSource() {
            return "option '" + optionSpelling() + "'";
        }

        /** How a user can set this field, for error messages: "option 'text' or header CamelSonarText". */
        String describe() {
            if (option == null) {
                return "header " + header;
            }
            return optionSource() + (header != null ? " or header " + header : "");
        }
    }
}

