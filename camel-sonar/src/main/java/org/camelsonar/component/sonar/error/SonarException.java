package org.camelsonar.component.sonar.error;

import java.time.Duration;

import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.HttpResponseAware;

/**
 * A Sonar call that did not succeed: Sonar answered with a non-2xx status, or the request was refused before any
 * call was made (see {@link SonarValidationException}). Subclasses name the failures that are handled differently.
 * The message carries a short error text read from Sonar's answer and the request id, never a credential; the
 * answer's body is in {@link #getResponseBody()}.
 */
public class SonarException extends RuntimeCamelException implements HttpResponseAware {

    /** The most characters of Sonar's answer kept in {@link #getResponseBody()}. */
    public static final int MAX_RESPONSE_BODY = 4096;

    private int httpResponseCode;
    private String httpResponseStatus;
    private final String error;
    private final String requestId;
    private String responseBody;
    private String operation;
    private final Duration retryAfter;

    public SonarException(String message, int httpResponseCode, String error, String requestId) {
        this(message, httpResponseCode, error, requestId, null);
    }

    /** With the wait Sonar asked for in its {@code Retry-After} header (429 and 503 carry one). */
    protected SonarException(String message, int httpResponseCode, String error, String requestId,
                             Duration retryAfter) {
        super(message);
        this.httpResponseCode = httpResponseCode;
        this.error = error;
        this.requestId = requestId;
        this.retryAfter = retryAfter;
    }

    /** The wait Sonar asked for in its {@code Retry-After} header, or null when it sent none. */
    public Duration getRetryAfter() {
        return retryAfter;
    }

    /**
     * Maps a non-2xx answer to the exception class a route author catches for it: the one place that decides it.
     * A 401 or 403 whose error is one of Sonar's account states ({@link SonarAccountState}) is a
     * {@link SonarAccountStateException}, not an authentication failure.
     *
     * @param responseBody the answer's body as received (see {@link #getResponseBody()}); null for none
     */
    public static SonarException forResponse(String call, int status, String error, String requestId,
                                             Duration retryAfter, String responseBody) {
        String message = "Sonar " + call + " failed with HTTP " + status + (error != null ? ": " + error : "")
                         + (requestId != null ? " (request id " + requestId + ")" : "");
        SonarException failure = byStatus(message, status, error, requestId, retryAfter);
        failure.responseBody = responseBody;
        return failure;
    }

    private static SonarException byStatus(String message, int status, String error, String requestId,
                                           Duration retryAfter) {
        SonarAccountState accountState = SonarAccountState.of(status, error);
        if (accountState != null) {
            return accountState.exception(message, status, error, requestId);
        } else if (status == 401 || status == 403) {
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

    /**
     * Sonar's error text, read from its answer whatever the shape ({@code {"error":"..."}}, an {@code errors} list,
     * {@code message}, plain text, the title of a proxy's HTML page...), at most 200 characters; for a request
     * refused before the call, the reason; null when the answer carried none.
     */
    public String getError() {
        return error;
    }

    /**
     * The body of Sonar's non-2xx answer as text, as received (at most {@link #MAX_RESPONSE_BODY} characters, then
     * "..."); null when there was none or no answer. Sonar does not echo credentials; the body is not logged by the
     * component.
     */
    public String getResponseBody() {
        return responseBody;
    }

    /**
     * The operation that failed, as in its URI ({@code message/send}), when a {@code sonar:} producer raised it; null
     * otherwise (e.g. a webhook registration). Retry decisions read it instead of parsing endpoint URIs.
     */
    public String getOperation() {
        return operation;
    }

    /**
     * Names the operation that failed: for the component's producer, which sets it once as it puts the exception on
     * the exchange; later calls leave it as it is.
     */
    public SonarException withOperation(String uri) {
        if (operation == null) {
            operation = uri;
        }
        return this;
    }

    /** Sonar's {@code X-Request-Id} for this call, to quote to Sonar's support; null before any call was made. */
    public String getRequestId() {
        return requestId;
    }

    /**
     * Whether sending the same request again may succeed. Here: only for HTTP 408 (the request timed out before it
     * was processed). The subclasses for rate limits ({@link SonarRateLimitException}), server errors
     * ({@link SonarServerException}) and missing answers ({@link SonarConnectionException}) answer true; every other
     * failure, account states and authentication included, false. A send that failed with a 5xx or no answer may
     * still have reached Sonar, so repeating a message/send or campaign/send is the caller's decision (see
     * {@code SonarRetryPredicate}).
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
