package org.camelsonar.live;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Plain HTTP calls for the credential and body forms the component never sends: the gem's {@code Token} header,
 * the {@code token} query parameter and form-encoded bodies. The component always sends {@code X-Token} and JSON
 * (its api/call refuses to override them), so these checks go around it on purpose, with the JDK's client.
 */
final class RawSonar {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String baseUrl;
    private final String token;

    RawSonar(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    /** GET with the token in a {@code Token} header. */
    Outcome getWithTokenHeader(Evidence row, String path, Map<String, String> query) {
        return send(row, HttpRequest.newBuilder(uri(path, query)).header("Token", token).GET());
    }

    /** GET with the token as the {@code token} query parameter, no header. */
    Outcome getWithTokenQuery(Evidence row, String path, Map<String, String> query) {
        Map<String, String> withToken = new LinkedHashMap<>(query);
        withToken.put("token", token);
        return send(row, HttpRequest.newBuilder(uri(path, withToken)).GET());
    }

    /** A form-encoded body, Rails style, with the token in a {@code Token} header, as the official gem sends it. */
    Outcome formWithTokenHeader(Evidence row, String method, String path, Map<String, String> form) {
        String body = encode(form);
        return send(row, HttpRequest.newBuilder(uri(path, Map.of())).header("Token", token)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    private Outcome send(Evidence row, HttpRequest.Builder request) {
        request.header("Accept", "application/json").timeout(Duration.ofSeconds(30));
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String requestId = response.headers().firstValue("X-Request-Id").orElse(null);
            row.requestId(requestId);
            Object body = parse(response.body());
            String error = response.statusCode() >= 300 && body instanceof Map<?, ?> map && map.get("error") != null
                    ? String.valueOf(map.get("error")) : null;
            return new Outcome(response.statusCode(), body, requestId, error);
        } catch (IOException e) {
            // the token may travel in the query here: keep it out of the report whatever the message holds
            String message = String.valueOf(e.getMessage()).replace(token, "***");
            return new Outcome(0, null, null, e.getClass().getSimpleName() + ": " + message);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(0, null, null, "interrupted");
        }
    }

    private URI uri(String path, Map<String, String> query) {
        return URI.create(baseUrl + path + (query.isEmpty() ? "" : "?" + encode(query)));
    }

    private static String encode(Map<String, String> values) {
        return values.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                          + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static Object parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return JSON.readValue(body, Object.class);
        } catch (IOException e) {
            return body;
        }
    }
}
