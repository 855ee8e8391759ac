package org.camelsonar.component.sonar.webhook;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
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
import org.camelsonar.component.sonar.SonarNotFoundException;
import org.camelsonar.component.sonar.SonarOperation;
import org.camelsonar.component.sonar.client.SonarHttpClient;
import org.camelsonar.component.sonar.client.SonarJson;
import org.camelsonar.component.sonar.client.SonarRequest;
import org.camelsonar.component.sonar.client.SonarResponse;

/**
 * Keeps exactly one active webhook in Sonar that delivers one event to one URL. Every instance of an application
 * computes the same URL, so whichever instance asks, and however often, they all converge on the same webhook:
 * an identical active one is reused; copies made by instances that started at the same moment are removed, the
 * oldest (lowest id) is kept; deactivated copies of the same URL are removed once an active one exists.
 */
final class SonarWebhookRegistrar {

    /** A webhook in Sonar, as far as registration cares. */
    record Webhook(String id, boolean active, String url, String method, List<String> events) {

        /** Active, POST, to this URL, for exactly this event: anything else is somebody else's webhook. */
        boolean serves(SonarEvent event, String target) {
            return active && isFor(event, target);
        }

        /** To this URL and for exactly this event, active or not: one of ours. */
        boolean isFor(SonarEvent event, String target) {
            return target.equals(url) && "POST".equalsIgnoreCase(method) && events.equals(List.of(event.id()));
        }
    }

    /** What {@link #ensure} did. */
    record Outcome(String id, boolean created, int removed) {
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

    /** Makes sure one active webhook delivers {@code event} to {@code url}; safe to call from any instance, any time. */
    Outcome ensure(String name, SonarEvent event, String url) {
        List<Webhook> ours = list().stream().filter(webhook -> webhook.isFor(event, url)).toList();
        String createdId = null;
        if (ours.stream().noneMatch(webhook -> webhook.serves(event, url))) {
            createdId = create(name, event, url);
            // another instance may have created one at the same moment: look again, and keep the same one it keeps
            ours = list().stream().filter(webhook -> webhook.isFor(event, url)).toList();
            if (ours.stream().noneMatch(webhook -> webhook.serves(event, url))) {
                // not listed yet: trust the answer to the create, and leave the rest for the next check
                return new Outcome(createdId, true, 0);
            }
        }
        boolean created = createdId != null;
        Webhook kept = ours.stream().filter(webhook -> webhook.serves(event, url)).min(OLDEST_FIRST).orElseThrow();
        int removed = 0;
        for (Webhook other : ours) {
            if (!other.id().equals(kept.id())) {
                delete(other.id());
                removed++;
            }
        }
        return new Outcome(kept.id(), created, removed);
    }

    /**
     * Removes every webhook of ours for this event and URL, and the one last known to serve it even if Sonar does not
     * list it (the user asked for removal on stop).
     */
    int remove(SonarEvent event, String url, String knownId) {
        int removed = 0;
        boolean knownListed = false;
        for (Webhook webhook : list()) {
            if (webhook.isFor(event, url)) {
                knownListed |= webhook.id().equals(knownId);
                delete(webhook.id());
                removed++;
            }
        }
        if (knownId != null && !knownListed) {
            delete(knownId);
            removed++;
        }
        return removed;
    }

    /** Numeric ids compare as numbers (Sonar's are integers), others as text. */
    private static final Comparator<Webhook> OLDEST_FIRST = Comparator
            .comparing((Webhook webhook) -> webhook.id().matches("\\d{1,18}") ? Long.parseLong(webhook.id()) : Long.MAX_VALUE)
            .thenComparing(Webhook::id);

    List<Webhook> list() {
        JsonNode answer = call(SonarOperation.WEBHOOK_LIST, SonarOperation.WEBHOOK_LIST.path(), null);
        JsonNode webhooks = answer != null && answer.has("webhooks") ? answer.get("webhooks") : answer;
        List<Webhook> result = new ArrayList<>();
        if (webhooks != null && webhooks.isArray()) {
            for (JsonNode node : webhooks) {
                JsonNode webhook = node.has("webhook") ? node.get("webhook") : node;
                if (webhook.hasNonNull("id")) {
                    result.add(parse(webhook));
                }
            }
        }
        return result;
    }

    private static Webhook parse(JsonNode webhook) {
        List<String> events = new ArrayList<>();
        webhook.path("settings").fields().forEachRemaining(entry -> {
            if (entry.getValue().asText().equalsIgnoreCase("true")) {
                events.add(entry.getKey());
            }
        });
        return new Webhook(webhook.get("id").asText(), webhook.path("active").asText().equalsIgnoreCase("true"),
                webhook.path("url").asText(), webhook.path("http_method").asText("POST"), events);
    }

    /** Creates the webhook; the id Sonar gave it. */
    private String create(String name, SonarEvent event, String url) {
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
            throw new SonarException("Sonar created the " + event.id() + " webhook but its answer carries no id", 0, null,
                    null);
        }
        return id.asText();
    }

    /** Deletes a webhook; one already gone (another instance removed it first) is fine. */
    private void delete(String id) {
        try {
            call(SonarOperation.WEBHOOK_DELETE, SonarOperation.WEBHOOK_DELETE.path().replace("{id}", id), null);
        } catch (SonarNotFoundException alreadyGone) {
            // the outcome we wanted
        }
    }

    private JsonNode call(SonarOperation operation, String path, Object body) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(operation.credential().header(), token);
        headers.put("Accept", "application/json");
        byte[] json = body == null ? null : SonarJson.bytes(body);
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
