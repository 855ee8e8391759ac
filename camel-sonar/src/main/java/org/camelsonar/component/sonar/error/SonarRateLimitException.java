package org.camelsonar.component.sonar.error;

import java.time.Duration;

/** Sonar answered 429. {@link #getRetryAfter()} tells how long Sonar asked to wait, when it said. */
public class SonarRateLimitException extends SonarException {

    private final Duration retryAfter;

    public SonarRateLimitException(String message, String error, String requestId, Duration retryAfter) {
        super(message, 429, error, requestId);
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
