package org.camelsonar.examples.springboot;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.apache.camel.ProducerTemplate;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.camelsonar.component.sonar.error.SonarAuthenticationException;
import org.camelsonar.simulator.SonarSimulator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The opposite choice, for an application that only sends: with {@code camelHealth} in the readiness group (as
 * docs/spring-boot.md shows it), a rejected token takes the instance out of rotation until a call succeeds again.
 */
@CamelSpringBootTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = "management.endpoint.health.group.readiness.include=readinessState,camelHealth")
@DirtiesContext
@Import(PerMessageUriRoutes.class)
class SonarReadinessIncludesCredentialsTest {

    private static final SonarSimulator SONAR = SonarSimulator.builder().token("send-only-token").build().start();

    @DynamicPropertySource
    static void sonar(DynamicPropertyRegistry registry) {
        registry.add("camel.component.sonar.base-url", SONAR::baseUrl);
        registry.add("camel.component.sonar.token", SONAR::token);
        registry.add("sonar.example.public-url", () -> "http://127.0.0.1:${local.server.port}");
        registry.add("sonar.example.webhook-secret", () -> "send-only-s3cret");
    }

    @TestConfiguration
    static class SimulatorLifecycle {
        @Bean
        ClosedAfterCamel closeSimulator() {
            return new ClosedAfterCamel(SONAR);
        }
    }

    @Autowired
    private ProducerTemplate template;
    private final HttpClient http = HttpClient.newHttpClient();
    @LocalServerPort
    private int port;

    @Test
    void readinessIsDownWhileSonarRejectsTheTokenThenUpWithTheFirstSuccess() throws Exception {
        assertThat(readiness().statusCode()).isEqualTo(200);

        SONAR.failNext("POST", "/v1/messages", 1, 401, "{\"error\":\"Token or publishable_key not found\"}");
        assertThat(catchThrowable(() -> send("+13105550201")))
                .hasRootCauseInstanceOf(SonarAuthenticationException.class);

        HttpResponse<String> down = readiness();
        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(down.body()).contains("\"camelHealth\":{\"status\":\"DOWN\"")
                .doesNotContain("send-only-token");

        send("+13105550202"); // another endpoint URI, accepted
        HttpResponse<String> up = readiness();
        assertThat(up.statusCode()).as(up.body()).isEqualTo(200);
    }

    private void send(String phone) {
        template.sendBodyAndHeader("direct:text", "Your order shipped", "phone", phone);
    }

    private HttpResponse<String> readiness() throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
