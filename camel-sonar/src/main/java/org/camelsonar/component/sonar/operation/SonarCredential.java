package org.camelsonar.component.sonar.operation;

import java.util.function.Function;

import org.camelsonar.component.sonar.client.SonarHttpClient;

/** Which of the account's two credentials an operation is authorised with, and the header carrying it. */
public enum SonarCredential {

    /** The private token, for everything but the available number. */
    TOKEN(SonarHttpClient.TOKEN_HEADER, "token"),
    /** The browser-safe publishable key, only for phoneNumber/available. */
    PUBLISHABLE_KEY(SonarHttpClient.PUBLISHABLE_KEY_HEADER, "publishableKey");

    private final String header;
    private final String option;

    SonarCredential(String header, String option) {
        this.header = header;
        this.option = option;
    }

    public String header() {
        return header;
    }

    /** The option that holds it, for the error when it is missing. */
    public String option() {
        return option;
    }

    /** Its value among the endpoint's option values, read by option name; null when unset. */
    public String valueFrom(Function<String, Object> options) {
        Object value = options.apply(option);
        return value == null ? null : value.toString();
    }
}
