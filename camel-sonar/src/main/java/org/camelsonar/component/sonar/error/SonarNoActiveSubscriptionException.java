package org.camelsonar.component.sonar.error;

/** Sonar answered 403 {@code No Active Subscription}: the account has no paid plan. Not retryable. */
public class SonarNoActiveSubscriptionException extends SonarAccountStateException {

    public SonarNoActiveSubscriptionException(String message, int httpResponseCode, String error, String requestId) {
        super(SonarAccountState.NO_ACTIVE_SUBSCRIPTION, message, httpResponseCode, error, requestId);
    }
}
