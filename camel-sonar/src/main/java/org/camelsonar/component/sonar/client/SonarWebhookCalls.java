package org.camelsonar.component.sonar.client;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Sonar's webhook API, with the private token: list, create and delete webhooks. Each call answers Sonar's response
 * as received; a non-2xx answer is the caller's to judge. Create's body is documented by Sonar; list and delete are
 * assumed (REST convention, docs/assumed-wire-details.md).
 */
public final class SonarWebhookCalls {

    /** The three calls: method and path ({id} is the webhook's). */
    public enum Kind {
        LIST("GET", "/v1/webhooks"),
        CREATE("POST", "/v1/webhooks"),
        DELETE("DELETE", "/v1/webhooks/{id}");

        private final String method;
        private final String path;

        Kind(String method, String path) {
            this.method = method;
            this.path = path;
        }

        public String method() {
            return method;
        }

        public String path() {
            return path;
        }
    }

    private final SonarHttpClient client;
    private final String baseUrl;
    private final String token;

    public SonarWebhookCalls(SonarHttpClient client, String baseUrl, String token) {
        this.client = client;
        this.baseUrl = baseUrl;
        this.token = token;
    }

    /** {@code GET /v1/webhooks}; read the answer with {@link #webhooks}. */
    public Call list() {
        return call(Kind.LIST, null, null);
    }

    /** {@code POST /v1/webhooks}; read the answer with {@link #createdId}. */
    public Call create(SonarWebhook webhook) {
        return call(Kind.CREATE, null, SonarJson.bytes(webhook.toCreateBody()));
    }

    /** {@code DELETE /v1/webhooks/{id}}. */
    public Call delete(String id) {
        return call(Kind.DELETE, id, null);
    }

    /**
     * The webhooks in a list answer: a JSON array, or an object with a {@code webhooks} array, of webhooks bare or
     * wrapped; entries without an id are skipped, and an answer that is no such list reads as none.
     */
    public static List<SonarWebhook> webhooks(SonarResponse answer) {
        JsonNode root = tree(answer);
        JsonNode items = root != null && root.has("webhooks") ? root.get("webhooks") : root;
        List<SonarWebhook> result = new ArrayList<>();
        if (items != null && items.isArray()) {
            for (JsonNode item : items) {
                SonarWebhook webhook = SonarWebhook.read(item);
                if (webhook != null) {
                    result.add(webhook);
                }
            }
        }
        return result;
    }

    /** The id in a create answer, bare or wrapped in {@code {"webhook":{...}}}. */
    public static Optional<String> createdId(SonarResponse answer) {
        JsonNode root = tree(answer);
        return Optional.ofNullable(root == null ? null : SonarWebhook.read(root)).map(SonarWebhook::id);
    }

    private static JsonNode tree(SonarResponse answer) {
        if (!answer.hasBody()) {
            return null;
        }
        try {
            return SonarJson.mapper().readTree(answer.body());
        } catch (Exception notJson) {
            return null;
        }
    }

    private Call call(Kind kind, String id, byte[] body) {
        String method = kind.method();
        String path = id == null ? kind.path() : kind.path().replace("{id}", URLEncoder.encode(id, StandardCharsets.UTF_8));
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(SonarHttpClient.TOKEN_HEADER, token);
        headers.put("Accept", "application/json");
        String description = "webhook " + method + " " + path;
        return new Call(description, client.send(new SonarRequest(method, URI.create(baseUrl + path), headers, body)));
    }

    /**
     * One call under way.
     *
     * @param description what it is, for messages: "webhook GET /v1/webhooks"; never the token
     * @param answer      Sonar's answer, or the I/O failure
     */
    public record Call(String description, CompletableFuture<SonarResponse> answer) {
    }
}
