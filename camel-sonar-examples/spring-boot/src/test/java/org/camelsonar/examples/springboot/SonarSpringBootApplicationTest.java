package org.camelsonar.examples.springboot;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.camelsonar.component.sonar.SonarConstants;
import org.camelsonar.component.sonar.error.SonarAuthenticationException;
import org.camelsonar.component.sonar.health.SonarCredentialsHealthCheck;
import org.camelsonar.component.sonar.model.MessageResult;
import org.camelsonar.simulator.SimulatedMessage;
import org.camelsonar.simulator.SonarEvents;
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
import static org.awaitility.Awaitility.await;

/**
 * The application against the Sonar simulator, on a real Boot web server: one Spring context for the class.
 * The simulator starts before the context, so that its URL and token can be passed as properties.
 */
@CamelSpringBootTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
@Import(PerMessageUriRoutes.class)
class SonarSpringBootApplicationTest {

    private static final SonarSimulator SONAR = SonarSimulator.builder().token("boot-token").retryScale(0.001)
            .build().start();

    @DynamicPropertySource
    static void sonar(DynamicPropertyRegistry registry) {
        registry.add("camel.component.sonar.base-url", SONAR::baseUrl);
        registry.add("camel.component.sonar.token", SONAR::token);
        // Sonar (the simulator) delivers webhooks to the Boot web server's random port
        registry.add("sonar.example.public-url", () -> "http://127.0.0.1:${local.server.port}");
        registry.add("sonar.example.webhook-secret", () -> "boot-s3cret");
    }

    @TestConfiguration
    static class SimulatorLifecycle {
        @Bean
        ClosedAfterCamel closeSimulator() {
            return new ClosedAfterCamel(SONAR);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    private ProducerTemplate template;
    @Autowired
    private CamelContext camel;
    // the JDK client: TestRestTemplate on Apache HttpClient 5 would retry each 503 after a second
    private final HttpClient http = HttpClient.newHttpClient();
    @LocalServerPort
    private int port;

    @Test
    void upsertsACustomerSendsATextAndAnswersAnInboundText() {
        // the consumer registered its webhook with Sonar on start, at the Boot server's URL
        assertThat(SONAR.webhooks()).singleElement().satisfies(webhook -> assertThat(webhook.url())
                .isEqualTo("http://127.0.0.1:" + port + "/sonar/webhook/new_unassigned_message?secret=boot-s3cret"));

        MessageResult sent = template.requestBodyAndHeaders("direct:welcome", null, Map.of(
                SonarConstants.PHONE_NUMBER, "+13105550101",
                SonarConstants.FIRST_NAME, "Ada",
                SonarConstants.LAST_NAME, "Lovelace",
                SonarConstants.EMAIL, "ada@example.com"), MessageResult.class);

        assertThat(sent.isQueued()).isTrue();
        assertThat(SONAR.customer("+13105550101")).hasValueSatisfying(customer -> {
            assertThat(customer.firstName()).isEqualTo("Ada");
            assertThat(customer.email()).isEqualTo("ada@example.com");
        });
        assertThat(SONAR.messages()).filteredOn(text -> "+13105550101".equals(text.phoneNumber()))
                .singleElement().satisfies(text -> {
            assertThat(text.direction()).isEqualTo(SimulatedMessage.OUTBOUND);
            assertThat(text.text()).isEqualTo("Hi Ada, welcome to Sonar Coffee!");
        });

        // the customer texts back: the simulator delivers new_unassigned_message to the webhook on the Boot server
        SONAR.inboundText("+13105550101", "Is the shop open on Sunday?");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(SONAR.messages())
                .filteredOn(text -> "+13105550101".equals(text.phoneNumber()))
                .filteredOn(text -> SimulatedMessage.OUTBOUND.equals(text.direction()))
                .extracting(SimulatedMessage::text)
                .contains("Thanks for your message! A barista will answer shortly."));
        assertThat(SONAR.awaitDeliveries(d -> SonarEvents.NEW_UNASSIGNED_MESSAGE.equals(d.action()), 1,
                Duration.ofSeconds(5))).first().satisfies(delivery -> assertThat(delivery.statusCode()).isEqualTo(200));
        assertThat(camel.getRoute("auto-reply")).isNotNull();
        assertThat(camel.getRouteController().getRouteStatus("auto-reply").isStarted()).isTrue();
    }

