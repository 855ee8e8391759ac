package org.camelsonar.component.sonar.webhook;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.fasterxml.jackson.databind.JsonNode;
import org.camelsonar.component.sonar.SonarConnectionException;
import org.camelsonar.component.sonar.SonarErrors;
import org.camelsonar.component.sonar.SonarEvent;
import org.camelsonar.component.sonar.SonarException;
import org.camelsonar.component.sonar.SonarOperation;
import org.camelsonar.component.sonar.client.SonarHttpClient;
import org.camelsonar.component.sonar.client.SonarJson;
import org.camelsonar.component.sonar.client.SonarRequest;
import org.camelsonar.component.sonar.client.SonarResponse;

/**
 * Creates, finds and deletes the webhook in Sonar that delivers one event to this application. Registration is
 * safe to repeat: an identical existing webhook is reused rather than duplicated.
 */
final class SonarWebhookRegistrar {

    /** The webhook in Sonar, and whether this registrar created it (and so may delete it). */
    record Registration(String id, boolean created) {
    }

    private final SonarHttpClient client;
    private final String baseUrl;
    private final String token;
    private final long timeoutMillis;

    SonarWebhookRegistrar(SonarHttpClient client, String baseUrl, String token, long timeoutMillis) {
        this.client = client;
        this.baseUrl = baseUrl;
        this.token = token;
        this.timeoutMillis = timeoutMillis;
    }

    /** Reuses the identical webhook if Sonar has one, else creates it. */
    Registration register(String name, SonarEvent event, String url) {
        JsonNode existing = call(SonarOperation.WEBHOOK_LIST, SonarOperation.WEBHOOK_LIST.path(), null);
        JsonNode webhooks = existing != null && existing.has("webhooks") ? existing.get("webhooks") : existing;
        if (webhooks != null && webhooks.isArray()) {
            for (JsonNode webhook : webhooks) {
                if (isIdentical(webhook, event, url) && webhook.hasNonNull("id")) {
                    return new Registration(webhook.get("id").asText(), false);
                }
            }
        }
        Map<String, Object> webhook = new LinkedHashMap<>();
        webhook.put("name", name);
        webhook.put("active", "true");
        webhook.put("settings", Map.of(event.id(), "true"));
        webhook.put("url", url);
        webhook.put("http_method", "POST");
        JsonNode created = call(SonarOperation.WEBHOOK_CREATE, SonarOperation.WEBHOOK_CREATE.path(),
                Map.of("webhook", webhook));
        JsonNode id = created == null ? null : created.has("webhook") ? created.get("webhook").get("id") : created.get("id");
        if (id == null || id.isNull()) {
            throw new SonarException("Sonar created the webhook but its answer carries no id", 0, null, null);
        }
        return new Registration(id.asText(), true);
    }

    void unregister(Registration registration) {
        call(SonarOperation.WEBHOOK_DELETE,
                SonarOperation.WEBHOOK_DELETE.path().replace("{id}", registration.id()), null);
    }

    /** Active, POST, to this URL, for exactly this event: anything else is somebody else's webhook. */
    private static boolean isIdentical(JsonNode webhook, SonarEvent event, String url) {
        if (!url.equals(webhook.path("url").asText()) || !"POST".equalsIgnoreCase(webhook.path("http_method").asText("POST"))
            || !webhook.path("active").asText().equalsIgnoreCase("true")) {
            return false;
        }
        JsonNode settings = webhook.path("settings");
        List<String> enabled = new ArrayList<>();
        settings.fields().forEachRemaining(entry -> {
            if (entry.getValue().asText().equalsIgnoreCase("true")) {
                enabled.add(entry.getKey());
            }
        });
        return enabled.equals(List.of(event.id()));
    }

    private JsonNode call(SonarOperation operation, String path, Object body) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(operation.credential().header(), token);
        headers.put("Accept", "application/json");
        byte[] json = null;
        if (body != null) {
            try {
                json = SonarJson.mapper().writeValueAsBytes(body);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        String call = "webhook " + operation.method() + " " + path;
        SonarResponse response;
        try {
            response = client.send(new SonarRequest(operation.method(), URI.create(baseUrl + path), headers, json))
                    .get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SonarException("Interrupted during Sonar " + call, 0, null, null);
        } catch (ExecutionException | TimeoutException e) {
            throw new SonarConnectionException(call,
                    e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e);
        }
        if (!response.isSuccess()) {
            throw SonarErrors.of(call, response);
        }
        if (!response.hasBody()) {
            return null;
        }
        try {
            return SonarJson.mapper().readTree(new String(response.body(), StandardCharsets.UTF_8));
        } catch (Exception e) {
            return null;
        }
    }
}
