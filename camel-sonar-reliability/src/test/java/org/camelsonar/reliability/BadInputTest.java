package org.camelsonar.reliability;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.camelsonar.component.sonar.SonarConstants;
import org.camelsonar.simulator.SonarSimulator;
import org.camelsonar.testsupport.SonarCamel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One table of bad input across the producers (values, options, operations) and the webhook consumers (requests
 * and endpoint options). Each is refused with an error that names the culprit; input the component can judge
 * itself never reaches Sonar; and the same routes serve a good message right after.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTest {

    private static final String SECRET = "bad-input-secret-0123456789abcdef";
    private static final String HOOK = "/sonar/webhook/new_unassigned_message";

    /** A producer call: URI, headers and body, and the fragments its error must contain. */
    record Call(String uri, Map<String, Object> headers, Object body) {
    }

    /** An HTTP request to the webhook consumer, with the status it must get. */
    record Delivery(String method, String query, String body, int status) {
    }

    /** A consumer endpoint that must refuse to start. */
    record Consumer(String uri) {
    }

    private SonarSimulator sim;
    private CamelContext camel;
    private ProducerTemplate template;
    private HttpClient http;
    private int port;
    private final AtomicInteger routeRuns = new AtomicInteger();
    private int tried;

    @BeforeAll
    void start() throws Exception {
        sim = SonarSimulator.builder().build().start();
        camel = Reliability.context(sim.baseUrl(), sim.token(), sim.publishableKey(), true);
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:call").routeId("producer").toD("${header.sonarUri}");
                from("sonar:webhook/new_unassigned_message?webhookAutoRegister=false&webhookSecret=" + SECRET
                     + "&webhookMaxBodySize=4096").routeId("consumer")
                        .process(exchange -> routeRuns.incrementAndGet());
            }
        });
        camel.start();
        port = SonarCamel.port(camel);
        template = camel.createProducerTemplate();
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    @AfterAll
    void stop() {
        camel.stop();
        sim.close();
        Reliability.report("bad input", tried + " bad inputs", "each refused naming the culprit",
                "0 reached Sonar when judged client-side", "the next good message served after each");
    }

    static Stream<Arguments> badInputs() {
        String phone = "+13105550111";
        return Stream.of(
                // ---- producers: missing required values ----
                producer("customer/get without a number", "sonar:customer/get", Map.of(), null, "phoneNumber is required"),
                producer("customer/upsert without a number", "sonar:customer/upsert?firstName=Ann", Map.of(), null,
                        "phoneNumber is required"),
                producer("customer/unassign without a number", "sonar:customer/unassign", Map.of(), null,
                        "phoneNumber is required"),
                producer("customer/close without a number", "sonar:customer/close", Map.of(), null,
                        "phoneNumber is required"),
                producer("customer/deleteProperty without a property", "sonar:customer/deleteProperty",
                        Map.of(SonarConstants.PHONE_NUMBER, phone), null, "propertyName"),
                producer("customer/deleteProperty without number or email", "sonar:customer/deleteProperty?propertyName=vip",
                        Map.of(), null, "phoneNumber", "email"),
                producer("message/send without a number", "sonar:message/send", Map.of(), "Hello", "phoneNumber is required"),
                producer("message/send without text or media", "sonar:message/send",
                        Map.of(SonarConstants.PHONE_NUMBER, phone), null, "text"),
                producer("message/appendTag without a message id", "sonar:message/appendTag?tagName=orders", Map.of(),
                        null, "externalMessageId"),
                producer("message/appendTag without a tag", "sonar:message/appendTag?externalMessageId=ext-1", Map.of(),
                        null, "tagName"),
                producer("campaign/send without a campaign", "sonar:campaign/send", Map.of(SonarConstants.PHONE_NUMBER, phone),
                        null, "campaignId"),
                producer("campaign/send without a number", "sonar:campaign/send?campaignId=spring", Map.of(), null,
                        "phoneNumber is required"),
                producer("conversation/get without an id", "sonar:conversation/get", Map.of(), null, "conversationId"),
                producer("api/call without a path", "sonar:api/call?httpMethod=GET", Map.of(), null, "path"),
                // ---- producers: malformed and out-of-range values ----
                producer("letters in a number (header)", "sonar:customer/get", Map.of(SonarConstants.PHONE_NUMBER, "12ab"),
                        null, "header " + SonarConstants.PHONE_NUMBER, "'12ab'"),
                producer("a number too short", "sonar:message/send?text=hi", Map.of(SonarConstants.PHONE_NUMBER, "+1 310"),
                        null, SonarConstants.PHONE_NUMBER, "'+1 310'"),
                producer("a number too long", "sonar:message/send?text=hi",
                        Map.of(SonarConstants.PHONE_NUMBER, "+1310555011199999999"), null, "'+1310555011199999999'"),
                producer("a national number without defaultRegion", "sonar:message/send?text=hi",
                        Map.of(SonarConstants.PHONE_NUMBER, "(310) 555-0111"), null, "defaultRegion"),
                producer("a bad number in an upsert body", "sonar:customer/upsert", Map.of(),
                        Map.of("phone_number", "12ab"), "body field 'phone_number'", "12ab"),
                producer("subscribed=maybe in an upsert body", "sonar:customer/upsert", Map.of(),
                        Map.of("phone_number", phone, "subscribed", "maybe"), "body field 'subscribed'", "maybe"),
                producer("send_at without a zone", "sonar:campaign/send?campaignId=spring",
                        Map.of(SonarConstants.PHONE_NUMBER, phone, SonarConstants.SEND_AT, "2030-01-01T10:00"), null,
                        SonarConstants.SEND_AT, "offset"),
                producer("send_at that is no date", "sonar:campaign/send?campaignId=spring",
                        Map.of(SonarConstants.PHONE_NUMBER, phone, SonarConstants.SEND_AT, "tomorrow"), null,
                        SonarConstants.SEND_AT, "tomorrow"),
                producer("an unknown HTTP method", "sonar:api/call?path=/v1/customers",
                        Map.of(SonarConstants.HTTP_METHOD, "FETCH"), null, SonarConstants.HTTP_METHOD, "FETCH"),
                // ---- producers: wrong types ----
                producer("properties that are not a Map", "sonar:customer/upsert",
                        Map.of(SonarConstants.PHONE_NUMBER, phone, SonarConstants.PROPERTIES, "vip=true"), null,
                        SonarConstants.PROPERTIES, "Map"),
                producer("HTTP headers that are not a Map", "sonar:api/call?path=/v1/customers",
                        Map.of(SonarConstants.HTTP_HEADERS, "X-Extra: 1"), null, SonarConstants.HTTP_HEADERS, "Map"),
                producer("a list as a phone number", "sonar:customer/get",
                        Map.of(SonarConstants.PHONE_NUMBER, List.of("+13105550111", "+13105550112")), null,
                        SonarConstants.PHONE_NUMBER, "single value"),
                // ---- producers: unknown operation and options, wrong option types ----
                producer("an unknown operation", "sonar:message/fly", Map.of(), null, "message/fly", "message/send"),
                producer("an unknown resource", "sonar:invoice/create", Map.of(), null, "invoice/create"),
                producer("an unknown option", "sonar:message/send?colour=red", Map.of(), null, "colour"),
                producer("a duration that is no duration", "sonar:customer/get?responseTimeout=soon", Map.of(), null,
                        "responseTimeout", "soon"),
                producer("subscribed=maybe as an option", "sonar:customer/upsert?subscribed=maybe", Map.of(), null,
                        "subscribed", "maybe"),
                producer("an unknown defaultRegion", "sonar:message/send?defaultRegion=XY", Map.of(), null,
                        "defaultRegion", "XY"),
                producer("maxConnections that is no number", "sonar:customer/get?maxConnections=many", Map.of(), null,
                        "maxConnections", "many"),
                producer("a blank token", "sonar:customer/get?token=", Map.of(SonarConstants.PHONE_NUMBER, phone), null,
                        "option 'token'"),
                // ---- webhook deliveries ----
                delivery("a delivery without the secret", "POST", "", event("evt-a"), 401, "secret"),
                delivery("a delivery with a wrong secret", "POST", "?secret=guess", event("evt-b"), 401, "secret"),
                delivery("a delivery with the secret in the wrong parameter", "POST", "?token=" + SECRET, event("evt-c"),
                        401, "secret"),
                delivery("GET instead of POST", "GET", "?secret=" + SECRET, null, 405, "POST"),
                delivery("PUT instead of POST", "PUT", "?secret=" + SECRET, event("evt-d"), 405, "POST"),
                delivery("DELETE instead of POST", "DELETE", "?secret=" + SECRET, null, 405, "POST"),
                delivery("a body that is not JSON", "POST", "?secret=" + SECRET, "action=new_unassigned_message", 400,
                        "JSON"),
                delivery("truncated JSON", "POST", "?secret=" + SECRET, "{\"uuid\":\"evt-e\",\"action\":", 400, "JSON"),
                delivery("a JSON array", "POST", "?secret=" + SECRET, "[" + event("evt-f") + "]", 400, "JSON object"),
                delivery("a JSON string", "POST", "?secret=" + SECRET, "\"evt-g\"", 400, "JSON object"),
                delivery("an empty body", "POST", "?secret=" + SECRET, "", 400, "JSON"),
                delivery("a body over webhookMaxBodySize", "POST", "?secret=" + SECRET,
                        "{\"uuid\":\"evt-h\",\"text\":\"" + "x".repeat(8_000) + "\"}", 413, "webhookMaxBodySize"),
                // ---- webhook consumer endpoints ----
                consumer("an unknown event", "sonar:webhook/customer_exploded", "customer_exploded", "customer_created"),
                consumer("auto-registration without webhookExternalUrl", "sonar:webhook/customer_created",
                        "webhookExternalUrl"),
                consumer("an unknown consumer option", "sonar:webhook/customer_created?webhookAutoRegister=false"
                                                       + "&webhookColour=red", "webhookColour"),
                consumer("webhookMaxBodySize that is no number",
                        "sonar:webhook/customer_created?webhookAutoRegister=false&webhookMaxBodySize=huge",
                        "webhookMaxBodySize", "huge"));
    }

    private static Arguments producer(String name, String uri, Map<String, Object> headers, Object body,
                                      String... culprit) {
        return Arguments.of(name, new Call(uri, headers, body), List.of(culprit));
    }

    private static Arguments delivery(String name, String method, String query, String body, int status,
                                      String... culprit) {
        return Arguments.of(name, new Delivery(method, query, body, status), List.of(culprit));
    }

    private static Arguments consumer(String name, String uri, String... culprit) {
        return Arguments.of(name, new Consumer(uri), List.of(culprit));
    }

    private static String event(String uuid) {
        return "{\"action\":\"new_unassigned_message\",\"uuid\":\"" + uuid + "\",\"text\":\"Hi\","
               + "\"customer\":{\"phone_number\":\"+13105550001\"}}";
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void badInputIsRefusedNamingTheCulpritAndTheRouteGoesOn(String name, Object input, List<String> culprit)
            throws Exception {
        int sonarCalls = sim.requests().size();
        int runs = routeRuns.get();
        String error;
        if (input instanceof Call call) {
            Exchange result = template.request("direct:call", exchange -> {
                exchange.getMessage().setHeaders(new HashMap<>(call.headers()));
                exchange.getMessage().setHeader("sonarUri", call.uri());
                exchange.getMessage().setBody(call.body());
            });
            assertThat(result.getException()).as(name).isNotNull();
            error = messages(result.getException());
        } else if (input instanceof Delivery delivery) {
            HttpResponse<String> response = post(delivery.method(), delivery.query(), delivery.body());
            assertThat(response.statusCode()).as(name).isEqualTo(delivery.status());
            error = response.body();
        } else {
            Consumer consumer = (Consumer) input;
            String routeId = "bad-" + tried;
            Exception failure = null;
            try {
                camel.addRoutes(new RouteBuilder() {
                    @Override
                    public void configure() {
                        from(consumer.uri()).routeId(routeId).log("never");
                    }
                });
            } catch (Exception e) {
                failure = e;
            }
            if (camel.getRoute(routeId) != null) {
                camel.getRouteController().stopRoute(routeId);
                camel.removeRoute(routeId);
            }
            assertThat(failure).as(name).isNotNull();
            error = messages(failure);
        }
        for (String fragment : culprit) {
            assertThat(error).as("%s: the error names %s", name, fragment).contains(fragment);
        }
        assertThat(sim.requests()).as("%s reached Sonar", name).hasSize(sonarCalls);
        assertThat(routeRuns.get()).as("%s ran the consumer route", name).isEqualTo(runs);
        tried++;

        // the same routes serve a good message right after
        String good = "+1310555" + String.format("%04d", 2000 + tried);
        Exchange ok = template.request("direct:call", exchange -> {
            exchange.getMessage().setHeader("sonarUri", "sonar:customer/upsert?firstName=Ann");
            exchange.getMessage().setHeader(SonarConstants.PHONE_NUMBER, good);
        });
        assertThat(ok.getException()).as("good call after %s", name).isNull();
        assertThat(sim.customer(good)).isPresent();
        HttpResponse<String> delivered = post("POST", "?secret=" + SECRET, event("good-" + tried));
        assertThat(delivered.statusCode()).as("good delivery after %s", name).isEqualTo(200);
        assertThat(routeRuns.get()).isEqualTo(runs + 1);
    }

    private HttpResponse<String> post(String method, String query, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + HOOK + query))
                .timeout(Duration.ofSeconds(10))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The messages of the whole cause chain: the culprit may be named by Camel's wrapper or by the cause. */
    private static String messages(Throwable failure) {
        List<String> all = new ArrayList<>();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            all.add(t.getClass().getSimpleName() + ": " + t.getMessage());
        }
        return String.join(" <- ", all);
    }
}
