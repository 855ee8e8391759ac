package org.camelsonar.component.sonar.error;

/**
 * The request is invalid: Sonar answered 400 or 422, or the component refused it before calling Sonar (a missing
 * required value, a number that cannot be a phone number). In the latter case the HTTP code is 0 and the message
 * names where the bad value came from: an option, a header or a body field.
 */
public class SonarValidationException extends SonarException {

    public SonarValidationException(String message, int httpResponseCode, String error, String requestId) {
        super(message, httpResponseCode, error, requestId);
    }

    /** A request refused before any call to Sonar. */
    public static SonarValidationException beforeCall(String operation, String problem) {
        return new SonarValidationException("Invalid Sonar " + operation + " request: " + problem, 0, problem, null);
    }
}
