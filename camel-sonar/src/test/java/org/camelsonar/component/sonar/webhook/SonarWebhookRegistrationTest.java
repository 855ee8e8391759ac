package org.camelsonar.component.sonar.webhook;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.apache.camel.builder.RouteBuilder;
import org.apache.logging.log4j.Level;
import org.camelsonar.component.sonar.SonarComponent;
import org.camelsonar.component.sonar.error.SonarAuthenticationException;
import org.camelsonar.component.sonar.error.SonarException;
import org.camelsonar.testsupport.LogCapture;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Registration with Sonar on route start, reuse, removal on stop when asked for, opt-out and failures, against a
 * WireMock Sonar whose list of webhooks does not change unless a test lists a new state after the create (a WireMock
 * scenario). SeveralInstancesTest in camel-sonar-reliability covers the same against the simulator, with several
 * instances.
 */
class SonarWebhookRegistrationTest extends SonarWebhookTestSupport {

    private final AtomicInteger runs = new AtomicInteger();

    private RouteBuilder route(String routeId, String uri) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId(routeId).process(exchange -> runs.incrementAndGet());
            }
        };
    }

    @Test
    void registersOnStartWithExactBodyAndKeepsTheWebhookOnStop() throws Exception {
        stubSonarWebhooks("[]", 42);

        addRoutes(route("welcome", "sonar:webhook/customer_created?webhookExternalUrl=" + EXTERNAL_URL));

        // listed again after the create, to converge with instances that created one at the same moment
        assertThat(sonarCallLines()).containsExactly("GET " + WEBHOOKS, "POST " + WEBHOOKS, "GET " + WEBHOOKS);
        sonarCalls().forEach(call -> assertThat(call.getRequest().getHeader("X-Token")).isEqualTo(TOKEN));
        JsonNode body = createdWebhook();
        assertThat(fieldNames(body)).containsExactly("webhook");
        JsonNode webhook = body.get("webhook");
        assertThat(fieldNames(webhook)).containsExactlyInAnyOrder("name", "active", "settings", "url", "http_method");
        assertThat(webhook.get("name").asText()).isEqualTo("camel-sonar welcome customer_created");
        assertThat(webhook.get("active").isTextual()).as("active is sent as the string \"true\"").isTrue();
        assertThat(webhook.get("active").asText()).isEqualTo("true");
        assertThat(webhook.get("http_method").asText()).isEqualTo("POST");
        assertThat(fieldNames(webhook.get("settings"))).containsExactly("customer_created");
        assertThat(webhook.get("settings").get("customer_created").isTextual()).isTrue();
        assertThat(webhook.get("settings").get("customer_created").asText()).isEqualTo("true");
        String url = webhook.get("url").asText();
        assertThat(url).matches("https://hooks\\.example\\.com/sonar/webhook/customer_created\\?secret=[A-Za-z0-9_-]{43}");

        // the registered secret is the one deliveries must carry
        String secret = secretOf(url);
        assertThat(post("/sonar/webhook/customer_created?secret=" + secret, event("customer_created", "r-1"))
                .statusCode()).isEqualTo(200);
        assertThat(post("/sonar/webhook/customer_created?secret=" + secret + "x", event("customer_created", "r-2"))
                .statusCode()).isEqualTo(401);
        assertThat(runs).hasValue(1);

        context.getRouteController().stopRoute("welcome");

        // other instances, or the next one of a rolling deploy, still serve it
        assertThat(sonarCallLines()).containsExactly("GET " + WEBHOOKS, "POST " + WEBHOOKS, "GET " + WEBHOOKS);
        assertThat(post("/sonar/webhook/customer_created?secret=" + secret, event("customer_created", "r-3"))
                .statusCode()).as("nothing listens once the route stopped").isEqualTo(404);
    }

    @Test
    void contextShutdownRemovesTheWebhookWhenAskedFor() throws Exception {
        stubSonarWebhooks("{\"webhooks\":[]}", 43);
        addRoutes(route("bye", "sonar:webhook/customer_unsubscribed?webhookUnregisterOnStop=true&webhookExternalUrl="
                               + EXTERNAL_URL));
        assertThat(createdWebhook().get("webhook").get("settings").has("customer_unsubscribed")).isTrue();

        context.stop();

        assertThat(sonarCallLines()).containsExactly("GET " + WEBHOOKS, "POST " + WEBHOOKS, "GET " + WEBHOOKS,
                "GET " + WEBHOOKS, "DELETE " + WEBHOOKS + "/43");
        assertThat(sonarCalls(RequestMethod.DELETE, WEBHOOKS + "/43").get(0).getRequest().getHeader("X-Token"))
                .isEqualTo(TOKEN);
    }

    @Test
    void webhookNameOptionAndTrailingSlashOfTheExternalUrl() throws Exception {
        stubSonarWebhooks("[]", 44);

        addRoutes(route("named", "sonar:webhook/new_unassigned_message?webhookName=Inbox to CRM"
                                 + "&webhookExternalUrl=" + EXTERNAL_URL + "/"));

        JsonNode webhook = createdWebhook().get("webhook");
        assertThat(webhook.get("name").asText()).isEqualTo("Inbox to CRM");
        assertThat(webhook.get("url").asText())
                .startsWith("https://hooks.example.com/sonar/webhook/new_unassigned_message?secret=");
        assertThat(fieldNames(webhook.get("settings"))).containsExactly("new_unassigned_message");
    }

    @Test
    void webhookPathOptionIsServedAndRegistered() throws Exception {
        stubSonarWebhooks("[]", 45);

        addRoutes(route("custom-path", "sonar:webhook/outbound_message?webhookPath=hooks/outbound"
                                       + "&webhookSecret=path-secret&webhookExternalUrl=" + EXTERNAL_URL));

        assertThat(createdWebhook().get("webhook").get("url").asText())
                .isEqualTo(EXTERNAL_URL + "/hooks/outbound?secret=path-secret");
        assertThat(post("/hooks/outbound?secret=path-secret", event("outbound_message", "p-1")).statusCode())
                .isEqualTo(200);
        assertThat(post("/sonar/webhook/outbound_message?secret=path-secret", event("outbound_message", "p-2"))
                .statusCode()).isEqualTo(404);
        assertThat(runs).hasValue(1);
    }

    @Test
    void derivedSecretIsTheSameOnEveryStartSoThatInstancesAgree() throws Exception {
        stubSonarWebhooks("[]", 46);
        addRoutes(route("restart", "sonar:webhook/customer_created?webhookExternalUrl=" + EXTERNAL_URL));
        String first = secretOf(createdWebhook().get("webhook").get("url").asText());

        context.getRouteController().stopRoute("restart");
        wireMock().resetRequests();
        context.getRouteController().startRoute("restart");
        String second = secretOf(createdWebhook().get("webhook").get("url").asText());

        assertThat(second).isEqualTo(first).hasSize(43).doesNotContain(TOKEN);
        assertThat(post("/sonar/webhook/customer_created?secret=" + first, event("customer_created", "s-1"))
                .statusCode()).isEqualTo(200);
        assertThat(post("/sonar/webhook/customer_created?secret=" + first + "x", event("customer_created", "s-2"))
                .statusCode()).isEqualTo(401);
    }

    @Test
    void anotherTokenOrUrlDerivesAnotherSecret() {
        String secret = WebhookSecret.derived(TOKEN, "https://a.example.com/sonar/webhook/customer_created").value();
        assertThat(WebhookSecret.derived(TOKEN, "https://a.example.com/sonar/webhook/customer_created").value())
                .isEqualTo(secret);
        assertThat(WebhookSecret.derived(TOKEN + "2", "https://a.example.com/sonar/webhook/customer_created").value())
                .isNotEqualTo(secret);
        assertThat(WebhookSecret.derived(TOKEN, "https://b.example.com/sonar/webhook/customer_created").value())
                .isNotEqualTo(secret);
    }

    @Test
    void byDefaultAStoppedContextLeavesTheWebhookInSonar() throws Exception {
        stubSonarWebhooks("[]", 47);
        addRoutes(route("keep", "sonar:webhook/customer_created?webhookSecret=fixed-secret&webhookExternalUrl="
                                + EXTERNAL_URL));
        assertThat(sonarCallLines()).containsExactly("GET " + WEBHOOKS, "POST " + WEBHOOKS, "GET " + WEBHOOKS);

        context.getRouteController().stopRoute("keep");
        context.stop();

        assertThat(sonarCallLines()).containsExactly("GET " + WEBHOOKS, "POST " + WEBHOOKS, "GET " + WEBHOOKS);
    }

    @Test
    void identicalExistingWebhookIsReusedAndNotDeleted() throws Exception {
        String url = EXTERNAL_URL + "/sonar/webhook/customer_created?secret=fixed-secret";
        stubSonarWebhooks("[{\"id\":7,\"name\":\"set up by the deploy step\",\"active\":true,\"payload\":\"\","
                          + "\"settings\":{\"customer_created\":\"true\",\"outbound_message\":\"false\"},"
                          + "\"url\":\"" + url + "\",\"http_method\":\"POST\"}]", 99);

        addRoutes(route("reuse", "sonar:webhook/customer_created?webhookSecret=fixed-secret&webhookExternalUrl="
                                 + EXTERNAL_URL));
        assertThat(post("/sonar/webhook/customer_created?secret=fixed-secret", event("customer_created", "x-1"))
                .statusCode()).isEqualTo(200);
        context.getRouteController().stopRoute("reuse");

        assertThat(sonarCallLines()).containsExactly("GET " + WEBHOOKS);
    }

    @Test
    void similarButDifferentWebhooksAreNeitherReusedNorDeleted() throws Exception {
        String url = EXTERNAL_URL + "/sonar/webhook/customer_created?secret=fixed-secret";
        String others = "[" + existing(1, url, "\"customer_created\":\"true\",\"customer_subscribed\":\"true\"", "POST", true)
                        + "," + existing(2, url, "\"customer_created\":\"true\"", "GET", true)
                        + "," + existing(4, url + "x", "\"customer_created\":\"true\"", "POST", true) + "]";
        stubSonarWebhooks(others, 50);

        addRoutes(route("fresh", "sonar:webhook/customer_created?webhookSecret=fixed-secret&webhookExternalUrl="
                                 + EXTERNAL_URL));
        assertThat(createdWebhook().get("webhook").get("url").asText()).isEqualTo(url);
        context.getRouteController().stopRoute("fresh");

        assertThat(sonarCallLines()).containsExactly("GET " + WEBHOOKS, "POST " + WEBHOOKS, "GET " + WEBHOOKS);
    }

    @Test
    void anInactiveCopyOfOursIsDeletedOnceTheNewActiveOneIsListed() throws Exception {
        String url = EXTERNAL_URL + "/sonar/webhook/customer_created?secret=fixed-secret";
        String settings = "\"customer_created\":\"true\"";
        String inactive = existing(3, url, settings, "POST", false);
        stubSonarWebhooks("[]", 60);
        // the listing after the create shows the new one next to the deactivated copy
        listing("[" + inactive + "]", "[" + inactive + "," + existing(60, url, settings, "POST", true) + "]");
        stubDelete(3);

        addRoutes(route("reactivated", "sonar:webhook/customer_created?webhookSecret=fixed-secret&webhookExternalUrl="
                                       + EXTERNAL_URL));

        assertThat(createdWebhook().get("webhook").get("url").asText()).isEqualTo(url);
        assertThat(sonarCallLines()).containsExactly("GET " + WEBHOOKS, "POST " + WEBHOOKS, "GET " + WEBHOOKS,
                "DELETE " + WEBHOOKS + "/3");
    }

    @Test
    void ofTwoActiveCopiesTheLowerIdIsKeptComparedAsANumber() throws Exception {
        String url = EXTERNAL_URL + "/sonar/webhook/customer_created?secret=fixed-secret";
        String settings = "\"customer_created\":\"true\"";
        stubSonarWebhooks("[]", 10);
        // another instance created 9 at the same moment; as text "10" would sort before "9"
        listing("[]", "[" + existing(10, url, settings, "POST", true) + ","
                      + existing(9, url, settings, "POST", true) + "]");

        addRoutes(route("raced", "sonar:webhook/customer_created?webhookSecret=fixed-secret&webhookExternalUrl="
                                 + EXTERNAL_URL));

        assertThat(sonarCallLines()).containsExactly("GET " + WEBHOOKS, "POST " + WEBHOOKS, "GET " + WEBHOOKS,
                "DELETE " + WEBHOOKS + "/10");
        assertThat(post("/sonar/webhook/customer_created?secret=fixed-secret", event("customer_created", "k-1"))
                .statusCode()).isEqualTo(200);
    }

    @Test
    void failedRemovalOnStopIsLoggedAndTheRouteStillStops() throws Exception {
        stubSonarWebhooks("[]", 48);
        wireMock().stubFor(WireMock.delete(urlEqualTo(WEBHOOKS + "/48")).willReturn(aResponse().withStatus(500)
                .withHeader("Content-Type", "application/json").withBody("{\"error\":\"Oops\"}")));
        addRoutes(route("stubborn", "sonar:webhook/customer_created?webhookUnregisterOnStop=true&webhookSecret=st"
                                    + "&webhookExternalUrl=" + EXTERNAL_URL));

        try (LogCapture log = LogCapture.of(Level.WARN, "org.camelsonar")) {
            context.getRouteController().stopRoute("stubborn");
            assertThat(log.warningsContaining("Could not remove")).singleElement().asString().contains("Oops")
                    .contains("customer_created").doesNotContain("st&").doesNotContain("secret=");
        }

        assertThat(context.getRouteController().getRouteStatus("stubborn").isStopped()).isTrue();
        assertThat(post("/sonar/webhook/customer_created?secret=st", event("customer_created", "st-1")).statusCode())
                .isEqualTo(404);
    }

    @Test
    void autoRegisterOffCallsNothingOnSonar() throws Exception {
        stubSonarWebhooks("[]", 51);

        addRoutes(route("manual", "sonar:webhook/customer_created?webhookAutoRegister=false&webhookSecret=manual"));
        assertThat(post("/sonar/webhook/customer_created?secret=manual", event("customer_created", "m-1")).statusCode())
                .isEqualTo(200);
        context.getRouteController().stopRoute("manual");
        context.stop();

        assertThat(runs).hasValue(1);
        assertThat(sonarCallLines()).isEmpty();
    }

    @Test
    void failedRegistrationWithoutLaterChecksFailsTheRouteStartWithSonarsErrorAndStopsListening() throws Exception {
        stubSonarWebhooks("[]", 52);
        wireMock().stubFor(WireMock.post(urlEqualTo(WEBHOOKS)).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json").withHeader("X-Request-Id", "req-401")
                .withBody("{\"error\":\"Bad Token\"}")));

        Throwable failure = catchStart(() -> addRoutes(route("refused", "sonar:webhook/customer_created?webhookSecret=s1"
                                                                        + "&webhookReconcileInterval=0"
                                                                        + "&webhookExternalUrl=" + EXTERNAL_URL)));

        SonarException sonar = sonarExceptionIn(failure);
        assertThat(sonar).isInstanceOf(SonarAuthenticationException.class);
        assertThat(sonar.getMessage()).contains("Sonar webhook POST /v1/webhooks failed with HTTP 401: Bad Token")
                .contains("req-401");
        assertThat(post("/sonar/webhook/customer_created?secret=s1", event("customer_created", "f-1")).statusCode())
                .as("nothing keeps listening after a failed registration").isEqualTo(404);
        assertThat(runs).hasValue(0);
        // the route did not start, and the readiness check still says why
        assertThat(context.getComponent("sonar", SonarComponent.class).health().webhookProblems().values())
                .singleElement().satisfies(problem -> assertThat(problem.status()).isEqualTo(401));
        context.stop();
        assertThat(sonarCallLines()).containsExactly("GET " + WEBHOOKS, "POST " + WEBHOOKS);
    }

    @Test
    void failedListingFailsTheRouteStartToo() throws Exception {
        wireMock().stubFor(WireMock.get(urlEqualTo(WEBHOOKS))
                .willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":\"Bad Token\"}")));

        Throwable failure = catchStart(() -> addRoutes(route("refused", "sonar:webhook/customer_created?webhookSecret=s2"
                                                                        + "&webhookReconcileInterval=0"
                                                                        + "&webhookExternalUrl=" + EXTERNAL_URL)));

        assertThat(sonarExceptionIn(failure).getMessage()).contains("Bad Token");
        assertThat(post("/sonar/webhook/customer_created?secret=s2", event("customer_created", "f-2")).statusCode())
                .isEqualTo(404);
        assertThat(sonarCallLines()).containsExactly("GET " + WEBHOOKS);
    }

    @Test
    void failedRegistrationWithLaterChecksStartsTheRouteAndReportsNotReady() throws Exception {
        stubSonarWebhooks("[]", 55);
        wireMock().stubFor(WireMock.post(urlEqualTo(WEBHOOKS)).willReturn(aResponse().withStatus(503)
                .withHeader("Content-Type", "application/json").withBody("{\"error\":\"Service Unavailable\"}")));

        try (LogCapture log = LogCapture.of(Level.WARN, "org.camelsonar")) {
            addRoutes(route("patient", "sonar:webhook/customer_created?webhookSecret=s3&webhookExternalUrl="
                                       + EXTERNAL_URL));
            assertThat(log.warningsContaining("not registered with Sonar")).singleElement().asString()
                    .contains("HTTP 503").contains("Trying again in 60000 ms").doesNotContain("s3");
        }

        // deliveries of a webhook that Sonar still has are served meanwhile
        assertThat(post("/sonar/webhook/customer_created?secret=s3", event("customer_created", "p-1")).statusCode())
                .isEqualTo(200);
        SonarComponent sonar = context.getComponent("sonar", SonarComponent.class);
        assertThat(sonar.health().webhookProblems().values()).singleElement()
                .satisfies(problem -> assertThat(problem.status()).isEqualTo(503));
    }

    @Test
    void missingExternalUrlFailsNamingTheOption() throws Exception {
        stubSonarWebhooks("[]", 53);

        Throwable failure = catchStart(() -> addRoutes(route("no-url", "sonar:webhook/customer_created")));

        assertThat(failure).hasStackTraceContaining("webhookExternalUrl");
        assertThat(rootCause(failure)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'webhookExternalUrl'");
        assertThat(sonarCallLines()).isEmpty();
        assertThat(post("/sonar/webhook/customer_created", event("customer_created", "n-1")).statusCode())
                .isEqualTo(404);
    }

    /**
     * A user-chosen secret, e.g. made with {@code openssl rand -base64 18}, often holds '+', '/' or '='. Sonar calls
     * the registered URL as registered, so the delivery must be accepted.
     */
    @Test
    void registeredUrlWorksForASecretWithUrlSpecialCharacters() throws Exception {
        stubSonarWebhooks("[]", 54);
        String secret = "q0Zr+7u/Yw3k9VbL2xPq==";

        addRoutes(route("b64", "sonar:webhook/customer_created?webhookSecret=RAW(" + secret + ")&webhookExternalUrl="
                               + EXTERNAL_URL));
        String registered = createdWebhook().get("webhook").get("url").asText();
        // what Sonar will call: the registered URL, on this host
        URI asSonarCallsIt = URI.create(registered);
        String pathAndQuery = asSonarCallsIt.getRawPath() + "?" + asSonarCallsIt.getRawQuery();

        HttpResponse<String> response = post(pathAndQuery, event("customer_created", "b-1"));

        assertThat(response.statusCode())
                .as("Sonar delivering to the registered URL %s must be accepted (the secret must be URL-encoded in it)",
                        registered)
                .isEqualTo(200);
    }

    // ---- helpers ----

    private interface Start {
        void run() throws Exception;
    }

    /** Runs a start that must fail; returns the failure. */
    private static Throwable catchStart(Start start) {
        try {
            start.run();
        } catch (Throwable e) {
            return e;
        }
        throw new AssertionError("The route started although it should have failed");
    }

    private static String existing(int id, String url, String settings, String method, boolean active) {
        return "{\"id\":" + id + ",\"name\":\"other " + id + "\",\"active\":" + active + ",\"settings\":{" + settings
               + "},\"url\":\"" + url + "\",\"http_method\":\"" + method + "\"}";
    }

    /** Sonar lists {@code first} once, then {@code then}: the state after the create. */
    private static void listing(String first, String then) {
        wireMock().stubFor(WireMock.get(urlEqualTo(WEBHOOKS)).inScenario("listing")
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("listed once")
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(first)));
        wireMock().stubFor(WireMock.get(urlEqualTo(WEBHOOKS)).inScenario("listing").whenScenarioStateIs("listed once")
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(then)));
    }

    private static void stubDelete(int id) {
        wireMock().stubFor(WireMock.delete(urlEqualTo(WEBHOOKS + "/" + id)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{}")));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static SonarException sonarExceptionIn(Throwable failure) {
        assertThat(failure).isNotNull();
        Set<Throwable> seen = new HashSet<>();
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof SonarException sonar) {
                return sonar;
            }
        }
        throw new AssertionError("No SonarException in the failure", failure);
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }
}
