package org.camelsonar.component.sonar.error;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;

/**
 * No answer from Sonar: the connection could not be made, was reset, or the answer did not come within
 * {@code responseTimeout}. The I/O failure is the cause. A send may or may not have reached Sonar.
 */
public class SonarConnectionException extends SonarException {

    /** @param call what got no answer, for the message: {@code message/send}, {@code webhook GET /v1/webhooks} */
    public SonarConnectionException(String call, Throwable cause) {
        super("Sonar " + call + " failed: " + describe(cause), 0, null, null);
        initCause(cause);
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