    @Test
    void aRejectedTokenShowsInCamelHealthClearsWithTheFirstSuccessAndNeverTakesTheInstanceOutOfRotation()
            throws Exception {
        assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
        // camelHealth is UP only while every Camel check is, sonar-credentials among them
        HttpResponse<String> before = get("/actuator/health");
        assertThat(camelHealth(before).path("status").asText()).as(before.body()).isEqualTo("UP");
        // camel.health.exposure-level=full: the sonar check is listed while UP, not only once it is DOWN
        assertThat(before.body()).contains("\"sonar\":\"UP\"");

        // Sonar rejects the token for 300 texts, each sent through an endpoint URI of its own (toD)
        SONAR.failNext("POST", "/v1/messages", 300, 401, "{\"error\":\"Token or publishable_key not found\"}");
        for (int i = 0; i < 300; i++) {
            assertThat(catchSend(String.format("+1310555%04d", i)))
                    .hasRootCauseInstanceOf(SonarAuthenticationException.class);
            if (i % 100 == 0) {
                assertThat(get("/actuator/health/readiness").statusCode()).as("readiness after %d rejections", i + 1)
                        .isEqualTo(200);
            }
        }

        HttpResponse<String> rejected = get("/actuator/health");
        JsonNode camelHealth = camelHealth(rejected);
        assertThat(camelHealth.path("status").asText()).as(rejected.body()).isEqualTo("DOWN");
        assertThat(camelHealth.path("details").path(SonarCredentialsHealthCheck.ID).asText()).isEqualTo("DOWN");
        assertThat(camelHealth.path("details").path("sonar").asText()).as("the webhooks' check").isNotEqualTo("DOWN");
        assertThat(rejected.body()).contains("HTTP 401: Token or publishable_key not found")
                .doesNotContain("boot-token").doesNotContain("boot-s3cret");
        HttpResponse<String> readiness = get("/actuator/health/readiness");
        assertThat(readiness.statusCode()).as("a failure to send keeps the instance in rotation: " + readiness.body())
                .isEqualTo(200);

        // Sonar's deliveries still reach the application meanwhile: receiving needs no token
        HttpResponse<String> delivery = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/sonar/webhook/customer_created?secret=boot-s3cret")).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"action\":\"customer_created\",\"uuid\":\"d-1\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(delivery.statusCode()).as("a delivery while the token is rejected: " + delivery.body())
                .isEqualTo(200);
        assertThat(camel.getEndpoint("mock:customer-created", MockEndpoint.class).getReceivedCounter()).isEqualTo(1);

        // the token works again: the first accepted text, on a URI no call used before, clears the rejection
        assertThat(catchSend("+13105559999")).isNull();
        assertThat(SONAR.messages()).filteredOn(text -> "+13105559999".equals(text.phoneNumber())).hasSize(1);
        HttpResponse<String> recovered = get("/actuator/health");
        assertThat(camelHealth(recovered).path("status").asText()).as(recovered.body()).isEqualTo("UP");
        assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Every Camel check, in /actuator/health: its status, and each check's status in its details. */
    private static JsonNode camelHealth(HttpResponse<String> health) throws Exception {
        return JSON.readTree(health.body()).path("components").path("camelHealth");
    }

    private Throwable catchSend(String phone) {
        try {
            template.sendBodyAndHeader("direct:text", "Your order shipped", "phone", phone);
            return null;
        } catch (Exception e) {
            return e;
        }
    }
}
