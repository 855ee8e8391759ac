package org.camelsonar.simulator;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** {@code /v1/webhooks}: create (documented), list (path documented) and delete (path inferred). */
final class WebhookEndpoints {

    /** Methods a delivery can carry a JSON body with; the docs only ever show POST. */
    private static final Set<String> DELIVERY_METHODS = Set.of("POST", "PUT", "PATCH");

    private final WebhookRegistry registry;
    private final WireFormat wire;
    private final Clock clock;

    WebhookEndpoints(WebhookRegistry registry, WireFormat wire, Clock clock) {
        this.registry = registry;
        this.wire = wire;
        this.clock = clock;
    }

    /** 200 with the stored webhook; {@code active} defaults to false, as the docs warn. */
    ApiResponse create(ApiRequest request) {
        JsonNode webhook = request.node("webhook");
        if (webhook == null || !webhook.isObject()) {
            throw new ApiException(400, "webhook is missing");
        }
        String url = ApiRequest.asText(webhook.get("url"));
        if (url == null || url.isBlank()) {
            throw new ApiException(400, "url is missing");
        }
        if (!isHttpUrl(url)) {
            throw ApiException.invalid("url");
        }
        Boolean active = ApiRequest.asBoolean(webhook.get("active"), "active");
        String method = ApiRequest.asText(webhook.get("http_method"));
        method = method == null || method.isBlank() ? "POST" : method.trim().toUpperCase(Locale.ROOT);
        if (!DELIVERY_METHODS.contains(method)) {
            throw ApiException.invalid("http_method");
        }
        String name = ApiRequest.asText(webhook.get("name"));
        RegisteredWebhook hook = registry.create(name == null ? "" : name, Boolean.TRUE.equals(active),
                settings(webhook.get("settings")), url, method, OffsetDateTime.now(clock));
        return ApiResponse.of(200, wire.webhook(hook));
    }

    ApiResponse list(ApiRequest request) {
        return ApiResponse.of(200, registry.list().stream().map(wire::webhook).toList());
    }

    /** 200 with the deleted webhook; 404 for an unknown (or non-numeric) id. */
    ApiResponse delete(ApiRequest request) {
        long id;
        try {
            id = Long.parseLong(request.pathParam("id"));
        } catch (NumberFormatException e) {
            throw ApiException.notFound("Webhook");
        }
        return registry.delete(id).map(h -> ApiResponse.of(200, wire.webhook(h)))
                .orElseThrow(() -> ApiException.notFound("Webhook"));
    }

    /** Event name to "true"/"false", whether the client sent strings (as documented) or JSON booleans. */
    private static Map<String, String> settings(JsonNode node) {
        Map<String, String> settings = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return settings;
        }
        if (!node.isObject()) {
            throw ApiException.invalid("settings");
        }
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            Boolean on = ApiRequest.asBoolean(entry.getValue(), "settings");
            settings.put(entry.getKey(), String.valueOf(Boolean.TRUE.equals(on)));
        }
        return settings;
    }

    static boolean isHttpUrl(String url) {
        try {
            URI uri = new URI(url);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
