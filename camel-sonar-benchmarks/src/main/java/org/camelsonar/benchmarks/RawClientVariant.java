package org.camelsonar.benchmarks;

import java.io.IOException;
import java.util.Map;

import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.async.methods.SimpleRequestBuilder;
import org.apache.hc.client5.http.async.methods.SimpleRequestProducer;
import org.apache.hc.client5.http.async.methods.SimpleResponseConsumer;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.reactor.IOReactorConfig;

/**
 * (c) Apache HttpClient 5's async client called directly, the transport camel-sonar is built on: Jackson writes the
 * body and reads the answer, on the I/O thread. Also the load generator for the webhook scenario.
 */
final class RawClientVariant implements Variant {

    private final CloseableHttpAsyncClient client;
    private final String url;
    private final String token;

    RawClientVariant(String url, String token, int maxConnections) {
        this.url = url;
        this.token = token;
        client = HttpAsyncClients.custom()
                .setConnectionManager(PoolingAsyncClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(maxConnections).setMaxConnPerRoute(maxConnections).build())
                .setIOReactorConfig(IOReactorConfig.custom()
                        .setIoThreadCount(Math.min(2, Runtime.getRuntime().availableProcessors()))
                        .setTcpNoDelay(true).build())
                .disableAutomaticRetries()
                .disableCookieManagement()
                .build();
        client.start();
    }

    static RawClientVariant upserts(String baseUrl, String token, int maxConnections) {
        return new RawClientVariant(baseUrl + "/v1/customers", token, maxConnections);
    }

    @Override
    public void call(int i, Done done) {
        byte[] body;
        try {
            body = Payloads.MAPPER.writeValueAsBytes(Payloads.customer(i));
        } catch (IOException e) {
            done.failed(e);
            return;
        }
        post(body, true, done);
    }

    /** POSTs a JSON body; with {@code parse} the answer is read as a JSON object. */
    void post(byte[] body, boolean parse, Done done) {
        SimpleRequestBuilder builder = SimpleRequestBuilder.post(url).setBody(body, ContentType.APPLICATION_JSON);
        if (token != null) {
            builder.addHeader("X-Token", token);
        }
        SimpleHttpRequest request = builder.build();
        client.execute(SimpleRequestProducer.create(request), SimpleResponseConsumer.create(),
                new FutureCallback<SimpleHttpResponse>() {
                    @Override
                    public void completed(SimpleHttpResponse response) {
                        if (response.getCode() >= 300) {
                            done.failed(new IOException("HTTP " + response.getCode() + ": "
                                                        + response.getBodyText()));
                            return;
                        }
                        if (parse) {
                            try {
                                Payloads.MAPPER.readValue(response.getBodyBytes(), Map.class);
                            } catch (IOException e) {
                                done.failed(e);
                                return;
                            }
                        }
                        done.ok();
                    }

                    @Override
                    public void failed(Exception ex) {
                        done.failed(ex);
                    }

                    @Override
                    public void cancelled() {
                        done.failed(new IOException("cancelled"));
                    }
                });
    }

    @Override
    public void close() {
        client.close(CloseMode.GRACEFUL);
    }
}
