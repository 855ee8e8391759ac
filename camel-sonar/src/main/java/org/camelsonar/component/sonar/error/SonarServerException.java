package org.camelsonar.component.sonar.error;

import java.time.Duration;

/** Sonar answered 5xx. A 503 may carry a {@code Retry-After}. */
public class SonarServerException extends SonarException {

    public SonarServerException(String message, int httpResponseCode, String error, String requestId,
                                Duration retryAfter) {
        super(message, httpResponseCode, error, requestId, retryAfter);
    }

    @Override
    public boolean isRetryable() {
        return true;
    }
}
