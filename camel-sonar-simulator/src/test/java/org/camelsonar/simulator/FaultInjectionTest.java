package org.camelsonar.simulator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class FaultInjectionTest {

    private static final String UPSERT = "{\"phone_number\":\"+13105550001\"}";

    @RegisterExtension
    static SonarSimulatorExtension sonar = SonarSimulatorExtension.create(SonarSimulator.builder());

    private SonarApi api() {
        return new SonarApi(sonar.simulator());
    }

    @Test
    void latencyDelaysEveryCallUntilRemoved() {
        // a lower bound holds on any machine
        sonar.simulator().latency(Duration.ofMillis(300));
        long start = System.nanoTime();
        assertThat(api().post("/v1/customers", UPSERT).status()).isEqualTo(201);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));

        // removing a 20 s latency: the bound is half of it, a safety net no loaded machine reaches
        sonar.simulator().latency(Duration.ofSeconds(20));
        sonar.simulator().latency(Duration.ZERO);
        start = System.nanoTime();
        api().post("/v1/customers", UPSERT);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void failNextAnswersWithTheGivenStatusThenRecovers() {
        sonar.simulator().failNext(2, 503, null);
        SonarApi.Reply first = api().post("/v1/customers", UPSERT);
        assertThat(first.status()).isEqualTo(503);
        assertThat(first.body()).isEqualTo("{\"error\":\"Simulated failure\"}");
        assertThat(first.header("X-Request-Id")).isNotBlank();
        assertThat(api().get("/v1/webhooks").status()).isEqualTo(503);
        assertThat(sonar.simulator().customers()).isEmpty();
        assertThat(api().post("/v1/customers", UPSERT).status()).isEqualTo(201);
    }

    @Test
    void failNextForOnePath() {
        sonar.simulator().failNext("POST", "/v1/messages", 1, 500, "{\"error\":\"boom\"}");
        assertThat(api().post("/v1/customers", UPSERT).status()).isEqualTo(201);
        assertThat(api().get("/v1/customers?phone_number=%2B13105550001").status()).isEqualTo(200);
        SonarApi.Reply failed = api().post("/v1/messages", "{\"to\":\"+13105550001\",\"text\":\"hi\"}");
        assertThat(failed.status()).isEqualTo(500);
        assertThat(failed.body()).isEqualTo("{\"error\":\"boom\"}");
        assertThat(sonar.simulator().messages()).isEmpty();
        assertThat(api().post("/v1/messages", "{\"to\":\"+13105550001\",\"text\":\"hi\"}").status()).isEqualTo(202);
    }

    @Test
    void rateLimitNextAnswers429WithRetryAfterBeforeAuthentication() {
        sonar.simulator().rateLimitNext(1, 7);
        SonarApi.Reply limited = SonarApi.send(api().anonymous("/v1/webhooks").GET());
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.header("Retry-After")).isEqualTo("7");
        assertThat(limited.body()).isEqualTo("{\"error\":\"Rate limit exceeded\"}");
        assertThat(api().get("/v1/webhooks").status()).isEqualTo(200);
    }

    @Test
    void dropNextConnectionsClosesTheSocketWithoutAnswer() {
        sonar.simulator().dropNextConnections(1);
        IOException failure = SonarApi.failure(api().builder("/v1/customers")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(UPSERT)));
        assertThat(failure).isNotNull();
        assertThat(sonar.simulator().customers()).isEmpty();
        assertThat(sonar.simulator().requests()).singleElement().extracting(ReceivedRequest::status).isEqualTo(0);
        assertThat(api().post("/v1/customers", UPSERT).status()).isEqualTo(201);
    }

    @Test
    void faultsAreConsumedInTheOrderTheyWereQueued() {
        sonar.simulator().rateLimitNext(1, 1).failNext(1, 502, "<html>Bad Gateway</html>");
        assertThat(api().get("/v1/webhooks").status()).isEqualTo(429);
        SonarApi.Reply gateway = api().get("/v1/webhooks");
        assertThat(gateway.status()).isEqualTo(502);
        assertThat(gateway.body()).isEqualTo("<html>Bad Gateway</html>");
        assertThat(api().get("/v1/webhooks").status()).isEqualTo(200);
    }

    @Test
    void clearFaultsAndResetRemoveThem() {
        sonar.simulator().failNext(5, 500, null).latency(Duration.ofMillis(1)).clearFaults();
        assertThat(api().get("/v1/webhooks").status()).isEqualTo(200);
        sonar.simulator().failNext(5, 500, null);
        sonar.simulator().reset();
        assertThat(api().get("/v1/webhooks").status()).isEqualTo(200);
    }
}
