package org.camelsonar.component.sonar.operation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camelsonar.component.sonar.client.SonarJson;
import org.camelsonar.component.sonar.error.SonarException;

/**
 * Reads the error text out of a failed answer's body, whatever its shape: Sonar's {@code {"error":"..."}}, an
 * {@code error} object, an {@code errors} list or map, {@code message}, an RFC 9457 problem ({@code detail},
 * {@code title}), a JSON string, plain text, or the HTML error page of a proxy or load balancer (its title, else its
 * text without tags). The text is kept short for exception messages; the body itself is kept, capped, for
 * {@link SonarException#getResponseBody()}.
 */
final class SonarErrorBody {

    /** The longest error text put in an exception message. */
    static final int MAX_TEXT = 200;
    /** How much of a body is looked at: an error page is short, and a huge one says nothing more. */
    private static final int MAX_SCANNED = 64 * 1024;
    /** The fields that carry the text, in the order they are looked for. */
    private static final List<String> TEXT_FIELDS = List.of("error", "errors", "message", "detail", "title",
            "error_description", "description");

    private static final Pattern TITLE = Pattern.compile("<title[^>]*>(.*?)</title>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern INVISIBLE = Pattern.compile("<(script|style|head)\\b.*?</\\1\\s*>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,6});");
    private static final Map<String, String> ENTITIES = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"",
            "apos", "'", "nbsp", " ");

    /**
     * @param error the short error text, null when the body had none
     * @param body  the body as text, capped at {@link SonarException#MAX_RESPONSE_BODY} characters; null when empty
     */
    record Read(String error, String body) {
    }

    private SonarErrorBody() {
    }

    static Read read(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return new Read(null, null);
        }
        String text = new String(bytes, 0, Math.min(bytes.length, MAX_SCANNED), StandardCharsets.UTF_8);
        String error = errorText(text.strip());
        return new Read(error == null || error.isEmpty() ? null : shorten(error, MAX_TEXT),
                shorten(text, SonarException.MAX_RESPONSE_BODY));
    }

    private static String errorText(String text) {
        if (text.isEmpty()) {
            return null;
        }
        char first = text.charAt(0);
        if (first == '{' || first == '[' || first == '"') {
            try {
                JsonNode json = SonarJson.mapper().readTree(text);
                if (json != null) {
                    return describe(json);
                }
            } catch (IOException notJson) {
                // read as text below
            }
        }
        if (first == '<' || text.regionMatches(true, 0, "<!doctype", 0, 9)) {
            return html(text);
        }
        return collapse(text);
    }

    /** The text of a JSON value: a known field of an object, the items of a list, the value of a scalar. */
    private static String describe(JsonNode node) {
        if (node.isNull() || node.isMissingNode()) {
            return null;
        } else if (node.isValueNode()) {
            return node.asText();
        } else if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(item -> {
                String text = item.isObject() && item.hasNonNull("field")
                        ? item.get("field").asText() + ": " + describe(withoutField(item)) : describe(item);
                if (text != null && !text.isBlank()) {
                    items.add(text);
                }
            });
            return String.join(", ", items);
        }
        for (String field : TEXT_FIELDS) {
            JsonNode value = node.get(field);
            if (value != null && !value.isNull()) {
                String text = "errors".equals(field) && value.isObject() && !hasTextField(value)
                        ? perField(value) : describe(value);
                if (text != null && !text.isBlank()) {
                    return text;
                }
            }
        }
        return node.toString();
    }

    /** Rails' {@code {"errors":{"to":["is missing"]}}}: each field with each of its messages. */
    private static String perField(JsonNode errors) {
        List<String> items = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = errors.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getValue().isArray()) {
                field.getValue().forEach(message -> items.add(field.getKey() + " " + describe(message)));
            } else {
                items.add(field.getKey() + " " + describe(field.getValue()));
            }
        }
        return String.join(", ", items);
    }

    private static boolean hasTextField(JsonNode node) {
        return TEXT_FIELDS.stream().anyMatch(node::has);
    }

    private static JsonNode withoutField(JsonNode item) {
        ObjectNode copy = item.deepCopy();
        copy.remove("field");
        return copy;
    }

    /** An error page: its title, else its visible text. */
    private static String html(String page) {
        Matcher title = TITLE.matcher(page);
        if (title.find()) {
            String text = collapse(decode(TAG.matcher(title.group(1)).replaceAll(" ")));
            if (!text.isEmpty()) {
                return text;
            }
        }
        String visible = TAG.matcher(INVISIBLE.matcher(page).replaceAll(" ")).replaceAll(" ");
        return collapse(decode(visible));
    }

    private static String decode(String text) {
        Matcher entity = ENTITY.matcher(text);
        StringBuilder decoded = new StringBuilder();
        while (entity.find()) {
            String name = entity.group(1);
            String value;
            if (name.startsWith("#")) {
                int code = name.startsWith("#x") ? Integer.parseInt(name.substring(2), 16)
                        : Integer.parseInt(name.substring(1));
                value = Character.isValidCodePoint(code) ? new String(Character.toChars(code)) : entity.group();
            } else {
                value = ENTITIES.getOrDefault(name.toLowerCase(Locale.ROOT), entity.group());
            }
            entity.appendReplacement(decoded, Matcher.quoteReplacement(value));
        }
        entity.appendTail(decoded);
        return decoded.toString();
    }

    private static String collapse(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /** At most {@code max} characters, then "..."; never cuts a surrogate pair in two. */
    static String shorten(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end) + "...";
    }
}
