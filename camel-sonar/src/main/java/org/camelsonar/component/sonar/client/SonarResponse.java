package org.camelsonar.component.sonar.client;

import java.nio.charset.StandardCharsets;

/**
 * Sonar's answer, as received.
 *
 * @param status     HTTP status code
 * @param reason     HTTP reason phrase, may be null
 * @param requestId  the X-Request-Id header, may be null
 * @param retryAfter the Retry-After header, may be null
 * @param body       the body bytes, empty when there was none
 */
public record SonarResponse(int status, String reason, String requestId, String retryAfter, byte[] body) {

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    public boolean hasBody() {
        return body != null && body.length > 0;
    }

    public String bodyText() {
        return body == null ? "" : new String(body, StandardCharsets.UTF_8);
    }
}
