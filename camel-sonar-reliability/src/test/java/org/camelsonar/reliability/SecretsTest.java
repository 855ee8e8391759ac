package org.camelsonar.reliability;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.util.URISupport;
import org.camelsonar.component.sonar.SonarComponent;
import org.camelsonar.component.sonar.SonarConstants;
import org.camelsonar.component.sonar.SonarEndpoint;
import org.camelsonar.simulator.RegisteredWebhook;
import org.camelsonar.simulator.SimulatedMessage;
import org.camelsonar.simulator.SonarSimulator;
import org.camelsonar.testsupport.LogCapture;
import org.camelsonar.testsupport.SonarCamel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * End to end through the simulator, with everything Camel and the component log captured at TRACE: every producer
 * operation, failures of every kind, webhook registration, deliveries (good and with a wrong secret) and
 * unregistration. No token, publishable key or webhook secret (fixed, or made at start) appears in a log line,
 * an exception message, a toString or a URI Camel reports. The simulator's own log (Sonar's side) is not checked;
 * HttpClient's header and wire loggers are a documented exception (the component warns when they are on).
 */
class SecretsTest {

    private static final String TOKEN = "tok-sec-5c4b3a29180f7e6d5c4b3a2918";
    private static final String KEY = "pk-sec-0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d";
    private static final String HOOK_SECRET = "whsec-9f8e7d6c5b4a39281706f5e4d3c2b1a0";
    /** Camel core prints resolved property values (DEBUG: DefaultPropertiesParser, TRACE: DefaultPropertiesLookup). */
    private static final String PROPERTIES = "org.apache.camel.component.properties.";
    private static final String WRONG_TOKEN = "tok-wrong-11223344556677889900aabb";
    private static final String URI_KEY = "pk-uri-77665544-3322-1100-aabb-ccddeeff0011";
    /** Camel core's own loggers that print an endpoint URI or a resolved placeholder as written, at DEBUG/TRACE. */
    private static final List<String> CAMEL_URI_ECHOES = List.of("org.apache.camel.impl.engine.AbstractCamelContext",
            "org.apache.camel.support.DefaultComponent", "org.apache.camel.support.EndpointHelper",
            "org.apache.camel.impl.engine.DefaultCamelContextExtension");

    private SonarSimulator sim;
    private CamelContext camel;
    private LogCapture capture;
    private final List<Throwable> failures = new ArrayList<>();

    @AfterEach
    void stop() {
        if (capture != null) {
            capture.close();
        }
        if (camel != null) {
            camel.stop();
        }
        if (sim != null) {
            sim.close();
        }
    }

