package org.camelsonar.reliability;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.camelsonar.component.sonar.SonarConstants;
import org.camelsonar.component.sonar.error.SonarAuthenticationException;
import org.camelsonar.component.sonar.error.SonarConnectionException;
import org.camelsonar.component.sonar.error.SonarException;
import org.camelsonar.component.sonar.error.SonarNoActiveSubscriptionException;
import org.camelsonar.component.sonar.error.SonarNotFoundException;
import org.camelsonar.component.sonar.error.SonarRateLimitException;
import org.camelsonar.component.sonar.error.SonarServerException;
import org.camelsonar.component.sonar.error.SonarValidationException;
import org.camelsonar.component.sonar.model.Customer;
import org.camelsonar.testsupport.RefusedPort;
import org.camelsonar.testsupport.SonarWireMock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of trouble Sonar (or the network) can cause ends in the documented exception (a timeout in the one
 * that says the configured time ran out), and leaves the pool of two connections able to serve twenty good calls right after.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SonarFaultsTest {

    private static final long RESPONSE_TIMEOUT = 1_000;
    private static final String CUSTOMERS = "/api/v1/customers";
    private static final String GOOD = "{\"phone_number\":\"+13105550101\",\"first_name\":\"Ann\"}";

    /** Sonar, played by WireMock (20 threads), reset before each fault. */
    @RegisterExtension
    static final SonarWireMock SONAR = new SonarWireMock();

    private CamelContext camel;
    private ProducerTemplate template;
    private RefusedPort closed;
    private int survived;

    @BeforeAll
    void start() throws Exception {
        closed = new RefusedPort();
        camel = Reliability.context(SONAR.baseUrl(), "tok-faults-1a2b3c4d5e6f", null, false);
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:get").toD("${header.sonarUri}");
            }
        });
        camel.start();
        template = camel.createProducerTemplate();
    }

    @AfterAll
    void stop() throws Exception {
        camel.stop();
        closed.close();
        Reliability.report("faults from Sonar", survived + " faults", "each ended in its exception (responseTimeout "
                + RESPONSE_TIMEOUT + " ms)", "maxConnections=2",
                "20 good calls after each: all served");
    }

    static Stream<Arguments> faults() {
        return Stream.of(
                answer("400", status(400, "{\"error\":\"phone_number is missing\"}"), SonarValidationException.class,
                        "HTTP 400: phone_number is missing"),
                answer("401", status(401, "{\"error\":\"Bad Token\"}"), SonarAuthenticationException.class,
                        "HTTP 401: Bad Token"),
                answer("403", status(403, "{\"error\":\"No Active Subscription\"}"),
                        SonarNoActiveSubscriptionException.class, "No Active Subscription"),
                answer("404", status(404, "{\"error\":\"Customer not found\"}"), SonarNotFoundException.class,
                        "HTTP 404"),
                answer("422", status(422, "{\"error\":\"Invalid Phone Number\"}"), SonarValidationException.class,
                        "HTTP 422: Invalid Phone Number"),
                Arguments.of("429 with Retry-After", status(429, "{\"error\":\"Rate limit exceeded\"}")
                        .withHeader("Retry-After", "7"), SonarRateLimitException.class, "HTTP 429",
                        (Consumer<SonarException>) e -> assertThat(((SonarRateLimitException) e).getRetryAfter())
                                .isEqualTo(Duration.ofSeconds(7))),
                Arguments.of("429 without Retry-After", status(429, "{\"error\":\"Rate limit exceeded\"}"),
                        SonarRateLimitException.class, "HTTP 429",
                        (Consumer<SonarException>) e -> assertThat(((SonarRateLimitException) e).getRetryAfter())
                                .isNull()),
                answer("500", status(500, "{\"error\":\"Internal Server Error\"}"), SonarServerException.class,
                        "HTTP 500"),
                answer("502 with an HTML body", status(502, "<html><body>Bad Gateway</body></html>")
                        .withHeader("Content-Type", "text/html"), SonarServerException.class, "HTTP 502"),
                Arguments.of("503 with Retry-After", status(503, "{\"error\":\"Maintenance\"}")
                        .withHeader("Retry-After", "2"), SonarServerException.class, "HTTP 503",
                        (Consumer<SonarException>) e -> assertThat(((SonarServerException) e).getRetryAfter())
                                .isEqualTo(Duration.ofSeconds(2))),
                Arguments.of("response timeout", status(200, GOOD).withFixedDelay(3_000),
                        SonarConnectionException.class, "no answer within responseTimeout",
                        (Consumer<SonarException>) e -> assertThat(e.getCause())
                                .isInstanceOf(SocketTimeoutException.class)),
                Arguments.of("connection refused", null, SonarConnectionException.class, "could not connect",
                        (Consumer<SonarException>) e -> assertThat(e.getCause()).isInstanceOf(ConnectException.class)),
                answer("connection reset by peer", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER),
                        SonarConnectionException.class, "failed"),
                answer("empty response", aResponse().withFault(Fault.EMPTY_RESPONSE), SonarConnectionException.class,
                        "failed"),
                answer("malformed response chunk", aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK),
                        SonarConnectionException.class, "failed"),
                answer("random data then close", aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE),
                        SonarConnectionException.class, "failed"),
                answer("truncated JSON body", status(200, "{\"phone_number\":\"+1310555"), SonarException.class,
                        "not the expected JSON"),
                answer("non-JSON body", status(200, "<html>Welcome to nginx!</html>")
                        .withHeader("Content-Type", "text/html"), SonarException.class, "not the expected JSON"));
    }

    private static Arguments answer(String name, ResponseDefinitionBuilder response,
                                    Class<? extends SonarException> expected, String fragment) {
        return Arguments.of(name, response, expected, fragment, (Consumer<SonarException>) e -> {
        });
    }

    private static ResponseDefinitionBuilder status(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withHeader("X-Request-Id", "req-" + status).withBody(body);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void aFaultEndsInItsExceptionAndTheNextCallsAreServed(String name, ResponseDefinitionBuilder response,
            Class<? extends SonarException> expected, String fragment, Consumer<SonarException> more) {
        String uri = "sonar:customer/get?maxConnections=2&responseTimeout=" + RESPONSE_TIMEOUT
                     + "&connectTimeout=1000";
        if (response == null) {
            uri += "&baseUrl=" + closed.baseUrl();
        } else {
            SONAR.server().stubFor(get(urlPathEqualTo(CUSTOMERS)).willReturn(response));
        }
        Exchange failed = call(uri);

        assertThat(failed.getException()).as(name).isExactlyInstanceOf(expected).hasMessageContaining(fragment);
        more.accept((SonarException) failed.getException());

        // the pool (2 connections) is not leaking: 20 good calls right after
        SONAR.server().resetAll();
        SONAR.server().stubFor(get(urlPathEqualTo(CUSTOMERS)).willReturn(status(200, GOOD)));
        String good = uri.replaceAll("&baseUrl=[^&]*", "");
        for (int i = 0; i < 20; i++) {
            Exchange ok = call(good);
            assertThat(ok.getException()).as("good call %d after %s", i, name).isNull();
            assertThat(ok.getMessage().getBody(Customer.class).getFirstName()).isEqualTo("Ann");
        }
        survived++;
    }

    private Exchange call(String uri) {
        return template.request("direct:get", exchange -> {
            exchange.getMessage().setHeader("sonarUri", uri);
            exchange.getMessage().setHeader(SonarConstants.PHONE_NUMBER, "+13105550101");
        });
    }
}
