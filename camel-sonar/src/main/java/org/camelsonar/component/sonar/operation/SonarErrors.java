package org.camelsonar.component.sonar.operation;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.camelsonar.component.sonar.client.SonarResponse;
import org.camelsonar.component.sonar.error.SonarException;

/**
 * Reads a non-2xx answer of Sonar into the matching {@link SonarException}: for the producers and the webhook
 * registration alike.
 */
public final class SonarErrors {

    private SonarErrors() {
    }

    /**
     * The exception for a non-2xx answer to the named call. The body is read here, once: callers that need the
     * error text too (the health check) take it from the exception.
     */
    public static SonarException of(String call, SonarResponse response) {
        SonarErrorBody.Read body = SonarErrorBody.read(response.body());
        SonarException failure = SonarException.forResponse(call, response.status(), body.error(),
                response.requestId(), retryAfter(response.retryAfter()), body.body());
        failure.setHttpResponseStatus(response.reason());
        return failure;
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
