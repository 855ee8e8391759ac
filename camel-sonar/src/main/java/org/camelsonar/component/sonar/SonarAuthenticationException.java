package org.camelsonar.component.sonar;

/** Sonar refused the credentials (401) or the account may not use the API (403, e.g. no active subscription). */
public class SonarAuthenticationException extends SonarException {

    public SonarAuthenticationException(String message, int httpResponseCode, String error, String requestId) {
        super(message, httpResponseCode, error, requestId);
    }
}