    @Test
    void noCredentialOrWebhookSecretInAnyLogLineExceptionToStringOrUri() throws Exception {
        sim = SonarSimulator.builder().token(TOKEN).publishableKey(KEY).retryScale(0.001)
                .campaign("spring_ab12", "Spring sale").tags("orders").build().start();
        capture = LogCapture.of("org.apache.camel", "org.camelsonar");
        AtomicInteger events = new AtomicInteger();
        camel = Reliability.context(sim.baseUrl(), TOKEN, KEY, true);
        camel.setMessageHistory(true);
        // as the docs advise: a secret comes from a property ({{env:...}} in production), never written in a route.
        // Camel core prints route definitions as written (RouteDefinition.toString at TRACE, FailedToCreateRoute
        // messages), so a literal secret in a from(...) URI would be printed by Camel itself.
        camel.getPropertiesComponent().addInitialProperty("hook.secret", HOOK_SECRET);
        // the server binds a port of its own choosing; the routes that register it come once it is known
        camel.start();
        String external = "http://127.0.0.1:" + SonarCamel.port(camel);
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:call").toD("${header.sonarUri}");
                from("sonar:webhook/customer_created?webhookExternalUrl=" + external + "&webhookSecret={{hook.secret}}")
                        .routeId("created").process(e -> events.incrementAndGet());
                // a secret made at start
                from("sonar:webhook/new_unassigned_message?webhookExternalUrl=" + external).routeId("inbound")
                        .process(e -> events.incrementAndGet());
                // a route that fails, so that Camel's error handler logs the exchange and its history
                from("sonar:webhook/tag_added_to_message?webhookExternalUrl=" + external + "&webhookSecret={{hook.secret}}")
                        .routeId("failing").throwException(new IllegalStateException("route failed"));
            }
        });
        ProducerTemplate template = camel.createProducerTemplate();
        List<RegisteredWebhook> hooks = sim.webhooks();
        assertThat(hooks).hasSize(3);
        // derived from the token and the URL
        String madeSecret = hooks.stream().filter(h -> h.wants("new_unassigned_message")).findFirst().orElseThrow()
                .url().replaceAll(".*[?&]secret=", "");
        assertThat(madeSecret).hasSizeGreaterThan(20);
        // set on the component in Java, or made by the consumer: in no line at all, Camel core's included
        List<String> secrets = List.of(TOKEN, KEY, madeSecret);
        // given as URI options or placeholders: Camel core prints URIs as written at TRACE (see isCamelUriEcho)
        List<String> uriSecrets = List.of(HOOK_SECRET, WRONG_TOKEN, URI_KEY);

        // every operation, as it succeeds
        String phone = "+13105550123";
        call(template, "sonar:customer/upsert?firstName=Ann", Map.of(SonarConstants.PHONE_NUMBER, phone), null);
        call(template, "sonar:customer/get", Map.of(SonarConstants.PHONE_NUMBER, phone), null);
        call(template, "sonar:message/send", Map.of(SonarConstants.PHONE_NUMBER, phone), "Hello");
        SimulatedMessage sent = sim.messages().get(0);
        call(template, "sonar:message/appendTag?tagName=orders",
                Map.of(SonarConstants.EXTERNAL_MESSAGE_ID, sent.externalId()), null);
        call(template, "sonar:campaign/send?campaignId=spring_ab12", Map.of(SonarConstants.PHONE_NUMBER, phone), null);
        call(template, "sonar:conversation/get", Map.of(SonarConstants.CONVERSATION_ID, sent.conversationId()), null);
        call(template, "sonar:phoneNumber/available", Map.of(), null);
        call(template, "sonar:customer/deleteProperty?propertyName=vip", Map.of(SonarConstants.PHONE_NUMBER, phone), null);
        call(template, "sonar:customer/unassign", Map.of(SonarConstants.PHONE_NUMBER, phone), null);
        call(template, "sonar:customer/close", Map.of(SonarConstants.PHONE_NUMBER, phone), null);
        call(template, "sonar:api/call?path=/v1/customers", Map.of(SonarConstants.QUERY, Map.of("phone_number", phone)),
                null);

        // and as it fails
        call(template, "sonar:customer/get?token=RAW(" + WRONG_TOKEN + ")", Map.of(SonarConstants.PHONE_NUMBER, phone),
                null);
        call(template, "sonar:customer/get?token=RAW(" + WRONG_TOKEN + ")&colour=red", Map.of(), null);
        call(template, "sonar:customer/get?publishableKey=RAW(" + URI_KEY + ")&defaultRegion=XY", Map.of(), null);
        call(template, "sonar:customer/get", Map.of(SonarConstants.PHONE_NUMBER, "12ab"), null);
        sim.failNext(1, 500, null);
        call(template, "sonar:customer/get", Map.of(SonarConstants.PHONE_NUMBER, phone), null);
        sim.rateLimitNext(1, 3);
        call(template, "sonar:message/send", Map.of(SonarConstants.PHONE_NUMBER, phone), "Again");
        sim.dropNextConnections(1);
        call(template, "sonar:customer/get", Map.of(SonarConstants.PHONE_NUMBER, phone), null);
        sim.latency(Duration.ofMillis(1_500));
        call(template, "sonar:customer/get?responseTimeout=300", Map.of(SonarConstants.PHONE_NUMBER, phone), null);
        sim.latency(Duration.ZERO);
        sim.failNext("POST", "/v1/webhooks", 2, 401, "{\"error\":\"Bad Token\"}");
        try {
            // without later checks a refused registration fails the start ...
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("sonar:webhook/customer_subscribed?webhookExternalUrl=" + external + "&webhookSecret={{hook.secret}}"
                         + "&webhookReconcileInterval=0")
                            .routeId("refused").log("never");
                }
            });
        } catch (Exception e) {
            failures.add(e);
        }
        // ... with them it is logged, and the route serves meanwhile
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("sonar:webhook/customer_unsubscribed?webhookExternalUrl=" + external).routeId("refused-for-now")
                        .log("later");
            }
        });

        // deliveries: good ones from Sonar, a failing route, and some with a wrong or missing secret
        sim.upsertCustomer("+13105550124", "Bo", "Lee", null);
        sim.inboundText("+13105550125", "Hi there");
        sim.addTag(sent.externalId(), "orders");
        await().atMost(Duration.ofSeconds(30)).until(() -> events.get() >= 2);
        HttpClient http = HttpClient.newHttpClient();
        for (String query : List.of("", "?secret=guess", "?secret=" + TOKEN)) {
            HttpResponse<String> refused = http.send(HttpRequest.newBuilder(
                    URI.create(external + "/sonar/webhook/customer_created" + query))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"uuid\":\"u-1\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(refused.body()).doesNotContain(HOOK_SECRET).doesNotContain(TOKEN);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> sim.deliveries().stream()
                .anyMatch(d -> "tag_added_to_message".equals(d.action()) && d.statusCode() == 500));

        // what a user or an operator reads besides the log
        List<String> visible = new ArrayList<>();
        for (Endpoint endpoint : camel.getEndpoints()) {
            visible.add(endpoint.toString());
            visible.add(URISupport.sanitizeUri(endpoint.getEndpointUri()));
            if (endpoint instanceof SonarEndpoint sonar) {
                visible.add(sonar.getConfiguration().toString());
                visible.add(String.valueOf(sonar.getWebhookConfiguration()));
            }
        }
        SonarComponent component = camel.getComponent("sonar", SonarComponent.class);
        visible.add(component.getConfiguration().toString());
        assertThat(component.getConfiguration().toString()).contains("token=***");
        camel.getRoutes().forEach(route -> visible.add(route.toString() + " " + route.getEndpoint()));
        for (Throwable failure : failures) {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                visible.add(t.toString());
            }
        }
        assertThat(failures).hasSizeGreaterThanOrEqualTo(9);

        camel.stop();
        List<LogCapture.Line> lines = capture.lines().stream()
                .filter(line -> !line.logger().startsWith("org.camelsonar.simulator")).toList();
        List<String> leaks = new ArrayList<>();
        List<LogCapture.Line> uriEchoes = new ArrayList<>();
        for (LogCapture.Line line : lines) {
            for (String secret : secrets) {
                if (line.text().contains(secret)) {
                    leaks.add(line.logger() + ": " + line.text());
                }
            }
            for (String secret : uriSecrets) {
                if (line.text().contains(secret)) {
                    if (isCamelUriEcho(line)) {
                        uriEchoes.add(line);
                    } else {
                        leaks.add(line.logger() + ": " + line.text());
                    }
                }
            }
        }
        for (String text : visible) {
            for (String secret : java.util.stream.Stream.concat(secrets.stream(), uriSecrets.stream()).toList()) {
                if (text.contains(secret)) {
                    leaks.add("visible: " + text);
                }
            }
        }
        assertThat(leaks).as("lines with a secret").isEmpty();
        Reliability.report("secrets", lines.size() + " log lines at TRACE (org.apache.camel, org.camelsonar)",
                failures.size() + " failures", visible.size() + " toString/URI/exception texts",
                sim.deliveries().size() + " webhook deliveries", (secrets.size() + uriSecrets.size()) + " secrets", leaks.size()
                + " leaks", uriEchoes.size() + " TRACE/DEBUG lines of Camel core echoing a URI option or placeholder"
                + " as written (documented exception)");
    }

    /**
     * Camel core itself prints endpoint URIs and resolved placeholders as written, unmasked, whatever the component
     * does (Camel 4.18: AbstractCamelContext, DefaultComponent and EndpointHelper at TRACE; DefaultPropertiesParser
     * and DefaultCamelContextExtension "Resolved text" at DEBUG; DefaultPropertiesLookup at TRACE). A credential
     * set on the component (or endpoint object) in Java is never in a URI, so none of them sees it; see
     * docs/reliability.md.
     */
    private static boolean isCamelUriEcho(LogCapture.Line line) {
        boolean lowLevel = line.text().startsWith("TRACE ") || line.text().startsWith("DEBUG ");
        return lowLevel && (line.logger().startsWith(PROPERTIES) || CAMEL_URI_ECHOES.contains(line.logger()));
    }

    private void call(ProducerTemplate template, String uri, Map<String, Object> headers, Object body) {
        Exchange result = template.request("direct:call", exchange -> {
            exchange.getMessage().setHeaders(new java.util.HashMap<>(headers));
            exchange.getMessage().setHeader("sonarUri", uri);
            exchange.getMessage().setBody(body);
        });
        if (result.getException() != null) {
            failures.add(result.getException());
            assertThat(result.toString()).doesNotContain(TOKEN).doesNotContain(KEY);
        }
    }
}
