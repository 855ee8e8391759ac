package org.camelsonar.reliability;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.DefaultExchange;
import org.camelsonar.component.sonar.SonarConstants;
import org.camelsonar.component.sonar.SonarRetryPredicate;
import org.camelsonar.component.sonar.error.SonarConnectionException;
import org.camelsonar.component.sonar.error.SonarException;
import org.camelsonar.component.sonar.error.SonarRateLimitException;
import org.camelsonar.component.sonar.error.SonarServerException;
import org.camelsonar.simulator.ReceivedRequest;
import org.camelsonar.simulator.SonarSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link SonarRetryPredicate} against the simulator: idempotent calls survive injected faults, sends are not repeated
 * after an ambiguous failure unless the route opted in, and Retry-After sets the wait.
 */
class SafeRetryTest {

    private static final int UPSERTS = 1_000;
    private static final int SENDERS = 8;

    private SonarSimulator sim;
    private CamelContext camel;
    private ProducerTemplate template;

    @BeforeEach
    void start() throws Exception {
        sim = SonarSimulator.builder().duplicateWindow(Duration.ZERO).campaign("spring_ab12", "Spring sale").build()
                .start();
        camel = Reliability.context(sim.baseUrl(), sim.token(), sim.publishableKey(), false);
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                onException(SonarException.class).onWhen(new SonarRetryPredicate())
                        .maximumRedeliveries(5).redeliveryDelay(5).asyncDelayedRedelivery()
                        .onExceptionOccurred(SonarRetryPredicate.honourRetryAfter(10_000));
                from("direct:upsert").to("sonar:customer/upsert");
                from("direct:send").to("sonar:message/send");
                from("direct:campaign").to("sonar:campaign/send?campaignId=spring_ab12");
                from("direct:get").to("sonar:customer/get");
            }
        });
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // a route that accepts a repeated text: opted in
                onException(SonarException.class).onWhen(SonarRetryPredicate.includingSends())
                        .maximumRedeliveries(5).redeliveryDelay(5);
                from("direct:send-retrying").to("sonar:message/send");
            }
        });
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // the same policy without the Retry-After processor: the policy's own delay
                onException(SonarException.class).onWhen(SonarRetryPredicate.retryable())
                        .maximumRedeliveries(2).redeliveryDelay(5);
                from("direct:get-plain").to("sonar:customer/get");
            }
        });
        camel.start();
        template = camel.createProducerTemplate();
    }

    @AfterEach
    void stop() {
        if (camel != null) {
            camel.stop();
        }
        if (sim != null) {
            sim.close();
        }
    }

    @Test
    void thousandUpsertsWithTenPercentFaultsAreAllApplied() throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger injected = new AtomicInteger();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(SENDERS);
        long start = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int s = 0; s < SENDERS; s++) {
            running.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < UPSERTS; i = next.getAndIncrement()) {
                    if (i % 10 == 5) {
                        inject(i / 10 % 4);
                        injected.incrementAndGet();
                    }
                    try {
                        template.requestBodyAndHeaders("direct:upsert", null,
                                Map.of(SonarConstants.PHONE_NUMBER, phone(i), SonarConstants.FIRST_NAME, "N" + i));
                    } catch (Exception e) {
                        failures.add(e);
                    }
                }
            }));
        }
        for (Future<?> f : running) {
            f.get(90, TimeUnit.SECONDS);
        }
        pool.shutdownNow();
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

        assertThat(failures).isEmpty();
        assertThat(sim.customers()).hasSize(UPSERTS);
        for (int i = 0; i < UPSERTS; i++) {
            assertThat(sim.customer(phone(i))).get().extracting(c -> c.firstName()).isEqualTo("N" + i);
        }
        List<ReceivedRequest> calls = sim.requests();
        long faulted = calls.stream().filter(r -> r.status() == 0 || r.status() >= 400).count();
        assertThat(injected.get()).isEqualTo(UPSERTS / 10);
        assertThat(faulted).isEqualTo(injected.get());
        assertThat(calls).hasSize(UPSERTS + injected.get());
        Reliability.report("safe retries", UPSERTS + " customer upserts", SENDERS + " senders",
                injected.get() + " injected faults (500, 503, 429, dropped connection)",
                faulted + " failed attempts retried", sim.customers().size() + " applied", failures.size() + " lost",
                Reliability.millis(elapsed));
    }

    /** Spread over the run: 500, 503, 429 (Retry-After 0) and a dropped connection, in turn. */
    private void inject(int kind) {
        switch (kind) {
            case 0 -> sim.failNext(1, 500, null);
            case 1 -> sim.failNext(1, 503, "<html>Service Unavailable</html>");
            case 2 -> sim.rateLimitNext(1, 0);
            default -> sim.dropNextConnections(1);
        }
    }

    @Test
    void aSendThatFailedWith500IsNotRepeated() {
        sim.failNext("POST", "/v1/messages", 1, 500, null);
        assertThatThrownBy(() -> template.requestBodyAndHeader("direct:send", "Your order shipped",
                SonarConstants.PHONE_NUMBER, "+13105550101"))
                .isInstanceOf(CamelExecutionException.class).cause().isInstanceOf(SonarServerException.class);
        assertThat(sends()).hasSize(1);
        assertThat(sim.messages()).isEmpty();
        Reliability.report("safe retries", "message/send after 500", sends().size() + " attempt (not repeated)");
    }

    @Test
    void aCampaignSendThatFailedWith503IsNotRepeated() {
        sim.failNext("POST", "/v1/campaigns", 1, 503, null);
        assertThatThrownBy(() -> template.requestBodyAndHeader("direct:campaign", null,
                SonarConstants.PHONE_NUMBER, "+13105550105"))
                .isInstanceOf(CamelExecutionException.class).cause().isInstanceOf(SonarServerException.class);
        assertThat(sim.requests().stream().filter(r -> r.path().endsWith("/v1/campaigns"))).hasSize(1);
        assertThat(sim.messages()).isEmpty();
    }

    @Test
    void aSendThatOptedInIsRepeatedAfter500() {
        sim.failNext("POST", "/v1/messages", 1, 500, null);
        template.requestBodyAndHeader("direct:send-retrying", "Your code is 1234", SonarConstants.PHONE_NUMBER,
                "+13105550102");
        assertThat(sends()).hasSize(2);
        assertThat(sim.messages()).hasSize(1);
    }

    @Test
    void aSendTurnedAwayWith429IsRepeated() {
        sim.rateLimitNext(1, 0);
        template.requestBodyAndHeader("direct:send", "Your order shipped", SonarConstants.PHONE_NUMBER,
                "+13105550103");
        assertThat(sends()).hasSize(2);
        assertThat(sim.messages()).hasSize(1);
    }

    @Test
    void retryAfterSetsTheWaitBeforeTheNextAttempt() {
        sim.upsertCustomer("+13105550104", "Ann", "Lee", null);
        sim.rateLimitNext(1, 1);
        template.requestBodyAndHeader("direct:get", null, SonarConstants.PHONE_NUMBER, "+13105550104");
        Duration honoured = gapBetweenFirstTwoCalls();

        sim.reset();
        sim.upsertCustomer("+13105550104", "Ann", "Lee", null);
        // a Retry-After far beyond the policy's 5 ms: waiting for it would show as a gap of a minute
        sim.rateLimitNext(1, 60);
        template.requestBodyAndHeader("direct:get-plain", null, SonarConstants.PHONE_NUMBER, "+13105550104");
        Duration ignored = gapBetweenFirstTwoCalls();

        // lower bounds only (a loaded machine makes every gap longer, never shorter); the upper bound on the
        // ignored gap is a safety net a minute away from the Retry-After it must not wait for
        assertThat(honoured).isGreaterThanOrEqualTo(Duration.ofMillis(950));
        assertThat(ignored).isLessThan(Duration.ofSeconds(30));
        Reliability.report("safe retries", "Retry-After: 1 s", "waited " + Reliability.millis(honoured)
                + " with honourRetryAfter", Reliability.millis(ignored) + " without (Retry-After: 60 s)");
    }

    @Test
    void predicateTellsAmbiguousFailuresAndSends() {
        Exchange exchange = new DefaultExchange(camel);
        exchange.setProperty(ExchangePropertyKey.TO_ENDPOINT, "sonar://message/send?text=hi");
        SonarConnectionException refused = new SonarConnectionException("message/send", new ConnectException("no"));
        SonarConnectionException timedOut = new SonarConnectionException("message/send",
                new SocketTimeoutException("5000 ms"));
        refused.withOperation("message/send");
        timedOut.withOperation("message/send"); // the producer names the operation it called
        SonarRateLimitException limited = new SonarRateLimitException("429", null, null, Duration.ofSeconds(3));

        assertThat(SonarRetryPredicate.isAmbiguous(refused)).isFalse();
        assertThat(SonarRetryPredicate.isAmbiguous(limited)).isFalse();
        assertThat(SonarRetryPredicate.isAmbiguous(timedOut)).isTrue();
        // no host, or a request never written once the re-sends ran out: it never left either
        assertThat(SonarRetryPredicate.isAmbiguous(new SonarConnectionException("message/send",
                new java.net.UnknownHostException("sonar.invalid")))).isFalse();
        assertThat(SonarRetryPredicate.isAmbiguous(new SonarConnectionException("message/send",
                new org.apache.hc.core5.http.RequestNotExecutedException("connection closed")))).isFalse();

        exchange.setException(timedOut);
        assertThat(new SonarRetryPredicate().matches(exchange)).isFalse();
        assertThat(SonarRetryPredicate.includingSends().matches(exchange)).isTrue();
        exchange.setException(refused);
        assertThat(new SonarRetryPredicate().matches(exchange)).isTrue();
        exchange.setException(limited);
        assertThat(new SonarRetryPredicate().matches(exchange)).isTrue();
        assertThat(SonarRetryPredicate.retryAfterMillis(exchange, 7)).isEqualTo(3_000);

        // the operation travels on the exception, whatever endpoint the exchange went to last
        exchange.setProperty(ExchangePropertyKey.TO_ENDPOINT, "sonar://customer/upsert");
        exchange.setException(timedOut);
        assertThat(new SonarRetryPredicate().matches(exchange)).as("a message/send timeout stays a send").isFalse();
        exchange.setException(new SonarConnectionException("customer/upsert", new SocketTimeoutException("5000 ms"))
                .withOperation("customer/upsert"));
        assertThat(new SonarRetryPredicate().matches(exchange)).isTrue();
        assertThat(SonarRetryPredicate.retryAfterMillis(exchange, 7)).isEqualTo(7);
        // a 408 was turned away before any work, like a 429: a send may repeat it
        SonarException requestTimeout = new SonarException("408", 408, null, null).withOperation("message/send");
        assertThat(SonarRetryPredicate.isAmbiguous(requestTimeout)).isFalse();
        exchange.setException(requestTimeout);
        assertThat(new SonarRetryPredicate().matches(exchange)).isTrue();
        exchange.setException(new SonarException("400", 400, "bad", null));
        assertThat(SonarRetryPredicate.includingSends().matches(exchange)).isFalse();
        exchange.setException(new IllegalStateException("not Sonar's"));
        assertThat(SonarRetryPredicate.includingSends().matches(exchange)).isFalse();
    }

    private List<ReceivedRequest> sends() {
        return sim.requests().stream().filter(r -> r.method().equals("POST") && r.path().endsWith("/v1/messages"))
                .toList();
    }

    private Duration gapBetweenFirstTwoCalls() {
        List<ReceivedRequest> calls = sim.requests().stream().filter(r -> r.method().equals("GET")).toList();
        assertThat(calls).hasSize(2);
        assertThat(calls.get(0).status()).isEqualTo(429);
        assertThat(calls.get(1).status()).isEqualTo(200);
        Instant first = calls.get(0).at();
        return Duration.between(first, calls.get(1).at());
    }

    private static String phone(int i) {
        return String.format("+1310555%04d", i);
    }
}
