package org.camelsonar.component.sonar.webhook;

import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camelsonar.component.sonar.client.SonarJson;
import org.camelsonar.component.sonar.model.WebhookEvent;

/**
 * Turns a delivered JSON object into the route's {@link WebhookEvent}. The body is parsed once, into a tree that the
 * event keeps as {@link WebhookEvent#getJson()}, and the typed event is bound from that tree leniently: a value of
 * another shape than its getter expects is kept in {@code getOther()} (see {@code SonarJson}), never refused.
 */
final class WebhookEvents {

    private WebhookEvents() {
    }

    static WebhookEvent bind(ObjectNode json) {
        WebhookEvent event;
        try {
            event = SonarJson.mapper().treeToValue(json, WebhookEvent.class);
        } catch (JsonProcessingException | IllegalArgumentException unexpected) {
            // not expected, since the binding keeps misfits; even then the route gets the event, untyped
            event = untyped(json);
        }
        event.setJson(json);
        return event;
    }

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
