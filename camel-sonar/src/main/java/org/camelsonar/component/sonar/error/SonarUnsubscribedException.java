package org.camelsonar.component.sonar.error;

/**
 * With {@code failOnUnsubscribed=true}: Sonar accepted the send (2xx) but did not send it, because the customer
 * opted out.
 */
public class SonarUnsubscribedException extends SonarException {

    public SonarUnsubscribedException(String operation, int httpResponseCode, String requestId) {
        super("Sonar " + operation + " was not sent: the customer is unsubscribed"
              + (requestId != null ? " (request id " + requestId + ")" : ""),
              httpResponseCode, "unsubscribed", requestId);
    }
}
