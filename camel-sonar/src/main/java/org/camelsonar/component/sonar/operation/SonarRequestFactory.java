package org.camelsonar.component.sonar.operation;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.camelsonar.component.sonar.client.SonarHttpClient;
import org.camelsonar.component.sonar.client.SonarJson;
import org.camelsonar.component.sonar.client.SonarRequest;
import org.camelsonar.component.sonar.error.SonarValidationException;
import org.camelsonar.component.sonar.operation.SonarOperation.Field;
import org.camelsonar.component.sonar.phone.PhoneNumberNormalizer;

/**
 * Builds the HTTP request of one exchange for one operation: each field is taken from its header, else from the
 * message body, else from the endpoint option, read and checked, and placed as {@link SonarOperation} says.
 * Anything wrong fails here, before any call, with a {@link SonarValidationException} naming where the bad value
 * came from.
 */
public final class SonarRequestFactory {

    private static final Set<String> RESERVED_HEADERS = Set.of(
            SonarHttpClient.TOKEN_HEADER.toLowerCase(Locale.ROOT),
            SonarHttpClient.PUBLISHABLE_KEY_HEADER.toLowerCase(Locale.ROOT), "content-type", "content-length", "host",
            "transfer-encoding");

    private final SonarOperation operation;
    private final String baseUrl;
    private final PhoneNumberNormalizer phones;
    private final String credential;
    // the endpoint's options, read once: each read value, or why it cannot be read (raised only when it is used)
    private final Map<Field, Object> optionValues = new EnumMap<>(Field.class);
    private final Map<Field, String> optionProblems = new EnumMap<>(Field.class);

    /**
     * @param baseUrl       Sonar's API base URL
     * @param defaultRegion the region of phone numbers written without a country code
     * @param options       the endpoint's option values, by option name ({@link Field#option()},
     *                      {@link SonarCredential#option()})
     */
    public SonarRequestFactory(SonarOperation operation, String baseUrl, String defaultRegion,
                               Function<String, Object> options) {
        this.operation = operation;
        this.baseUrl = baseUrl;
        this.phones = new PhoneNumberNormalizer(defaultRegion);
        this.credential = operation.credential().valueFrom(options);
        for (SonarWireField wire : operation.fields()) {
            Field field = wire.field();
            Object raw = field.option() == null ? null : field.kind().fromUri(options.apply(field.option()));
            if (raw != null) {
                try {
                    Object value = field.kind().read(raw, phones);
                    if (value != null) {
                        optionValues.put(field, value);
                    }
                } catch (IllegalArgumentException e) {
                    optionProblems.put(field, field.optionSource() + quote(raw) + " " + e.getMessage());
                }
            }
        }
    }

    /** The value of the operation's credential (token or publishable key); null when it is not set. */
    public String credential() {
        return credential;
    }

    /** The request for this exchange; a {@link SonarValidationException} when a value is missing or wrong. */
    public SonarRequest create(Exchange exchange) {
        if (credential == null || credential.isBlank()) {
            throw invalid("no " + operation.credential().option() + " is configured: set option '"
                          + operation.credential().option() + "' on the sonar component or endpoint");
        }
        Message message = exchange.getMessage();
        Map<String, Object> bodyFields = SonarBodyReader.fields(operation, message);
        Map<Field, Object> values = new EnumMap<>(Field.class);
        for (SonarWireField wire : operation.fields()) {
            Object value = resolve(wire, message, bodyFields);
            if (value != null) {
                values.put(wire.field(), value);
            }
        }
        checkRequired(values);

        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(operation.credential().header(), credential);
        headers.put("Accept", "application/json");
        if (operation == SonarOperation.API_CALL) {
            return apiCall(values, headers, message);
        }
        StringBuilder uri = new StringBuilder(baseUrl).append(expandPath(values));
        appendQuery(uri, queryParameters(values));
        Map<String, Object> body = new LinkedHashMap<>();
        operation.fields().stream()
                .filter(wire -> wire.placement() == SonarWireField.Placement.BODY && values.containsKey(wire.field()))
                .forEach(wire -> body.put(wire.wireName(), values.get(wire.field())));
        byte[] json = body.isEmpty() ? null : SonarJson.bytes(body);
        return new SonarRequest(operation.method(), URI.create(uri.toString()), headers, json);
    }

    /** Header, then body field, then option: the first that is set wins; a blank value counts as not set. */
    private Object resolve(SonarWireField wire, Message message, Map<String, Object> bodyFields) {
        Field field = wire.field();
        if (field.header() != null && message.getHeader(field.header()) != null) {
            Object value = read(field, message.getHeader(field.header()), "header " + field.header());
            if (value != null) {
                return value;
            }
        }
        if (wire.placement() != SonarWireField.Placement.CALL && bodyFields.get(wire.wireName()) != null) {
            String source = operation.bodyRole().isText(message.getBody()) ? "message body"
                            : "body field '" + wire.wireName() + "'";
            Object value = read(field, bodyFields.get(wire.wireName()), source);
            if (value != null) {
                return value;
            }
        }
        String problem = optionProblems.get(field);
        if (problem != null) {
            throw invalid(problem);
        }
        return optionValues.get(field);
    }

