package org.camelsonar.component.sonar.error;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;

/**
 * No answer from Sonar: the connection could not be made, was reset, or the answer did not come within
 * {@code responseTimeout}. The I/O failure is the cause. A send may or may not have reached Sonar.
 */
public class SonarConnectionException extends SonarException {

    /** No answer to an operation ({@code message/send}), which {@link #getOperation()} then names. */
    public SonarConnectionException(String operation, Throwable cause) {
        this(operation, cause, true);
    }

    private SonarConnectionException(String call, Throwable cause, boolean operation) {
        super("Sonar " + call + " failed: " + describe(cause), 0, null, null);
        initCause(cause);
        if (operation) {
            withOperation(call);
        }
    }

    /** No answer to a webhook call ("webhook GET /v1/webhooks"), which is no operation. */
    public static SonarConnectionException ofWebhookCall(String call, Throwable cause) {
        return new SonarConnectionException(call, cause, false);
    }

    private static String describe(Throwable cause) {
        if (cause instanceof SocketTimeoutException) {
            return "no answer within responseTimeout (" + cause.getMessage() + ")";
        } else if (cause instanceof ConnectException) {
            return "could not connect (" + cause.getMessage() + ")";
        } else if (cause instanceof UnknownHostException) {
            return "unknown host " + cause.getMessage();
        }
        return "the connection failed (" + cause + ")";
    }

    @Override
    public boolean isRetryable() {
        return true;
    }
}
