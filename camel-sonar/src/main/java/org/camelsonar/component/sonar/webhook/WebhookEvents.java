package org.camelsonar.component.sonar.webhook;

import java.io.IOException;

import com.fasterxml.jackson.databind.DatabindException;
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
        } catch (DatabindException notAnObject) {
            // the lenient binding keeps every misfit value, so only an array or a scalar ends here
            return null;
        }
        if (event != null) {
            event.setPayload(payload);
        }
        return event;
    }
}
