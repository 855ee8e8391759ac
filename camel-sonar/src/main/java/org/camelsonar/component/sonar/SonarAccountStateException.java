package org.camelsonar.component.sonar;

public abstract class SonarAccountStateException extends SonarException {
    protected SonarAccountStateException(String message, int status, String error, String requestId) {
        super(message, status, error, requestId);
    }

    public SonarAccountState getAccountState() {
        return null;
    }
}
