package org.camelsonar.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One parsed API request. As in Rails, query parameters and body fields are merged into one set of params
 * (body wins); a body may be JSON or form-encoded. Header names are lower-case.
 */
final class ApiRequest {

    private final String method;
    private final String path;
    private final Map<String, List<String>> headers;
    private final ObjectNode params;
    private final Map<String, String> pathParams;

    private ApiRequest(String method, String path, Map<String, List<String>> headers, ObjectNode params,
                       Map<String, String> pathParams) {
        this.method = method;
        this.path = path;
        this.headers = headers;
        this.params = params;
        this.pathParams = pathParams;
    }

    static ApiRequest parse(String method, String path, String rawQuery, Map<String, List<String>> headers,
                            String body) {
        ObjectNode params = FormDecoder.decode(rawQuery);
        if (body != null && !body.isBlank()) {
            params.setAll(parseBody(body, first(headers, "content-type")));
        }
        return new ApiRequest(method, path, headers, params, Map.of());
    }

    private static ObjectNode parseBody(String body, String contentType) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.startsWith("application/x-www-form-urlencoded")) {
            return FormDecoder.decode(body);
        }
        JsonNode json = Json.parseOrNull(body);
        if (json == null && !type.contains("json")) {
            return FormDecoder.decode(body);
        }
        if (json instanceof ObjectNode object) {
            return object;
        }
        throw new ApiException(400, "Malformed JSON body: an object is expected");
    }

    ApiRequest withPathParams(Map<String, String> values) {
        return new ApiRequest(method, path, headers, params, Map.copyOf(values));
    }

    String method() {
        return method;
    }

    String path() {
        return path;
    }

    String header(String name) {
        return first(headers, name.toLowerCase(Locale.ROOT));
    }

    String pathParam(String name) {
        return pathParams.get(name);
    }

    boolean has(String field) {
        return params.has(field);
    }

    /** The raw node, {@code null} when absent. */
    JsonNode node(String field) {
        return params.get(field);
    }

    /** A field as text: {@code null} when absent or null; numbers and booleans as written; objects as JSON. */
    String text(String field) {
        return asText(params.get(field));
    }

    boolean isBlank(String field) {
        String value = text(field);
        return value == null || value.isBlank();
    }

    /** The given fields that are absent or blank, in the given order. */
    List<String> missing(String... fields) {
        List<String> missing = new ArrayList<>();
        for (String field : fields) {
            if (isBlank(field)) {
                missing.add(field);
            }
        }
        return missing;
    }

    static String asText(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        return node.isValueNode() ? node.asText() : node.toString();
    }

    /** Booleans as Rails casts them: true/false, "true"/"false", "1"/"0". */
    static Boolean asBoolean(JsonNode node, String field) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        return switch (node.asText().trim().toLowerCase(Locale.ROOT)) {
            case "true", "1" -> Boolean.TRUE;
            case "false", "0" -> Boolean.FALSE;
            default -> throw ApiException.invalid(field);
        };
    }

    private static String first(Map<String, List<String>> headers, String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
