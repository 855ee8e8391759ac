package org.camelsonar.component.sonar.client;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A webhook as Sonar stores it: {@code {"id","name","active","settings":{"<event>":"true"},"url","http_method"}}.
 * Sonar writes booleans as the strings "true" and "false", and a webhook's events are the settings set to true.
 *
 * @param id         Sonar's id, null before it is created
 * @param name       the name shown in Sonar
 * @param active     whether Sonar delivers to it
 * @param url        where Sonar delivers
 * @param httpMethod how Sonar delivers (the component registers POST)
 * @param events     the event identifiers it delivers, e.g. {@code customer_created}
 */
public record SonarWebhook(String id, String name, boolean active, String url, String httpMethod, List<String> events) {

    /** An active POST webhook for one event, as the component registers it. */
    public static SonarWebhook of(String name, String event, String url) {
        return new SonarWebhook(null, name, true, url, "POST", List.of(event));
    }

    /** Active, POST, to this URL, for exactly this event: anything else is somebody else's webhook. */
    public boolean serves(String event, String target) {
        return active && isFor(event, target);
    }

    /** To this URL and for exactly this event, active or not. */
    public boolean isFor(String event, String target) {
        return target.equals(url) && "POST".equalsIgnoreCase(httpMethod) && events.equals(List.of(event));
    }

    /** The body of a create call: {@code {"webhook":{...}}}. */
    Map<String, Object> toCreateBody() {
        Map<String, Object> settings = new LinkedHashMap<>();
        events.forEach(event -> settings.put(event, "true"));
        Map<String, Object> webhook = new LinkedHashMap<>();
        webhook.put("name", name);
        webhook.put("active", String.valueOf(active));
        webhook.put("settings", settings);
        webhook.put("url", url);
        webhook.put("http_method", httpMethod);
        return Map.of("webhook", webhook);
    }

    /** Reads one stored webhook, bare or wrapped in {@code {"webhook":{...}}}; null when it carries no id. */
    static SonarWebhook read(JsonNode node) {
        JsonNode webhook = node.has("webhook") ? node.get("webhook") : node;
        if (!webhook.hasNonNull("id")) {
            return null;
        }
        List<String> events = new ArrayList<>();
        webhook.path("settings").fields().forEachRemaining(entry -> {
            if (entry.getValue().asText().equalsIgnoreCase("true")) {
                events.add(entry.getKey());
            }
        });
        return new SonarWebhook(webhook.get("id").asText(), webhook.path("name").asText(null),
                webhook.path("active").asText().equalsIgnoreCase("true"), webhook.path("url").asText(),
                webhook.path("http_method").asText("POST"), events);
    }
}
