package org.camelsonar.component.sonar.error;

/** Sonar answered 404: the customer, conversation, campaign or path does not exist. */
public class SonarNotFoundException extends SonarException {

    public SonarNotFoundException(String message, String error, String requestId) {
        super(message, 404, error, requestId);
    }
}
