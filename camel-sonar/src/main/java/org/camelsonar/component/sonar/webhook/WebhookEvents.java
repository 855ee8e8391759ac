package org.camelsonar.component.sonar.webhook;

import java.io.IOException;
import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camelsonar.component.sonar.client.SonarJson;
import org.camelsonar.component.sonar.model.WebhookEvent;

/**
 * Turns a delivered body into the route's {@link WebhookEvent}, in one pass: the typed event is bound leniently
 * straight from the bytes (a value of another shape than its getter expects is kept in {@code getOther()}, see
 * {@code SonarJson}), and the event keeps the bytes for {@link WebhookEvent#getJson()}. A JSON object is never
 * refused for the shape of its values.
 */
final class WebhookEvents {

    private WebhookEvents() {
    }

    /**
     * @return the event, or null when the body is JSON but not an object
     * @throws IOException when the body is not JSON
     */
    static WebhookEvent read(byte[] payload) throws IOException {
        WebhookEvent event;
        try {
            event = SonarJson.mapper().readValue(payload, WebhookEvent.class);
        } catch (DatabindException notBound) {
            // an array or a scalar; or, not expected since the binding keeps misfits, an object it could not take
            JsonNode json = SonarJson.mapper().readTree(payload);
            if (json == null || !json.isObject()) {
                return null;
            }
            event = untyped((ObjectNode) json);
        }
        if (event != null) {
            event.setPayload(payload);
        }
        return event;
    }

    /** Every field in getOther(), and the two the consumer needs, as text. */
    private static WebhookEvent untyped(ObjectNode json) {
        WebhookEvent event = new WebhookEvent();
        for (Iterator<Map.Entry<String, JsonNode>> fields = json.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            event.setOther(field.getKey(), SonarJson.mapper().convertValue(field.getValue(), Object.class));
        }
        event.setAction(scalarText(json.get("action")));
        event.setUuid(scalarText(json.get("uuid")));
        return event;
    }

    private static String scalarText(JsonNode node) {
        return node != null && node.isValueNode() && !node.isNull() ? node.asText() : null;
    }
}
