package org.camelsonar.component.sonar;

import java.io.IOException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import com.fasterxml.jackson.databind.JsonNode;
import org.camelsonar.component.sonar.client.SonarJson;
import org.camelsonar.component.sonar.client.SonarResponse;

/** Reads a non-2xx answer of Sonar into the matching {@link SonarException}. */
public final class SonarErrors {

    private SonarErrors() {
    }

    /** The exception for a non-2xx answer to the named call. */
    public static SonarException of(String call, SonarResponse response) {
        SonarException failure = SonarException.forResponse(call, response.status(), errorText(response),
                response.requestId(), retryAfter(response.retryAfter()));
        failure.setHttpResponseStatus(response.reason());
        return failure;
    }

    /** Sonar's {"error": "..."} text; a short non-JSON body as it is; null otherwise. */
    static String errorText(SonarResponse response) {
        if (!response.hasBody()) {
            return null;
        }
        try {
            JsonNode node = SonarJson.mapper().readTree(response.body());
            if (node != null && node.hasNonNull("error")) {
                return node.get("error").asText();
            }
        } catch (IOException notJson) {
            String text = response.bodyText().strip();
            return text.length() > 200 ? text.substring(0, 200) + "..." : text;
        }
        return null;
    }

    /** Retry-After in seconds or as an HTTP date; null when absent or unreadable. */
    static Duration retryAfter(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(header.trim())));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime when = ZonedDateTime.parse(header.trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration wait = Duration.between(ZonedDateTime.now(when.getZone()), when);
                return wait.isNegative() ? Duration.ZERO : wait;
            } catch (DateTimeParseException notDate) {
                return null;
            }
        }
    }
}
