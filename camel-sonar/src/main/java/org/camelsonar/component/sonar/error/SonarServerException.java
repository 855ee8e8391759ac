package org.camelsonar.component.sonar.error;

import java.time.Duration;

/** Sonar answered 5xx. A 503 may carry a {@code Retry-After}. */
public class SonarServerException extends SonarException {

    private final Duration retryAfter;

    public SonarServerException(String message, int httpResponseCode, String error, String requestId,
                                Duration retryAfter) {
        super(message, httpResponseCode, error, requestId);
        this.retryAfter = retryAfter;
    }

    /** The wait Sonar asked for in its {@code Retry-After} header, or null when it sent none. */
    public Duration getRetryAfter() {
        return retryAfter;
    }

    @Override
    public boolean isRetryable() {
        return true;
    }
}
