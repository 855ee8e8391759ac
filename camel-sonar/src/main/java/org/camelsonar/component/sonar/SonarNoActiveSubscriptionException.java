package org.camelsonar.component.sonar;

public class SonarNoActiveSubscriptionException extends SonarAccountStateException {
    public SonarNoActiveSubscriptionException(String message, int status, String error, String requestId) {
        super(message, status, error, requestId);
    }
}
