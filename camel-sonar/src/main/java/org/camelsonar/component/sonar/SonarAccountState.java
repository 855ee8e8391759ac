package org.camelsonar.component.sonar;

public enum SonarAccountState {
    NO_ACTIVE_SUBSCRIPTION,
    API_DISABLED;

    public static SonarAccountState of(int status, String error) {
        return null;
    }
}
