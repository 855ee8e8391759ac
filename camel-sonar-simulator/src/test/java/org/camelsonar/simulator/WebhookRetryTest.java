package org.camelsonar.simulator;

import org.camelsonar.testsupport.RefusedPort;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class WebhookRetryTest {

    /** Sonar's 10 s, 30 s, 3 min, 30 min become 5 ms, 15 ms, 90 ms, 900 ms. */
    private static final double SCALE = 0.0005;

    private WebhookReceiver receiver;

    @BeforeEach
    void startReceiver() throws Exception {
        receiver = new WebhookReceiver();
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void aFailingReceiverGetsFourRetriesOnTheScaledScheduleWithTheSameUuid() {
        receiver.answer(() -> 500);
        try (SonarSimulator sim = SonarSimulator.builder().retryScale(SCALE).build().start()) {
            sim.registerWebhook(receiver.url(), SonarEvents.CUSTOMER_CREATED);
            sim.upsertCustomer("+13105550001", null, null, null);

            List<DeliveryAttempt> attempts = sim.awaitDeliveries(5, Duration.ofSeconds(15));
            assertThat(attempts).extracting(DeliveryAttempt::attempt).containsExactly(1, 2, 3, 4, 5);
            assertThat(attempts).extracting(DeliveryAttempt::statusCode).containsOnly(500);
            String uuid = sim.events().get(0).uuid();
            assertThat(attempts).extracting(DeliveryAttempt::eventUuid).containsOnly(uuid);

            await().atMost(Duration.ofSeconds(5)).until(() -> receiver.received().size() == 5);
            List<WebhookReceiver.Received> received = receiver.received();
            assertThat(received).extracting(WebhookReceiver.Received::uuid).containsOnly(uuid);
            for (int i = 1; i < received.size(); i++) {
                Duration gap = Duration.between(received.get(i - 1).at(), received.get(i).at());
                Duration scheduled = Duration.ofNanos((long) (WebhookDispatcher.SONAR_RETRY_DELAYS.get(i - 1).toNanos() * SCALE));
                assertThat(gap).as("gap before attempt %d", i + 1).isGreaterThanOrEqualTo(scheduled.minusMillis(2));
            }
            // and then Sonar gives up
            await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> sim.deliveries().size() == 5);
        }
    }

    @Test
    void aSuccessStopsTheRetries() {
        AtomicInteger calls = new AtomicInteger();
        receiver.answer(() -> calls.incrementAndGet() <= 2 ? 503 : 202);
        try (SonarSimulator sim = SonarSimulator.builder().retryScale(SCALE).build().start()) {
            sim.registerWebhook(receiver.url(), SonarEvents.CUSTOMER_CREATED);
            sim.upsertCustomer("+13105550001", null, null, null);
            List<DeliveryAttempt> attempts = sim.awaitDeliveries(DeliveryAttempt::succeeded, 1, Duration.ofSeconds(10));
            assertThat(attempts.get(0).attempt()).isEqualTo(3);
            assertThat(sim.deliveries()).extracting(DeliveryAttempt::statusCode).containsExactly(503, 503, 202);
            await().during(Duration.ofMillis(100)).atMost(Duration.ofSeconds(2)).until(() -> sim.deliveries().size() == 3);
        }
    }

    @Test
    void aConnectionFailureIsRecordedAndRetried() throws Exception {
        try (RefusedPort closed = new RefusedPort();
             SonarSimulator sim = SonarSimulator.builder().retryScale(0.0001).build().start()) {
            sim.registerWebhook("http://127.0.0.1:" + closed.port() + "/hook", SonarEvents.CUSTOMER_CREATED);
            sim.upsertCustomer("+13105550001", null, null, null);
            List<DeliveryAttempt> attempts = sim.awaitDeliveries(5, Duration.ofSeconds(15));
            assertThat(attempts).allSatisfy(a -> {
                assertThat(a.statusCode()).isZero();
                assertThat(a.failure()).contains("ConnectException");
                assertThat(a.succeeded()).isFalse();
            });
        }
    }

    @Test
    void deletingTheWebhookStopsItsRetries() {
        receiver.answer(() -> 500);
        try (SonarSimulator sim = SonarSimulator.builder().retryScale(0.02).build().start()) { // first retry: 200 ms
            RegisteredWebhook hook = sim.registerWebhook(receiver.url(), SonarEvents.CUSTOMER_CREATED);
            sim.upsertCustomer("+13105550001", null, null, null);
            sim.awaitDeliveries(1, Duration.ofSeconds(10));
            assertThat(new SonarApi(sim).delete("/v1/webhooks/" + hook.id()).status()).isEqualTo(200);
            await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(3)).until(() -> sim.deliveries().size() == 1);
        }
    }

    @Test
    void resetDropsPendingRetries() {
        receiver.answer(() -> 500);
        try (SonarSimulator sim = SonarSimulator.builder().retryScale(0.02).build().start()) {
            sim.registerWebhook(receiver.url(), SonarEvents.CUSTOMER_CREATED);
            sim.upsertCustomer("+13105550001", null, null, null);
            sim.awaitDeliveries(1, Duration.ofSeconds(10));
            sim.reset();
            assertThat(sim.deliveries()).isEmpty();
            await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(3)).until(() -> receiver.received().size() == 1);
        }
    }
}
