package org.camelsonar.component.sonar.error;

import java.util.Locale;

/**
 * A state of the Sonar account that keeps it from using the API, although the credential is right. Sonar answers
 * 403 with one of the error texts below (recorded by Sonar's own Ruby client); the cure is in Sonar's billing or
 * settings, not in the token, and repeating the call does not help.
 */
public enum SonarAccountState {

    /** 403 {@code No Active Subscription}: the Sonar account has no paid plan. */
    NO_ACTIVE_SUBSCRIPTION("No Active Subscription", "the Sonar account has no active subscription"),
    /** 403 {@code Api Disabled For Company}: API access is turned off for the account. */
    API_DISABLED("Api Disabled For Company", "API access is disabled for the Sonar account");

    private final String error;
    private final String description;

    SonarAccountState(String error, String description) {
        this.error = error;
        this.description = description;
    }

    /** Sonar's error text for this state. */
    public String error() {
        return error;
    }

    /** What the state means, for a person: e.g. "the Sonar account has no active subscription". */
    public String description() {
        return description;
    }

    /**
     * The account state a refusal names: a 401 or 403 whose error text is one of the states' (ignoring case and
     * surrounding blanks); null for anything else.
     */
    public static SonarAccountState of(int status, String error) {
        if ((status != 401 && status != 403) || error == null) {
            return null;
        }
        String text = error.strip().toLowerCase(Locale.ROOT);
        for (SonarAccountState state : values()) {
            if (state.error.toLowerCase(Locale.ROOT).equals(text)) {
                return state;
            }
        }
        return null;
    }

    SonarAccountStateException exception(String message, int status, String error, String requestId) {
        return switch (this) {
            case NO_ACTIVE_SUBSCRIPTION -> new SonarNoActiveSubscriptionException(message, status, error, requestId);
            case API_DISABLED -> new SonarApiDisabledException(message, status, error, requestId);
        };
    }
}
