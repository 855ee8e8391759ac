package org.camelsonar.component.sonar.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.RoutesBuilder;
import org.camelsonar.testsupport.SonarCamel;
import org.camelsonar.testsupport.SonarWireMock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

/**
 * One started Camel context per test, with the sonar component pointed at a WireMock server (127.0.0.1, one per
 * class, reset before each test) and a Vert.x platform-http server on 127.0.0.1 that binds a port of its own
 * choosing. Routes are added by the tests themselves, after they stubbed Sonar, so that registration on route start meets the stubs.
 */
abstract class SonarWebhookTestSupport {

    static final String TOKEN = "tok-webhook-0c1d2e3f4a5b6c7d8e9f";
    static final String EXTERNAL_URL = "https://hooks.example.com";
    static final String WEBHOOKS = "/api/v1/webhooks";
    static final ObjectMapper JSON = new ObjectMapper();

    /** Sonar, played by WireMock: one server per test class, reset before each test. */
    @RegisterExtension
    static final SonarWireMock SONAR = new SonarWireMock();

    CamelContext context;
    ProducerTemplate template;
    HttpClient http;
    int port;

    static WireMockServer wireMock() {
        return SONAR.server();
    }

    @BeforeEach
    void startCamel() throws Exception {
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .build();
        context = SonarCamel.context(baseUrl(), TOKEN, true);
        context.start();
        port = SonarCamel.port(context);
        template = context.createProducerTemplate();
    }

    @AfterEach
    void stopCamel() throws Exception {
        if (template != null) {
            template.stop();
        }
        if (context != null) {
            context.stop();
        }
    }

    static String baseUrl() {
        return SONAR.baseUrl();
    }

    void addRoutes(RoutesBuilder routes) throws Exception {
        context.addRoutes(routes);
    }

    // ---- HTTP deliveries ----

    URI local(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + port + pathAndQuery);
    }

    HttpResponse<String> post(String pathAndQuery, String body, String... headers) throws Exception {
        return send("POST", pathAndQuery, body, headers);
    }

    HttpResponse<String> send(String method, String pathAndQuery, String body, String... headers) throws Exception {
        return http.send(request(method, pathAndQuery, body, headers), HttpResponse.BodyHandlers.ofString());
    }

    CompletableFuture<HttpResponse<String>> postAsync(String pathAndQuery, String body) {
        return http.sendAsync(request("POST", pathAndQuery, body), HttpResponse.BodyHandlers.ofString());
    }

    HttpRequest request(String method, String pathAndQuery, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(local(pathAndQuery)).timeout(Duration.ofSeconds(15))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return request.build();
    }

    /** A minimal event as Sonar delivers it. */
    static String event(String action, String uuid) {
        return "{\"action\":\"" + action + "\",\"uuid\":\"" + uuid + "\",\"message_id\":\"m-" + uuid
               + "\",\"customer\":{\"first_name\":\"Ann\",\"phone_number\":\"+13105550001\"}}";
    }

    static String resource(String name) {
        try (InputStream in = SonarWebhookTestSupport.class.getResourceAsStream("/webhook/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No test resource /webhook/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- Sonar's side (WireMock) ----

    /** Sonar lists the given webhooks, creates with the given id and deletes anything. */
    static void stubSonarWebhooks(String listBody, int createdId) {
        wireMock().stubFor(get(urlEqualTo(WEBHOOKS)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(listBody)));
        wireMock().stubFor(WireMock.post(urlEqualTo(WEBHOOKS)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"id\":" + createdId + ",\"active\":true,\"payload\":\"\",\"name\":\"x\","
                          + "\"created_at\":\"2015-07-25T20:19:09.213-07:00\"}")));
        wireMock().stubFor(delete(urlEqualTo(WEBHOOKS + "/" + createdId)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{}")));
    }

    /** The requests Sonar received, oldest first. */
    static List<ServeEvent> sonarCalls() {
        return SONAR.calls();
    }

    static List<String> sonarCallLines() {
        return sonarCalls().stream().map(e -> e.getRequest().getMethod() + " " + e.getRequest().getUrl()).toList();
    }

    static List<ServeEvent> sonarCalls(RequestMethod method, String url) {
        return sonarCalls().stream().filter(e -> e.getRequest().getMethod().equals(method)
                                                 && e.getRequest().getUrl().equals(url)).toList();
    }

    /** The body of the only webhook creation Sonar received. */
    static JsonNode createdWebhook() throws IOException {
        List<ServeEvent> posts = sonarCalls(RequestMethod.POST, WEBHOOKS);
        if (posts.size() != 1) {
            throw new AssertionError("Expected one POST " + WEBHOOKS + " but Sonar got " + sonarCallLines());
        }
        return JSON.readTree(posts.get(0).getRequest().getBodyAsString());
    }

    /** The secret in the URL of a registered webhook. */
    static String secretOf(String registeredUrl) {
        return registeredUrl.substring(registeredUrl.indexOf("?secret=") + "?secret=".length());
    }
}
