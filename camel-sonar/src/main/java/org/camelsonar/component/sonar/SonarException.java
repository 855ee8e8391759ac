package org.camelsonar.component.sonar;

import java.time.Duration;

import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.HttpResponseAware;

/**
 * A Sonar call that did not succeed: Sonar answered with a non-2xx status, or the request was refused before any
 * call was made (see {@link SonarValidationException}). Subclasses name the failures that are handled differently.
 * The message carries Sonar's {@code error} text and request id, never a credential.
 */
public class SonarException extends RuntimeCamelException implements HttpResponseAware {

    private int httpResponseCode;
    private String httpResponseStatus;
    private final String error;
    private final String requestId;
    public static final int MAX_RESPONSE_BODY = 4096;
    private String responseBody;

    public String getResponseBody() {
        return responseBody;
    }

    public SonarException(String message, int httpResponseCode, String error, String requestId) {
        super(message);
        this.httpResponseCode = httpResponseCode;
        this.error = error;
        this.requestId = requestId;
    }

    /** Maps a non-2xx answer to the exception class a route author catches for it. */
    public static SonarException forResponse(String operation, int status, String error, String requestId,
                                             Duration retryAfter) {
        String message = "Sonar " + operation + " failed with HTTP " + status + (error != null ? ": " + error : "")
                         + (requestId != null ? " (request id " + requestId + ")" : "");
        if (status == 401 || status == 403) {
            return new SonarAuthenticationException(message, status, error, requestId);
        } else if (status == 400 || status == 422) {
            return new SonarValidationException(message, status, error, requestId);
        } else if (status == 404) {
            return new SonarNotFoundException(message, error, requestId);
        } else if (status == 429) {
            return new SonarRateLimitException(message, error, requestId, retryAfter);
        } else if (status >= 500) {
            return new SonarServerException(message, status, error, requestId, retryAfter);
        }
        return new SonarException(message, status, error, requestId);
    }

    /** Sonar's own {@code error} text, or null when the answer carried none. */
    public String getError() {
        return error;
    }

    /** Sonar's {@code X-Request-Id} for this call, to quote to Sonar's support; null before any call was made. */
    public String getRequestId() {
        return requestId;
    }

    /**
     * Whether sending the same request again may succeed: rate limits and server errors. A send that failed this
     * way may still have reached Sonar, so repeating a message/send or campaign/send is the caller's decision.
     */
    public boolean isRetryable() {
        // 408: Sonar (or a proxy in front of it) gave up waiting for the request; nothing was processed
        return httpResponseCode == 408;
    }

    /** HTTP status of Sonar's answer; 0 when the request was refused before any call. */
    @Override
    public int getHttpResponseCode() {
        return httpResponseCode;
    }

    @Override
    public void setHttpResponseCode(int code) {
        this.httpResponseCode = code;
    }

    @Override
    public String getHttpResponseStatus() {
        return httpResponseStatus;
    }

    @Override
    public void setHttpResponseStatus(String status) {
        this.httpResponseStatus = status;
    }
}
