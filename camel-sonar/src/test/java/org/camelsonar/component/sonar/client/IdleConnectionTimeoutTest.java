package org.camelsonar.component.sonar.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.camelsonar.component.sonar.SonarConstants;
import org.camelsonar.testsupport.SonarCamel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * idleConnectionTimeout reaches the connection pool: a connection idle for longer is not reused, one idle for less
 * is. A JDK HttpServer (which keeps idle connections for 30 s) records the client port of each call, so that a
 * reused connection shows as the same port.
 */
class IdleConnectionTimeoutTest {

    /** Well over the 200 ms limit of the first test and well under the 15 s default of the second. */
    private static final Duration IDLE = Duration.ofSeconds(1);

    private final List<Integer> clientPorts = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private CamelContext camel;
    private ProducerTemplate producer;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        server.createContext("/api/v1/customers", this::upsert);
        server.start();
        camel = SonarCamel.context("http://127.0.0.1:" + server.getAddress().getPort() + "/api", "idle-token", false);
        camel.start();
        producer = camel.createProducerTemplate();
    }

    @AfterEach
    void stop() {
        camel.stop();
        server.stop(0);
    }

    @Test
    void aConnectionIdleLongerThanIdleConnectionTimeoutIsNotReused() {
        String uri = "sonar:customer/upsert?idleConnectionTimeout=200";

        callThenIdleThenCall(uri);

        assertThat(clientPorts).hasSize(2).doesNotHaveDuplicates();
    }

    @Test
    void withTheDefaultTimeoutTheSameIdleConnectionIsReused() {
        callThenIdleThenCall("sonar:customer/upsert");

        assertThat(clientPorts).hasSize(2).containsOnly(clientPorts.get(0));
    }

    private void callThenIdleThenCall(String uri) {
        call(uri, "+13105550001");
        await().pollDelay(IDLE).atMost(IDLE.multipliedBy(5)).until(() -> true);
        call(uri, "+13105550002");
    }

    private void call(String uri, String phone) {
        Exchange done = producer.request(uri, exchange -> exchange.getMessage()
                .setHeader(SonarConstants.PHONE_NUMBER, phone));
        assertThat(done.getException()).isNull();
    }

    private void upsert(HttpExchange exchange) throws IOException {
        clientPorts.add(exchange.getRemoteAddress().getPort());
        try (InputStream in = exchange.getRequestBody()) {
            in.readAllBytes();
        }
        byte[] answer = "{\"phone_number\":\"+13105550001\",\"subscribed\":true}".getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(201, answer.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer);
        }
    }
}
