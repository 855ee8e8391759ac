package org.camelsonar.component.sonar;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.camelsonar.component.sonar.model.AvailableNumber;
import org.camelsonar.component.sonar.model.CampaignResult;
import org.camelsonar.component.sonar.model.Conversation;
import org.camelsonar.component.sonar.model.Customer;
import org.camelsonar.component.sonar.model.DeletedProperty;
import org.camelsonar.component.sonar.model.MessageResult;
import org.camelsonar.component.sonar.model.SuccessResult;

import static org.camelsonar.component.sonar.SonarField.CAMPAIGN_ID;
import static org.camelsonar.component.sonar.SonarField.CONVERSATION_ID;
import static org.camelsonar.component.sonar.SonarField.EMAIL;
import static org.camelsonar.component.sonar.SonarField.EXTERNAL_MESSAGE_ID;
import static org.camelsonar.component.sonar.SonarField.FIRST_NAME;
import static org.camelsonar.component.sonar.SonarField.HTTP_HEADERS;
import static org.camelsonar.component.sonar.SonarField.HTTP_METHOD;
import static org.camelsonar.component.sonar.SonarField.LAST_NAME;
import static org.camelsonar.component.sonar.SonarField.MEDIA_URL;
import static org.camelsonar.component.sonar.SonarField.PATH;
import static org.camelsonar.component.sonar.SonarField.PHONE_NUMBER;
import static org.camelsonar.component.sonar.SonarField.PICTURE_URL;
import static org.camelsonar.component.sonar.SonarField.PROPERTIES;
import static org.camelsonar.component.sonar.SonarField.PROPERTY_NAME;
import static org.camelsonar.component.sonar.SonarField.QUERY;
import static org.camelsonar.component.sonar.SonarField.SEND_AT;
import static org.camelsonar.component.sonar.SonarField.SUBSCRIBED;
import static org.camelsonar.component.sonar.SonarField.TAGS;
import static org.camelsonar.component.sonar.SonarField.TAG_NAME;
import static org.camelsonar.component.sonar.SonarField.TEXT;
import static org.camelsonar.component.sonar.SonarField.TIMEZONE;
import static org.camelsonar.component.sonar.SonarField.USER_EMAIL;
import static org.camelsonar.component.sonar.SonarField.ZIP_CODE;
import static org.camelsonar.component.sonar.SonarWireField.inBody;
import static org.camelsonar.component.sonar.SonarWireField.ofCall;
import static org.camelsonar.component.sonar.SonarWireField.inPath;
import static org.camelsonar.component.sonar.SonarWireField.inQuery;

/**
 * The one table of Sonar's producer operations: URI, HTTP method, path, credential, wire fields, required values,
 * how the message body is read and what the answer becomes. Entries marked assumed in the docs rest on inferred
 * wire details (docs/assumed-wire-details.md; each operation's call is in docs/operations.md); a correction after a
 * check against the real sandbox is a change here only.
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
             List.of(ofCall(PATH), ofCall(HTTP_METHOD), ofCall(QUERY), ofCall(HTTP_HEADERS)), List.of(List.of(PATH))),

    // Webhook management, used by the sonar:webhook/<event> consumers; not endpoints of their own (no URI).
    // Create takes {"webhook":{"name","active","settings":{"<event>":"true"},"url","http_method"}} and answers the
    // stored webhook with its id; list and delete are assumed (REST convention, docs/assumed-wire-details.md).
    WEBHOOK_LIST(null, "GET", "/v1/webhooks", SonarCredential.TOKEN, SonarBodyRole.PAYLOAD, Object.class,
                 List.of(), List.of()),
    WEBHOOK_CREATE(null, "POST", "/v1/webhooks", SonarCredential.TOKEN, SonarBodyRole.PAYLOAD, Object.class,
                   List.of(), List.of()),
    WEBHOOK_DELETE(null, "DELETE", "/v1/webhooks/{id}", SonarCredential.TOKEN, SonarBodyRole.PAYLOAD, Object.class,
                   List.of(), List.of());

    private final String uri;
    private final String method;
    private final String path;
    private final SonarCredential credential;
    private final SonarBodyRole bodyRole;
    private final Class<?> resultType;
    private final List<SonarWireField> fields;
    private final List<List<SonarField>> required;

    SonarOperation(String uri, String method, String path, SonarCredential credential, SonarBodyRole bodyRole,
                   Class<?> resultType, List<SonarWireField> fields, List<List<SonarField>> required) {
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
        return Arrays.stream(values()).filter(operation -> operation.uri != null && operation.uri.equals(uri))
                .findFirst();
    }

    /** The URIs of all operations, for error messages. */
    public static String allUris() {
        return Arrays.stream(values()).map(SonarOperation::uri).filter(Objects::nonNull)
                .collect(Collectors.joining(", "));
    }

    /** {@code resource/action}, as in {@code sonar:message/send}; null for the webhook management calls. */
    public String uri() {
        return uri;
    }

    /** The HTTP method; null for api/call, where the user chooses it. */
    public String method() {
        return method;
    }

    /** The path relative to the base URL, with {name} for path fields; null for api/call. */
    public String path() {
        return path;
    }

    public SonarCredential credential() {
        return credential;
    }

    public SonarBodyRole bodyRole() {
        return bodyRole;
    }

    /** What Sonar's answer is parsed into; Object for api/call (a Map or a List). */
    public Class<?> resultType() {
        return resultType;
    }

    public List<SonarWireField> fields() {
        return fields;
    }

    /** Each entry lists fields of which at least one must be set. */
    public List<List<SonarField>> required() {
        return required;
    }

    /** Whether Sonar answers with a send status (queued or unsubscribed). */
    public boolean isSend() {
        return this == MESSAGE_SEND || this == CAMPAIGN_SEND;
    }
}
