package org.camelsonar.component.sonar.operation;

/**
 * What the message body means to an operation. For all but api/call, a Map body (Sonar's wire names) or a typed
 * {@link org.camelsonar.component.sonar.model.Customer} supplies fields; other bodies are ignored, so that a body
 * left by an earlier step does no harm.
 */
enum SonarBodyRole {

    /** Only Map and Customer bodies supply fields. */
    FIELDS,
    /** As FIELDS, and a String body is the text to send (message/send). */
    TEXT,
    /** As FIELDS, and a String body is a JSON object of wire fields (customer/upsert). */
    JSON_OBJECT,
    /** The body is the request payload, sent as JSON (api/call). */
    PAYLOAD;

    /** Whether this body is itself the text to send: the one place that decides it. */
    boolean isText(Object body) {
        return this == TEXT && body instanceof String;
    }
}
