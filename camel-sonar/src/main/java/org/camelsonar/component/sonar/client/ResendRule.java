package org.camelsonar.component.sonar.client;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;

import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ConnectionClosedException;
import org.apache.hc.core5.http.EndpointDetails;
import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.HttpRequestInterceptor;
import org.apache.hc.core5.http.RequestNotExecutedException;
import org.apache.hc.core5.http.protocol.HttpContext;

/**
 * The transport's one re-send rule: a call that Sonar cannot have received is sent again, whatever the operation;
 * a call that Sonar may have received is never repeated by the transport (that is the route's decision, see
 * {@code SonarRetryPredicate}). Sonar cannot have received a call when
 * <ul>
 * <li>the request was never written: its pooled connection was found closed first ({@link
 * RequestNotExecutedException}); or</li>
 * <li>it was written to a <em>reused</em> connection that then turned out closed or reset, and not one byte of an
 * answer came back: the server had closed the connection while it sat idle in the pool, and the request crossed
 * that close. Browsers, OkHttp and Go's net/http apply the same rule.</li>
 * </ul>
 * A failure on a fresh connection, a timeout, or a failure after the first byte of an answer may follow a request
 * that Sonar processed, so it is not repeated. Neither is a failure to connect: nothing stale is involved, an
 * immediate re-send would only multiply {@code connectTimeout}, and the route may retry it with back-off.
 * <p>
 * As a request interceptor it notes, just before a request is written, what its connection had received so far:
 * the rule needs that to tell "reused" and "no byte of an answer".
 */
final class ResendRule implements HttpRequestInterceptor {

    private static final String BEFORE_REQUEST = "camel-sonar.received-before-request";

    @Override
    public void process(HttpRequest request, EntityDetails entity, HttpContext context) {
        EndpointDetails connection = HttpClientContext.castOrCreate(context).getEndpointDetails();
        context.setAttribute(BEFORE_REQUEST, connection == null ? null : connection.getReceivedBytesCount());
    }

    /** Whether the call that failed this way, with this context, cannot have reached Sonar. */
    static boolean cannotHaveBeenReceived(Exception failure, HttpClientContext context) {
        if (failure instanceof RequestNotExecutedException) {
            return true;
        }
        boolean closedOrReset = failure instanceof ConnectionClosedException
                                || failure instanceof SocketException && !(failure instanceof ConnectException)
                                   && !(failure instanceof NoRouteToHostException);
        if (!closedOrReset || context.getResponse() != null) {
            return false;
        }
        EndpointDetails connection = context.getEndpointDetails();
        if (!(context.getAttribute(BEFORE_REQUEST) instanceof Long before) || connection == null) {
            return false;
        }
        // one call at a time per connection (no pipelining), so bytes received before this call were answers to
        // earlier calls (httpcore's response count cannot tell: it counts requests)
        boolean reused = before > 0;
        boolean noAnswerByte = connection.getReceivedBytesCount() == before;
        return reused && noAnswerByte;
    }
}
