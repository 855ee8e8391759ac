package org.camelsonar.component.sonar.client;

import java.io.Closeable;
import java.util.concurrent.CompletableFuture;

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
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.reactor.IOReactorConfig;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP transport to Sonar, on Apache HttpClient 5's non-blocking client: calls in flight hold no thread,
 * connections are pooled and reused, and both timeouts are enforced by the I/O reactor. It knows nothing of
 * Camel; one instance serves every endpoint with the same {@link SonarClientSettings}.
 */
public final class SonarHttpClient implements Closeable {

    // exactly "application/json": JSON is UTF-8 by definition (RFC 8259), and that is what Sonar documents
    private static final ContentType JSON = ContentType.create("application/json");

    private static final Logger LOG = LoggerFactory.getLogger(SonarHttpClient.class);

    private final CloseableHttpAsyncClient client;

    public SonarHttpClient(SonarClientSettings settings) {
        warnIfHttpClientLogsHeaders();
        Timeout connectTimeout = Timeout.ofMilliseconds(settings.connectTimeoutMillis());
        Timeout responseTimeout = Timeout.ofMilliseconds(settings.responseTimeoutMillis());
        PoolingAsyncClientConnectionManagerBuilder pool = PoolingAsyncClientConnectionManagerBuilder.create()
                .setMaxConnTotal(settings.maxConnections())
                .setMaxConnPerRoute(settings.maxConnections())
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(connectTimeout)
                        .setSocketTimeout(responseTimeout)
                        // a connection the server closed while idle is found before a send is written to it
                        .setValidateAfterInactivity(TimeValue.ofSeconds(1))
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
                // retries are the route's decision (a repeated send is a second SMS), redirects could carry
                // the token elsewhere, and Sonar sets no cookies worth keeping
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableAuthCaching()
                .evictIdleConnections(TimeValue.ofMinutes(1));
        if (settings.proxyHost() != null) {
            builder.setProxy(new HttpHost(settings.proxyHost(), settings.proxyPort() != null ? settings.proxyPort() : 80));
        }
        this.client = builder.build();
        this.client.start();
    }

    /**
     * Sends a request. The future completes on an I/O thread with Sonar's answer, whatever its status, or
     * exceptionally with the I/O failure (timeout, refused or reset connection).
     */
    public CompletableFuture<SonarResponse> send(SonarRequest request) {
        SimpleRequestBuilder builder = SimpleRequestBuilder.create(request.method()).setUri(request.uri());
        request.headers().forEach(builder::addHeader);
        if (request.body() != null) {
            builder.setBody(request.body(), JSON);
        }
        SimpleHttpRequest httpRequest = builder.build();
        CompletableFuture<SonarResponse> future = new CompletableFuture<>();
        client.execute(SimpleRequestProducer.create(httpRequest), SimpleResponseConsumer.create(),
                new FutureCallback<SimpleHttpResponse>() {
                    @Override
                    public void completed(SimpleHttpResponse response) {
                        future.complete(new SonarResponse(response.getCode(), response.getReasonPhrase(),
                                header(response, "X-Request-Id"), header(response, "Retry-After"),
                                response.getBodyBytes() != null ? response.getBodyBytes() : new byte[0]));
                    }

                    @Override
                    public void failed(Exception failure) {
                        future.completeExceptionally(failure);
                    }

                    @Override
                    public void cancelled() {
                        future.cancel(false);
                    }
                });
        return future;
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
        client.close(CloseMode.GRACEFUL);
    }
}
