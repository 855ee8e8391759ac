package org.camelsonar.component.sonar;

public class SonarApiDisabledException extends SonarAccountStateException {
    public SonarApiDisabledException(String message, int status, String error, String requestId) {
        super(message, status, error, requestId);
    }
}
