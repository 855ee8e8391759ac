package org.camelsonar.component.sonar.error;

/**
 * Sonar refused the credentials: 401, or 403 for anything but an account state (those are
 * {@link SonarAccountStateException}s).
 */
public class SonarAuthenticationException extends SonarException {

    public SonarAuthenticationException(String message, int httpResponseCode, String error, String requestId) {
        super(message, httpResponseCode, error, requestId);
    }
}
