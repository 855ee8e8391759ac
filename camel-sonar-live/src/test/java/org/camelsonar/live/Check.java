package org.camelsonar.live;

/**
 * The rows of the live report, one per wire detail the component assumes or that no recording proves. The id is
 * stable: docs/assumed-wire-details.md names each row as {@code live:<id>}, and {@link LiveRowsCoverDocsTest} fails
 * when the page and this list disagree.
 */
enum Check {

    X_TOKEN_CUSTOMER_GET("x-token-customer-get", "`X-Token` header on customer/get",
            "200 with the customer (the recordings used the `token` query parameter)"),
    X_TOKEN_JSON("x-token-json", "`X-Token` header with a JSON body (customer/upsert)",
            "accepted, and the value sent is read back"),
    TOKEN_HEADER("token-header", "the gem's `Token` header instead of `X-Token`", "accepted (recorded in 2017)"),
    TOKEN_QUERY("token-query", "`token` query parameter on `GET /v1/customers`", "accepted (recorded in 2017)"),
    FORM_BODY("form-body", "form-encoded body `properties[name]=value` with `Token`",
            "accepted, and the property is read back"),
    ZIP_CODE("zip-code", "customer/upsert `zip_code` (option zipCode)",
            "read back as `zip_code`, or the time zone derived from it"),
    TIMEZONE("timezone", "customer/upsert `timezone`", "read back as `timezone`"),
    USER_EMAIL("user-email", "customer/upsert `user_email` (option userEmail)",
            "the customer's `assignee` is that team member"),
    UNASSIGN("unassign", "customer/unassign `POST /v1/customers/unassign` {phone_number}",
            "2xx, and the `assignee` read back is empty"),
    DELETE_PROPERTY_JSON("delete-property-json", "customer/deleteProperty: `DELETE /v1/customers/properties` with a JSON body",
            "200 `deleted: true`, and the property is gone"),
    PROPERTY_TYPES("property-types", "a JSON number and boolean in `properties` (Make's property \"Type\")",
            "accepted and returned as the strings \"42\" and \"true\""),
    CUSTOMER_CLOSE("customer-close", "customer/close `POST /v1/customers/close`",
            "201 `{\"success\":true}` and the conversation is closed"),
    SEND_ANSWER("send-answer", "the answer of `POST /v1/messages`", "only `to`, `text`, `status` (no message id)"),
    APPEND_TAG("append-tag", "message/appendTag `POST /v1/messages/tags` {external_id, tag_name}",
            "2xx, and the message carries the tag"),
    SEND_AT("send-at", "campaign/send `send_at`, ISO-8601 with offset, an hour ahead",
            "202, and nothing sent at once"),
    CONVERSATION_PATH("conversation-path", "conversation/get `GET /v1/conversations/{id}` with a webhook's id",
            "200 with that conversation"),
    CONVERSATION_FIELDS("conversation-fields", "conversation/get answer's field names",
            "`id`, `state`, `customer`, `assignee`, `messages`; per message `external_id`, `text`, `direction`,"
            + " `created_at`, `tag_names`"),
    WEBHOOK_LIST("webhook-list", "`GET /v1/webhooks`", "an array holding the webhooks the suite created"),
    WEBHOOK_DELETE("webhook-delete", "`DELETE /v1/webhooks/{id}`", "2xx, and the webhook is gone from the list"),
    DOUBLE_OPT_IN("double-opt-in", "event identifier `double_opt_in`",
            "kept in the stored webhook's settings, and a double opt-in is delivered with it"),
    ACTION_FIELD("action-field", "a delivery's `action`", "the event the webhook was registered for"),
    WEBHOOK_CONVERSATION_ID("webhook-conversation-id", "delivery field `conversation_id`",
            "present on message, tag and state events"),
    WEBHOOK_PAYLOADS("webhook-payloads", "payload fields per event", "`uuid` and `action` on every delivery"),
    NOT_FOUND("not-found", "customer/get for a number Sonar does not know", "404 with `{\"error\":...}`"),
    AVAILABLE_NUMBER("available-number", "phoneNumber/available with `X-Publishable-Key`",
            "200 `{\"available_number\":...}`"),
    RATE_LIMIT("rate-limit", "rate limiting (429, `Retry-After`)", "none documented");

    private final String id;
    private final String detail;
    private final String expected;

    Check(String id, String detail, String expected) {
        this.id = id;
        this.detail = detail;
        this.expected = expected;
    }

    String id() {
        return id;
    }

    String detail() {
        return detail;
    }

    String expected() {
        return expected;
    }
}
