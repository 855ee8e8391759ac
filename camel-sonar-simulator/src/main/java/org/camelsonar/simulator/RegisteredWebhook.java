package org.camelsonar.simulator;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * A webhook registered with the simulator, through {@code POST /v1/webhooks} or the Java API.
 * {@code settings} maps event identifiers to the strings "true" or "false", as Sonar stores them.
 */
public record RegisteredWebhook(
        long id,
        String name,
        boolean active,
        Map<String, String> settings,
        String url,
        String httpMethod,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    public RegisteredWebhook {
        settings = Json.frozenCopy(settings);
    }

    /** Whether an event with this {@code action} is delivered here: the hook is active and has it set to "true". */
    public boolean wants(String action) {
        return active && "true".equalsIgnoreCase(settings.get(action));
    }
}