    private Object read(Field field, Object raw, String source) {
        try {
            return field.kind().read(raw, phones);
        } catch (IllegalArgumentException e) {
            throw invalid(source + quote(raw) + " " + e.getMessage());
        }
    }

    private void checkRequired(Map<Field, Object> values) {
        for (List<Field> oneOf : operation.required()) {
            if (oneOf.stream().noneMatch(values::containsKey)) {
                String names = oneOf.stream().map(Field::option).collect(Collectors.joining(" or "));
                String how = oneOf.stream().map(Field::describe).collect(Collectors.joining(", or "));
                String body = operation.bodyRole() == SonarBodyRole.TEXT && oneOf.contains(Field.TEXT)
                        ? " (a String message body is the text)" : "";
                throw invalid(names + " is required: set " + how + body);
            }
        }
    }

    private String expandPath(Map<Field, Object> values) {
        String path = operation.path();
        for (SonarWireField wire : operation.fields()) {
            if (wire.placement() == SonarWireField.Placement.PATH) {
                String segment = URLEncoder.encode(values.get(wire.field()).toString(), StandardCharsets.UTF_8)
                        .replace("+", "%20");
                path = path.replace("{" + wire.wireName() + "}", segment);
            }
        }
        return path;
    }

    private Map<String, Object> queryParameters(Map<Field, Object> values) {
        Map<String, Object> query = new LinkedHashMap<>();
        operation.fields().stream()
                .filter(wire -> wire.placement() == SonarWireField.Placement.QUERY && values.containsKey(wire.field()))
                .forEach(wire -> query.put(wire.wireName(), values.get(wire.field())));
        return query;
    }

    private SonarRequest apiCall(Map<Field, Object> values, Map<String, String> headers, Message message) {
        String path = values.get(Field.PATH).toString();
        if (!path.startsWith("/") || path.startsWith("//") || path.contains("://")) {
            throw invalid(Field.PATH.describe() + quote(path)
                          + " must be a path relative to the base URL, starting with / (e.g. /v1/webhooks)");
        }
        String method = (String) values.getOrDefault(Field.HTTP_METHOD, "GET");
        StringBuilder uri = new StringBuilder(baseUrl).append(path);
        Object query = values.get(Field.QUERY);
        if (query instanceof Map<?, ?> parameters) {
            Map<String, Object> encoded = new LinkedHashMap<>();
            parameters.forEach((name, value) -> encoded.put(String.valueOf(name), value));
            appendQuery(uri, encoded);
        } else if (query != null) {
            uri.append(uri.indexOf("?") < 0 ? '?' : '&').append(query);
        }
        Object extra = values.get(Field.HTTP_HEADERS);
        if (extra instanceof Map<?, ?> extraHeaders) {
            extraHeaders.forEach((name, value) -> {
                if (RESERVED_HEADERS.contains(String.valueOf(name).toLowerCase(Locale.ROOT))) {
                    throw invalid("header " + Field.HTTP_HEADERS.header() + " may not set " + name
                                  + ": the component sets it");
                }
                if (value != null) {
                    headers.put(String.valueOf(name), value.toString());
                }
            });
        }
        byte[] body = "GET".equals(method) ? null : SonarBodyReader.payload(message);
        try {
            return new SonarRequest(method, URI.create(uri.toString()), headers, body);
        } catch (IllegalArgumentException e) {
            throw invalid(Field.PATH.describe() + " or " + Field.QUERY.describe()
                          + " does not form a valid URI: " + e.getMessage());
        }
    }

    private static void appendQuery(StringBuilder uri, Map<String, Object> parameters) {
        char separator = uri.indexOf("?") < 0 ? '?' : '&';
        for (Map.Entry<String, Object> parameter : parameters.entrySet()) {
            if (parameter.getValue() == null) {
                continue;
            }
            uri.append(separator).append(encode(parameter.getKey())).append('=')
                    .append(encode(parameter.getValue().toString()));
            separator = '&';
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    SonarValidationException invalid(String problem) {
        return SonarValidationException.beforeCall(operation.uri(), problem);
    }

    /** The offending value, shortened; never a credential, since credentials are not fields. */
    private static String quote(Object raw) {
        if (raw instanceof Map || raw instanceof Iterable) {
            return "";
        }
        String text = String.valueOf(raw);
        return " '" + (text.length() > 64 ? text.substring(0, 61) + "..." : text) + "'";
    }
}
