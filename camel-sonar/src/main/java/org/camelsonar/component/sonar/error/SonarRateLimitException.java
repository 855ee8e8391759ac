package org.camelsonar.component.sonar.error;

import java.time.Duration;

/** Sonar answered 429. {@link #getRetryAfter()} tells how long Sonar asked to wait, when it said. */
public class SonarRateLimitException extends SonarException {

    public SonarRateLimitException(String message, String error, String requestId, Duration retryAfter) {
        super(message, 429, error, requestId, retryAfter);
    }

    @Override
    public boolean isRetryable() {
        return true;
    }
}
