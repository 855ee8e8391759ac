package org.camelsonar.simulator;

import java.time.Instant;
import java.util.Map;

/**
 * One event the simulated Sonar raised, whether or not a webhook wanted it. {@code payload} is exactly the JSON
 * object delivered to webhooks (it holds {@code action} and {@code uuid} too); {@code uuid} is the same on every
 * delivery attempt and for every webhook that receives the event.
 */
public record SimulatedEvent(String uuid, String action, Instant at, Map<String, Object> payload) {

    public String toJson() {
        return Json.write(payload);
    }
}
