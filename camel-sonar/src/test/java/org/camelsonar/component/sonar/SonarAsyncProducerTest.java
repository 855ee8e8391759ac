package org.camelsonar.component.sonar;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePattern;
import org.camelsonar.component.sonar.model.MessageResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calls in flight hold no thread, and connections are pooled. The server is a JDK HttpServer whose single dispatcher
 * thread parks each exchange and answers it from a small scheduler after the delay: unlike WireMock's Jetty, it
 * does not need a thread per request in flight, so the JVM's thread count measures the client. It records each
 * request's client port, which tells how many connections were opened.
 */
class SonarAsyncProducerTest extends SonarTestSupport {

    private static final Logger LOG = LoggerFactory.getLogger(SonarAsyncProducerTest.class);
    private static final int CALLS = 300;
    private static final int DELAY_MILLIS = 300;

    private static HttpServer server;
    private static ScheduledExecutorService answers;
    private static final Set<Integer> clientPorts = ConcurrentHashMap.newKeySet();
    private static final AtomicInteger received = new AtomicInteger();
    private static final AtomicInteger inFlight = new AtomicInteger();
    private static final AtomicInteger mostInFlight = new AtomicInteger();
    private static volatile int delayMillis;

    @BeforeAll
    static void startDelayingServer() throws IOException {
        // read once, when the first JDK HttpServer starts: no Nagle stall, and room for every pooled connection
        System.setProperty("sun.net.httpserver.nodelay", "true");
        System.setProperty("sun.net.httpserver.maxIdleConnections", "1000");
        answers = Executors.newScheduledThreadPool(2);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
        server.createContext("/", SonarAsyncProducerTest::park);
        server.start();
    }

    @AfterAll
    static void stopDelayingServer() {
        server.stop(0);
        answers.shutdownNow();
    }

    @BeforeEach
    void resetCounts() {
        clientPorts.clear();
        received.set(0);
        inFlight.set(0);
        mostInFlight.set(0);
        delayMillis = 0;
    }

    private static void park(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            in.readAllBytes();
        }
        clientPorts.add(exchange.getRemoteAddress().getPort());
        received.incrementAndGet();
        mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        if (delayMillis == 0) {
            answer(exchange);
        } else {
            answers.schedule(() -> answer(exchange), delayMillis, TimeUnit.MILLISECONDS);
        }
    }

    private static void answer(HttpExchange exchange) {
        inFlight.decrementAndGet();
        byte[] body = "{\"to\":\"+13105551234\",\"text\":\"hi\",\"status\":\"queued\"}".getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = exchange.getResponseBody()) {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.getResponseHeaders().set("X-Request-Id", "req-" + exchange.getRemoteAddress().getPort());
            exchange.sendResponseHeaders(202, body.length);
            out.write(body);
        } catch (IOException e) {
            // the client went away: the test fails on its side
        }
    }

    private static String uri(int maxConnections) {
        return "sonar:message/send?phoneNumber=RAW(+13105551234)&baseUrl=http://127.0.0.1:"
               + server.getAddress().getPort() + "/api&maxConnections=" + maxConnections;
    }

    @Test
    void concurrentCallsInFlightHoldNoThreadEach() throws Exception {
        String uri = uri(CALLS);
        // warm up: the endpoint's connection pool and I/O threads, the callback pool, the template's producer
        assertThat(template.requestBody(uri, "warm-up")).isInstanceOf(MessageResult.class);
        delayMillis = DELAY_MILLIS;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int baseline = threads.getThreadCount();
        threads.resetPeakThreadCount();

        long start = System.nanoTime();
        List<CompletableFuture<Exchange>> calls = new ArrayList<>();
        for (int i = 0; i < CALLS; i++) {
            String text = "message " + i;
            calls.add(template.asyncSend(uri, exchange -> {
                exchange.setPattern(ExchangePattern.InOut);
                exchange.getMessage().setBody(text);
            }));
        }
        CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        int peak = threads.getPeakThreadCount();
        LOG.info("{} calls of {} ms took {} ms; server held at most {} at once; threads: baseline {}, peak {}", CALLS,
                DELAY_MILLIS, elapsed.toMillis(), mostInFlight.get(), baseline, peak);

        for (CompletableFuture<Exchange> call : calls) {
            Exchange result = call.join();
            assertThat(result.getException()).isNull();
            assertThat(result.getMessage().getBody(MessageResult.class).isQueued()).isTrue();
            assertThat(result.getMessage().getHeader(SonarConstants.RESPONSE_CODE)).isEqualTo(202);
        }
        assertThat(received.get()).isEqualTo(CALLS + 1);
        // the server holding over a hundred calls at once proves they were in flight together (how long they took
        // is logged, not asserted: a loaded machine stretches it; the benchmarks measure it)
        assertThat(mostInFlight.get()).as("calls the server held at once").isGreaterThan(100);
        assertThat(peak - baseline).as("threads started while %d calls were in flight (baseline %d, peak %d)",
                CALLS, baseline, peak).isLessThan(60);
    }

    @Test
    void asyncRequestBodyCompletesWithTheTypedResult() throws Exception {
        delayMillis = 50;
        List<CompletableFuture<Object>> calls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            calls.add(template.asyncRequestBody(uri(20), "message " + i));
        }
        for (CompletableFuture<Object> call : calls) {
            assertThat(call.get(10, TimeUnit.SECONDS)).isInstanceOf(MessageResult.class);
        }
    }

    @Test
    void sequentialCallsReuseTheirConnection() {
        String uri = uri(8);
        int calls = 40;
        for (int i = 0; i < calls; i++) {
            Exchange result = template.request(uri, exchange -> exchange.getMessage().setBody("hi"));
            assertThat(result.getException()).isNull();
        }
        assertThat(received.get()).isEqualTo(calls);
        LOG.info("{} sequential calls used {} connection(s)", calls, clientPorts.size());
        // HttpClient completes the call just before it puts the connection back in the pool, so the next call may
        // find it still leased and open a second one: a few, never one per call
        assertThat(clientPorts).as("connections opened for %d sequential calls", calls).hasSizeLessThanOrEqualTo(4);
    }

    @Test
    void endpointsWithTheSameTransportSettingsShareOnePool() {
        String base = uri(8);
        for (int i = 0; i < 20; i++) {
            // a different URI each time (another endpoint), same transport settings
            Exchange result = template.request(base + "&text=hello" + i, exchange -> {
            });
            assertThat(result.getException()).isNull();
        }
        assertThat(received.get()).isEqualTo(20);
        assertThat(clientPorts).as("connections opened by 20 endpoints sharing a pool").hasSizeLessThanOrEqualTo(4);
    }

    @Test
    void concurrentCallsNeverOpenMoreThanMaxConnections() throws Exception {
        delayMillis = 100;
        String uri = uri(5);
        List<CompletableFuture<Exchange>> calls = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String text = "message " + i;
            calls.add(template.asyncSend(uri, exchange -> {
                exchange.setPattern(ExchangePattern.InOut);
                exchange.getMessage().setBody(text);
            }));
        }
        CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get(20, TimeUnit.SECONDS);

        calls.forEach(call -> assertThat(call.join().getException()).isNull());
        assertThat(mostInFlight.get()).isLessThanOrEqualTo(5);
        assertThat(clientPorts).hasSizeLessThanOrEqualTo(5);
    }
}
