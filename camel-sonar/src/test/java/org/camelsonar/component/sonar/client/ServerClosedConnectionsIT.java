package org.camelsonar.component.sonar.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.camelsonar.testsupport.SonarCamel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Servers and load balancers close keep-alive connections that sit idle; the JDK's HttpServer does so at once for
 * every idle connection beyond {@code sun.net.httpserver.maxIdleConnections}. A call written to such a connection
 * never reached the server, so the transport sends it again on another connection: not one call may fail, and the
 * server must see each exactly once.
 * <p>
 * Runs in a JVM of its own (failsafe, {@code maxIdleConnections=4}), since the JDK reads the limit once per JVM.
 */
class ServerClosedConnectionsIT {

    private static final int BURSTS = 30;
    private static final int BURST_SIZE = 100;
    private static final Pattern PHONE = Pattern.compile("\"phone_number\"\\s*:\\s*\"([^\"]+)\"");

    private final Map<String, AtomicInteger> received = new ConcurrentHashMap<>();
    private HttpServer server;
    private ExecutorService serverThreads;
    private CamelContext camel;

    @BeforeEach
    void start() throws Exception {
        assertThat(Integer.getInteger("sun.net.httpserver.maxIdleConnections"))
                .as("this test needs a server that closes idle connections (see the failsafe configuration)")
                .isEqualTo(4);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256);
        serverThreads = Executors.newFixedThreadPool(16);
        server.setExecutor(serverThreads);
        server.createContext("/api/v1/customers", this::upsert);
        server.start();

        camel = SonarCamel.context("http://127.0.0.1:" + server.getAddress().getPort() + "/api", "idle-test-token",
                false);
        camel.start();
    }

    @AfterEach
    void stop() {
        camel.stop();
        server.stop(0);
        serverThreads.shutdownNow();
    }

    @Test
    void burstsAgainstAServerThatClosesIdleConnectionsLoseNoCall() throws Exception {
        ProducerTemplate producer = camel.createProducerTemplate();
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (int burst = 0; burst < BURSTS; burst++) {
            List<CompletableFuture<Exchange>> calls = new ArrayList<>();
            for (int i = 0; i < BURST_SIZE; i++) {
                String phone = String.format("+1310555%04d", sent++);
                calls.add(producer.asyncSend("sonar:customer/upsert",
                        exchange -> exchange.getMessage().setHeader("CamelSonarPhoneNumber", phone)));
            }
            for (CompletableFuture<Exchange> call : calls) {
                Exchange done = call.get(30, TimeUnit.SECONDS);
                if (done.getException() != null) {
                    failures.add(String.valueOf(done.getException()));
                }
            }
            // the idle gap in which the server closes what it keeps beyond its limit
            TimeUnit.MILLISECONDS.sleep(30);
        }

        assertThat(failures).as("failed calls").isEmpty();
        assertThat(received).hasSize(BURSTS * BURST_SIZE);
        assertThat(received.values()).allSatisfy(count -> assertThat(count.get()).as("times received").isEqualTo(1));
    }

    private void upsert(HttpExchange exchange) throws IOException {
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher phone = PHONE.matcher(body);
        String number = phone.find() ? phone.group(1) : "?";
        received.computeIfAbsent(number, key -> new AtomicInteger()).incrementAndGet();
        byte[] answer = ("{\"phone_number\":\"" + number + "\",\"subscribed\":true}").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(201, answer.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer);
        }
    }
}
