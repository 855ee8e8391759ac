package org.camelsonar.component.sonar.error;

/**
 * Sonar refused the call because of the state of the account, not the credential: no active subscription, or the
 * API disabled for the company ({@link #getAccountState()}). Not retryable: the cure is in Sonar's billing or
 * settings. Not a {@link SonarAuthenticationException}, so that a handler that rotates or reports bad credentials
 * does not fire for it.
 */
public abstract class SonarAccountStateException extends SonarException {

    private final SonarAccountState accountState;

    protected SonarAccountStateException(SonarAccountState accountState, String message, int httpResponseCode,
                                         String error, String requestId) {
        super(message, httpResponseCode, error, requestId);
        this.accountState = accountState;
    }

    /** Which state: the same for every instance of a subclass. */
    public SonarAccountState getAccountState() {
        return accountState;
    }
}
