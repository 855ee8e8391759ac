package org.camelsonar.component.sonar.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.main.Main;
import org.camelsonar.component.sonar.SonarConstants;
import org.camelsonar.component.sonar.model.WebhookEvent;
import org.camelsonar.testsupport.SonarCamel;
import org.camelsonar.testsupport.SonarWireMock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The consumer under Camel Main with camel-platform-http-main: {@code camel.server.enabled=true} is all it takes to
 * have the webhook served, with no HTTP server configured in the route or the component.
 */
class SonarWebhookCamelMainTest {

    private final List<WebhookEvent> received = new CopyOnWriteArrayList<>();
    @RegisterExtension
    static final SonarWireMock SONAR = new SonarWireMock();

    private Main main;
    private int port;

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
    void webhookIsServedByCamelMainsHttpServer() throws Exception {
        sonar().stubFor(get(urlEqualTo("/api/v1/webhooks")).willReturn(okJson("[]")));
        sonar().stubFor(post(urlEqualTo("/api/v1/webhooks")).willReturn(okJson("{\"id\":501}")));
        sonar().stubFor(delete(urlEqualTo("/api/v1/webhooks/501")).willReturn(okJson("{}")));
        main = new Main();
        main.addInitialProperty("camel.main.name", "sonar-webhook-main-test");
        SonarCamel.mainServerProperties().forEach(main::addInitialProperty);
        main.addInitialProperty("camel.component.sonar.token", "tok-main-test");
        main.addInitialProperty("camel.component.sonar.base-url", "http://127.0.0.1:" + sonar().port() + "/api");
        main.configure().addRoutesBuilder(new RouteBuilder() {
            @Override
            public void configure() {
                from("sonar:webhook/new_unassigned_message?webhookAutoRegister=false&webhookSecret=main-s3cret")
                        .routeId("inbox")
                        .process(exchange -> {
                            assertThat(exchange.getMessage().getHeader(SonarConstants.EVENT_TYPE))
                                    .isEqualTo("new_unassigned_message");
                            received.add(exchange.getMessage().getBody(WebhookEvent.class));
                        });
                // registration goes through the component options bound by Camel Main
                from("sonar:webhook/customer_created?webhookExternalUrl=https://hooks.example.com"
                     + "&webhookSecret=main-reg").routeId("registered").to("log:created?level=DEBUG");
            }
        });

        main.start();
        port = SonarCamel.port(main.getCamelContext());
        assertThat(main.getCamelContext().isStarted()).isTrue();
        sonar().verify(1, postRequestedFor(urlEqualTo("/api/v1/webhooks")).withHeader("X-Token", equalTo("tok-main-test"))
                .withRequestBody(matchingJsonPath("$.webhook.url",
                        equalTo("https://hooks.example.com/sonar/webhook/customer_created?secret=main-reg"))));

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(
                "http://127.0.0.1:" + port + "/sonar/webhook/new_unassigned_message?secret=main-s3cret"))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"action\":\"new_unassigned_message\",\"uuid\":\"main-1\","
                                                          + "\"text\":\"Hello\",\"customer\":{\"phone_number\":\"+13105550003\"}}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> wrongSecret = http.send(HttpRequest.newBuilder(URI.create(
                "http://127.0.0.1:" + port + "/sonar/webhook/new_unassigned_message?secret=nope"))
                .timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString("{\"uuid\":\"main-2\"}")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(wrongSecret.statusCode()).isEqualTo(401);
        assertThat(received).singleElement().satisfies(event -> {
            assertThat(event.getUuid()).isEqualTo("main-1");
            assertThat(event.getText()).isEqualTo("Hello");
        });

        main.stop();
        assertThat(main.isStopped()).isTrue();
        // the webhook stays for the next instance of the application (webhookUnregisterOnStop=false)
        sonar().verify(0, deleteRequestedFor(urlEqualTo("/api/v1/webhooks/501")));
        assertThat(sonar().getAllServeEvents()).as("only the registered route called Sonar: list, create, list")
                .hasSize(3);
        assertThatThrownBy(() -> http.send(HttpRequest.newBuilder(URI.create(
                "http://127.0.0.1:" + port + "/sonar/webhook/new_unassigned_message?secret=main-s3cret"))
                .timeout(Duration.ofSeconds(5)).POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString()))
                .as("the HTTP server stopped with Main").isInstanceOf(java.io.IOException.class);
    }
}
