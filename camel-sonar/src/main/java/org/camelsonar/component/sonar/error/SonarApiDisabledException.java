package org.camelsonar.component.sonar.error;

/** Sonar answered 403 {@code Api Disabled For Company}: API access is turned off for the account. Not retryable. */
public class SonarApiDisabledException extends SonarAccountStateException {

    public SonarApiDisabledException(String message, int httpResponseCode, String error, String requestId) {
        super(SonarAccountState.API_DISABLED, message, httpResponseCode, error, requestId);
    }
}
