package org.camelsonar.component.sonar.client;

import java.io.Closeable;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.util.concurrent.CompletableFuture;

import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.async.methods.SimpleRequestBuilder;
import org.apache.hc.client5.http.async.methods.SimpleRequestProducer;
import org.apache.hc.client5.http.async.methods.SimpleResponseConsumer;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClientBuilder;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.RequestNotExecutedException;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.reactor.IOReactorConfig;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP transport to Sonar, on Apache HttpClient 5's non-blocking client: calls in flight hold no thread,
 * connections are pooled and reused, and both timeouts are enforced by the I/O reactor. A call that Sonar cannot
 * have received ({@link ResendRule}) is sent again on a fresh connection, at most {@link #MAX_RESENDS} times. It
 * knows nothing of Camel; one instance serves every endpoint with the same {@link SonarClientSettings}.
 */
public final class SonarHttpClient implements Closeable {

    /** The header of the private token, which authorises every call but the available number. */
    public static final String TOKEN_HEADER = "X-Token";
    /** The header of the browser-safe publishable key. */
    public static final String PUBLISHABLE_KEY_HEADER = "X-Publishable-Key";

    /** Re-sends of one call; on a fresh connection only a request that was never written qualifies again. */
    static final int MAX_RESENDS = 2;

    // exactly "application/json": JSON is UTF-8 by definition (RFC 8259), and that is what Sonar documents
    private static final ContentType JSON = ContentType.create("application/json");

    private static final Logger LOG = LoggerFactory.getLogger(SonarHttpClient.class);

    private final SonarClientSettings settings;
    private final CloseableHttpAsyncClient pooled;
    // for re-sends: a connection of its own per call, so that a re-send never meets another stale pooled connection
    private volatile CloseableHttpAsyncClient fresh;
    // guarded by this: once closed, no re-send may start a client that nothing would close
    private boolean closed;

    public SonarHttpClient(SonarClientSettings settings) {
        warnIfHttpClientLogsHeaders();
        this.settings = settings;
        TimeValue idleLimit = TimeValue.ofMilliseconds(settings.idleConnectionTimeoutMillis());
        this.pooled = builder(settings)
                // a pooled connection is not reused after idleConnectionTimeout, nor after the idle time the server
                // announces in Keep-Alive, so that we close it before a load balancer closes it under us
                .setKeepAliveStrategy(new IdleLimit(idleLimit))
                .evictIdleConnections(idleLimit)
                .build();
        this.pooled.start();
    }

    /** What both clients share; retries are ours (see ResendRule), any other retry is the route's decision. */
    private static HttpAsyncClientBuilder builder(SonarClientSettings settings) {
        Timeout connectTimeout = Timeout.ofMilliseconds(settings.connectTimeoutMillis());
        Timeout responseTimeout = Timeout.ofMilliseconds(settings.responseTimeoutMillis());
        PoolingAsyncClientConnectionManagerBuilder pool = PoolingAsyncClientConnectionManagerBuilder.create()
                .setMaxConnTotal(settings.maxConnections())
                .setMaxConnPerRoute(settings.maxConnections())
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(connectTimeout)
                        .setSocketTimeout(responseTimeout)
                        .build());
        if (settings.sslContext() != null) {
            pool.setTlsStrategy(ClientTlsStrategyBuilder.create().setSslContext(settings.sslContext()).build());
        }
        HttpAsyncClientBuilder builder = HttpAsyncClients.custom()
                .setConnectionManager(pool.build())
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(responseTimeout).build())
                .setIOReactorConfig(IOReactorConfig.custom()
                        .setIoThreadCount(Math.min(2, Runtime.getRuntime().availableProcessors()))
                        .setTcpNoDelay(true)
                        .build())
                .addRequestInterceptorLast(new ResendRule())
                .disableAutomaticRetries()
                // redirects could carry the token elsewhere, and Sonar sets no cookies worth keeping
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableAuthCaching();
        if (settings.proxyHost() != null) {
            builder.setProxy(new HttpHost(settings.proxyHost(), settings.proxyPort() != null ? settings.proxyPort() : 80));
        }
        return builder;
    }

    /**
     * Whether a call that failed with this I/O failure certainly never reached Sonar: the host could not be found or
     * reached, the connection could not be made, or the request was never written (anywhere in the cause chain).
     * Anything else (a reset, a timeout) may follow a request that Sonar processed.
     */
    public static boolean neverSent(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof ConnectTimeoutException
                || cause instanceof UnknownHostException || cause instanceof NoRouteToHostException
                || cause instanceof RequestNotExecutedException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Sends a request. The future completes on an I/O thread with Sonar's answer, whatever its status, or
     * exceptionally with the I/O failure (timeout, refused or reset connection) of its last attempt.
     */
    public CompletableFuture<SonarResponse> send(SonarRequest request) {
        CompletableFuture<SonarResponse> future = new CompletableFuture<>();
        execute(pooled, request, 0, future);
        return future;
    }

    private void execute(CloseableHttpAsyncClient client, SonarRequest request, int resends,
                         CompletableFuture<SonarResponse> future) {
        HttpClientContext context = HttpClientContext.create();
        client.execute(SimpleRequestProducer.create(toHttp(request)), SimpleResponseConsumer.create(), context,
                new FutureCallback<SimpleHttpResponse>() {
                    @Override
                    public void completed(SimpleHttpResponse response) {
                        future.complete(new SonarResponse(response.getCode(), response.getReasonPhrase(),
                                header(response, "X-Request-Id"), header(response, "Retry-After"),
                                response.getBodyBytes() != null ? response.getBodyBytes() : new byte[0]));
                    }

                    @Override
                    public void failed(Exception failure) {
                        CloseableHttpAsyncClient again = resends < MAX_RESENDS
                                && ResendRule.cannotHaveBeenReceived(failure, context) ? fresh() : null;
                        if (again != null) {
                            LOG.debug("Sending {} again on a fresh connection: it cannot have reached Sonar ({})",
                                    request, failure.toString());
                            execute(again, request, resends + 1, future);
                        } else {
                            future.completeExceptionally(failure);
                        }
                    }

                    @Override
                    public void cancelled() {
                        future.cancel(false);
                    }
                });
    }

    private static SimpleHttpRequest toHttp(SonarRequest request) {
        SimpleRequestBuilder builder = SimpleRequestBuilder.create(request.method()).setUri(request.uri());
        request.headers().forEach(builder::addHeader);
        if (request.body() != null) {
            builder.setBody(request.body(), JSON);
        }
        return builder.build();
    }

    /** The client for re-sends, made on first need: it keeps no connection after its call. Null once closed. */
    private CloseableHttpAsyncClient fresh() {
        CloseableHttpAsyncClient client = fresh;
        if (client == null) {
            synchronized (this) {
                client = fresh;
                if (client == null && !closed) {
                    client = builder(settings).setConnectionReuseStrategy((request, response, context) -> false).build();
                    client.start();
                    fresh = client;
                }
            }
        }
        return client;
    }

    /**
     * HttpClient's own header and wire loggers print every request header, the X-Token credential included, and
     * offer no way to mask one. We cannot silence them, so we say so loudly.
     */
    private static void warnIfHttpClientLogsHeaders() {
        for (String name : new String[] { "org.apache.hc.client5.http.headers", "org.apache.hc.client5.http.wire" }) {
            if (LoggerFactory.getLogger(name).isDebugEnabled()) {
                LOG.warn("SECURITY: logger {} is at DEBUG: Apache HttpClient will log Sonar's X-Token and"
                         + " X-Publishable-Key headers in clear. Set it to INFO or above.", name);
            }
        }
    }

    private static String header(SimpleHttpResponse response, String name) {
        Header header = response.getFirstHeader(name);
        return header != null ? header.getValue() : null;
    }

    @Override
    public void close() {
        pooled.close(CloseMode.GRACEFUL);
        synchronized (this) {
            closed = true;
            if (fresh != null) {
                fresh.close(CloseMode.GRACEFUL);
                fresh = null;
            }
        }
    }
}
