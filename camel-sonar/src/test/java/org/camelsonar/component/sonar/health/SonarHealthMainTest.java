package org.camelsonar.component.sonar.health;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.main.Main;
import org.camelsonar.component.sonar.SonarComponent;
import org.camelsonar.testsupport.SonarCamel;
import org.camelsonar.testsupport.SonarWireMock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The health checks through Camel Main's management server: readiness ({@code /observe/health/ready}) DOWN while Sonar
 * refuses the webhook registration, UP once the consumer's next check (webhookReconcileInterval) succeeds; a rejected
 * token shows in the full report ({@code /observe/health}) and clears with the first successful call, whatever its
 * endpoint URI, while readiness and webhook deliveries are not affected.
 */
class SonarHealthMainTest {

    private static final String TOKEN = "tok-health-secret";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    @RegisterExtension
    static final SonarWireMock SONAR = new SonarWireMock();

    private Main main;

    private static WireMockServer sonar() {
        return SONAR.server();
    }

    @AfterEach
    void stopAll() throws Exception {
        if (main != null && !main.isStopped()) {
            main.stop();
        }
    }

    @Test
    void readinessIsDownWhileTheWebhookCannotRegisterThenUp() throws Exception {
        sonar().stubFor(get(urlEqualTo("/api/v1/webhooks")).willReturn(okJson("[]")));
        // Sonar refuses the token until the test moves the scenario on
        sonar().stubFor(post(urlEqualTo("/api/v1/webhooks")).inScenario("token").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":\"Invalid token\"}")));
        sonar().stubFor(post(urlEqualTo("/api/v1/webhooks")).inScenario("token").whenScenarioStateIs("accepted")
                .willReturn(okJson("{\"id\":77}")));

        main = mainWith();
        main.configure().addRoutesBuilder(new RouteBuilder() {
            @Override
            public void configure() {
                from("sonar:webhook/customer_created?webhookExternalUrl=https://hooks.example.com&webhookSecret=s3cret"
                     + "&webhookReconcileInterval=200")
                        .routeId("created").to("log:created?level=DEBUG");
            }
        });
        main.start();
        int managementPort = SonarCamel.managementPort(main.getCamelContext());

        String ready = "http://127.0.0.1:" + managementPort + "/observe/health/ready";
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            HttpResponse<String> down = fetch(ready);
            assertThat(down.statusCode()).isEqualTo(503);
            assertThat(down.body()).contains("\"sonar\"").contains("HTTP 401: Invalid token")
                    .contains("customer_created").doesNotContain(TOKEN).doesNotContain("s3cret");
        });

        sonar().setScenarioState("token", "accepted");

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            HttpResponse<String> up = fetch(ready);
            assertThat(up.statusCode()).as(up.body()).isEqualTo(200);
            assertThat(up.body()).contains("\"sonar\"").doesNotContain("Invalid token");
        });

        // the check as documented in docs/health.md: by id, and left out with camel.health.exclude-pattern
        HealthCheck check = HealthCheckHelper.getHealthCheck(main.getCamelContext(), "sonar");
        assertThat(check).isInstanceOf(SonarHealthCheck.class);
        HealthCheckRegistry registry = HealthCheckRegistry.get(main.getCamelContext());
        registry.setExcludePattern("sonar");
        assertThat(registry.isExcluded(check)).isTrue();
    }

    @Test
    void aRejectedTokenClearsWithTheFirstSuccessWhateverItsUriAndNeverStopsReceiving() throws Exception {
        // Sonar rejects the token until the test moves the scenario on (the token was reactivated in Sonar)
        sonar().stubFor(post(urlEqualTo("/api/v1/messages")).inScenario("token").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":\"Token or publishable_key not found\"}")));
        sonar().stubFor(post(urlEqualTo("/api/v1/messages")).inScenario("token").whenScenarioStateIs("accepted")
                .willReturn(aResponse().withStatus(202).withHeader("Content-Type", "application/json")
                        .withBody("{\"status\":\"queued\"}")));
        main = mainWith();
        main.configure().addRoutesBuilder(new RouteBuilder() {
            @Override
            public void configure() {
                // an endpoint URI per message, as many routes build them
                from("direct:send").toD("sonar:message/send?phoneNumber=RAW(${header.phone})");
                from("sonar:webhook/new_unassigned_message?webhookAutoRegister=false&webhookSecret=hook-s3cret")
                        .routeId("inbox").to("log:inbox?level=DEBUG");
            }
        });
        main.start();
        int serverPort = SonarCamel.port(main.getCamelContext());
        int managementPort = SonarCamel.managementPort(main.getCamelContext());
        String ready = "http://127.0.0.1:" + managementPort + "/observe/health/ready";
        String full = "http://127.0.0.1:" + managementPort + "/observe/health";

        for (int i = 0; i < 300; i++) {
            send(String.format("+1310555%04d", i));
        }
        HttpResponse<String> rejected = fetch(full);
        assertThat(rejected.statusCode()).isEqualTo(503);
        assertThat(rejected.body()).contains("sonar-credentials").contains("HTTP 401: Token or publishable_key not found")
                .doesNotContain(TOKEN);
        assertThat(fetch(ready).statusCode()).as("a failure to send keeps the instance in rotation").isEqualTo(200);
        HttpResponse<String> delivery = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + serverPort
                + "/sonar/webhook/new_unassigned_message?secret=hook-s3cret")).timeout(Duration.ofSeconds(5))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"action\":\"new_unassigned_message\",\"uuid\":\"d-1\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(delivery.statusCode()).as("a delivery while the token is rejected").isEqualTo(200);

        sonar().setScenarioState("token", "accepted");
        send("+13105559999"); // a URI no call used before

        HttpResponse<String> recovered = fetch(full);
        assertThat(recovered.statusCode()).as(recovered.body()).isEqualTo(200);
        SonarComponent component = main.getCamelContext().getComponent("sonar", SonarComponent.class);
        assertThat(component.health().trackedCredentials()).as("one credential, 301 endpoint URIs").isEqualTo(1);
    }

    /** Camel Main with its server and management endpoints on a port the server binds itself. */
    private Main mainWith() {
        Main configured = new Main();
        configured.addInitialProperty("camel.main.name", "sonar-health-test");
        SonarCamel.mainServerProperties().forEach(configured::addInitialProperty);
        SonarCamel.mainManagementProperties().forEach(configured::addInitialProperty);
        configured.addInitialProperty("camel.management.health-check-enabled", "true");
        configured.addInitialProperty("camel.health.exposure-level", "full");
        configured.addInitialProperty("camel.component.sonar.token", TOKEN);
        configured.addInitialProperty("camel.component.sonar.base-url", "http://127.0.0.1:" + sonar().port() + "/api");
        return configured;
    }

    private void send(String phone) {
        main.getCamelContext().createFluentProducerTemplate().to("direct:send").withHeader("phone", phone)
                .withBody("Your order shipped").send();
    }

    private HttpResponse<String> fetch(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
