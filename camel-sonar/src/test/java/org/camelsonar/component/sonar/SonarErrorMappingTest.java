package org.camelsonar.component.sonar;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import org.apache.camel.Exchange;
import org.apache.camel.spi.HttpResponseAware;
import org.camelsonar.component.sonar.error.SonarAuthenticationException;
import org.camelsonar.component.sonar.error.SonarConnectionException;
import org.camelsonar.component.sonar.error.SonarException;
import org.camelsonar.component.sonar.error.SonarNotFoundException;
import org.camelsonar.component.sonar.error.SonarRateLimitException;
import org.camelsonar.component.sonar.error.SonarServerException;
import org.camelsonar.component.sonar.error.SonarUnsubscribedException;
import org.camelsonar.component.sonar.error.SonarValidationException;
import org.camelsonar.component.sonar.model.MessageResult;
import org.camelsonar.testsupport.RefusedPort;
import org.camelsonar.testsupport.SonarWireMock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sonar's non-2xx answers and transport failures become exceptions a route author can act on: the class per
 * failure kind, the status, Sonar's error text, the request id, Retry-After and whether a retry may help. After
 * every failure the same endpoint goes on working.
 */
class SonarErrorMappingTest extends SonarTestSupport {

    private static final String SEND = "sonar:message/send?phoneNumber=RAW(+13105551234)";

    static Stream<Arguments> statuses() {
        return Stream.of(
                Arguments.of(400, SonarValidationException.class, false, null, null),
                Arguments.of(422, SonarValidationException.class, false, null, null),
                Arguments.of(401, SonarAuthenticationException.class, false, null, null),
                Arguments.of(403, SonarAuthenticationException.class, false, null, null),
                Arguments.of(404, SonarNotFoundException.class, false, null, null),
                Arguments.of(409, SonarException.class, false, null, null),
                Arguments.of(429, SonarRateLimitException.class, true, "7", Duration.ofSeconds(7)),
                Arguments.of(429, SonarRateLimitException.class, true, null, null),
                Arguments.of(500, SonarServerException.class, true, null, null),
                Arguments.of(502, SonarServerException.class, true, null, null),
                Arguments.of(503, SonarServerException.class, true, "30", Duration.ofSeconds(30)),
                Arguments.of(503, SonarServerException.class, true, null, null));
    }

    @ParameterizedTest(name = "HTTP {0} -> {1}, Retry-After {3}")
    @MethodSource("statuses")
    void aNonSuccessAnswerMapsToItsException(int status, Class<? extends SonarException> type, boolean retryable,
                                            String retryAfterHeader, Duration retryAfter) {
        ResponseDefinitionBuilder answer = aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withHeader("X-Request-Id", "req-" + status).withBody("{\"error\":\"Invalid Phone Number\"}");
        if (retryAfterHeader != null) {
            answer.withHeader("Retry-After", retryAfterHeader);
        }
        wireMock().stubFor(any(anyUrl()).willReturn(answer));

        Exchange result = template.request(SEND, exchange -> exchange.getMessage().setBody("hi"));

        Exception failure = result.getException();
        assertThat(failure).isExactlyInstanceOf(type).isInstanceOf(HttpResponseAware.class);
        SonarException sonar = (SonarException) failure;
        assertThat(sonar.getHttpResponseCode()).isEqualTo(status);
        assertThat(((HttpResponseAware) failure).getHttpResponseCode()).isEqualTo(status);
        assertThat(sonar.getError()).isEqualTo("Invalid Phone Number");
        assertThat(sonar.getRequestId()).isEqualTo("req-" + status);
        assertThat(sonar.getMessage()).contains("message/send").contains(String.valueOf(status))
                .contains("Invalid Phone Number").contains("req-" + status).doesNotContain(TOKEN);
        assertThat(sonar.isRetryable()).isEqualTo(retryable);
        if (sonar instanceof SonarRateLimitException rateLimit) {
            assertThat(rateLimit.getRetryAfter()).isEqualTo(retryAfter);
        } else if (sonar instanceof SonarServerException server) {
            assertThat(server.getRetryAfter()).isEqualTo(retryAfter);
        }
        // the answer headers are set on a failure too
        assertThat(result.getMessage().getHeader(SonarConstants.RESPONSE_CODE)).isEqualTo(status);
        assertThat(result.getMessage().getHeader(SonarConstants.REQUEST_ID)).isEqualTo("req-" + status);
        assertThat(wireMock().getAllServeEvents()).hasSize(1);
    }

    @Test
    void retryAfterAsAnHttpDateIsRead() {
        String in20s = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(java.time.ZoneOffset.UTC)
                .plusSeconds(20));
        wireMock().stubFor(any(anyUrl()).willReturn(aResponse().withStatus(429).withHeader("Retry-After", in20s)));

        Exchange result = template.request(SEND, exchange -> exchange.getMessage().setBody("hi"));

        Duration wait = ((SonarRateLimitException) result.getException()).getRetryAfter();
        assertThat(wait).isBetween(Duration.ofSeconds(15), Duration.ofSeconds(21));
    }

    @Test
    void aNonJsonErrorBodyBecomesTheErrorText() {
        wireMock().stubFor(any(anyUrl()).willReturn(aResponse().withStatus(502).withHeader("Content-Type", "text/html")
                .withHeader("X-Request-Id", "req-gw").withBody("<html>Bad Gateway from the load balancer</html>")));

        Exchange result = template.request(SEND, exchange -> exchange.getMessage().setBody("hi"));

        SonarServerException failure = (SonarServerException) result.getException();
        assertThat(failure.getHttpResponseCode()).isEqualTo(502);
        assertThat(failure.getError()).contains("Bad Gateway from the load balancer");
        assertThat(failure.getMessage()).contains("Bad Gateway from the load balancer").contains("req-gw");
        assertThat(failure.isRetryable()).isTrue();
    }

    @Test
    void anErrorWithoutBodyOrRequestIdStillMaps() {
        wireMock().stubFor(any(anyUrl()).willReturn(aResponse().withStatus(404)));

        Exchange result = template.request("sonar:customer/get?phoneNumber=RAW(+13105551234)", exchange -> {
        });

        SonarNotFoundException failure = (SonarNotFoundException) result.getException();
        assertThat(failure.getHttpResponseCode()).isEqualTo(404);
        assertThat(failure.getError()).isNull();
        assertThat(failure.getRequestId()).isNull();
        assertThat(failure.getMessage()).contains("customer/get").contains("404");
    }

    @Test
    void aSuccessWithMalformedJsonForATypedOperationFails() {
        wireMock().stubFor(any(anyUrl()).willReturn(aResponse().withStatus(202).withHeader("Content-Type",
                "application/json").withHeader("X-Request-Id", "req-bad").withBody("{\"to\":\"+1310555")));

        Exchange result = template.request(SEND, exchange -> exchange.getMessage().setBody("hi"));

        assertThat(result.getException()).isExactlyInstanceOf(SonarException.class);
        SonarException failure = (SonarException) result.getException();
        assertThat(failure.getHttpResponseCode()).isEqualTo(202);
        assertThat(failure.getRequestId()).isEqualTo("req-bad");
        assertThat(failure.getMessage()).contains("message/send").contains("JSON").contains("req-bad");
        assertThat(failure.isRetryable()).isFalse();
    }

    @Test
    void aSuccessWithAnArrayWhereAnObjectIsExpectedFails() {
        wireMock().stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withHeader("Content-Type",
                "application/json").withBody("[\"not\",\"a\",\"customer\"]")));

        Exchange result = template.request("sonar:customer/get?phoneNumber=RAW(+13105551234)", exchange -> {
        });

        assertThat(result.getException()).isInstanceOf(SonarException.class);
    }

    // ---------------------------------------------------------------- unsubscribed

    @Test
    void byDefaultUnsubscribedOnlySetsTheStatusHeader() {
        stubSend(202, "{\"to\":\"+13105551234\",\"text\":\"hi\",\"status\":\"unsubscribed\"}");

        Exchange result = template.request(SEND, exchange -> exchange.getMessage().setBody("hi"));

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getHeader(SonarConstants.MESSAGE_STATUS)).isEqualTo("unsubscribed");
        assertThat(result.getMessage().getBody(MessageResult.class).isUnsubscribed()).isTrue();
    }

    @Test
    void failOnUnsubscribedTurnsUnsubscribedIntoAnException() {
        stubSend(202, "{\"to\":\"+13105551234\",\"text\":\"hi\",\"status\":\"unsubscribed\"}");
        wireMock().stubFor(post(urlPathEqualTo("/api/v1/campaigns")).willReturn(aResponse().withStatus(202)
                .withHeader("X-Request-Id", "req-c").withBody("{\"to\":\"+13105551234\",\"status\":\"unsubscribed\"}")));

        Exchange send = template.request(SEND + "&failOnUnsubscribed=true",
                exchange -> exchange.getMessage().setBody("hi"));
        Exchange campaign = template.request("sonar:campaign/send?failOnUnsubscribed=true&campaignId=c"
                                             + "&phoneNumber=RAW(+13105551234)", exchange -> {
                                             });

        for (Exchange result : new Exchange[] { send, campaign }) {
            assertThat(result.getException()).isExactlyInstanceOf(SonarUnsubscribedException.class);
            SonarUnsubscribedException failure = (SonarUnsubscribedException) result.getException();
            assertThat(failure.getHttpResponseCode()).isEqualTo(202);
            assertThat(failure.getError()).isEqualTo("unsubscribed");
            assertThat(failure.getMessage()).contains("unsubscribed").contains("req-");
            assertThat(failure.isRetryable()).isFalse();
            assertThat(result.getMessage().getHeader(SonarConstants.MESSAGE_STATUS)).isEqualTo("unsubscribed");
        }

        // queued is no failure even with the option on
        stubSend(202, "{\"to\":\"+13105551234\",\"text\":\"hi\",\"status\":\"queued\"}");
        Exchange queued = template.request(SEND + "&failOnUnsubscribed=true",
                exchange -> exchange.getMessage().setBody("hi"));
        assertThat(queued.getException()).isNull();
        assertThat(queued.getMessage().getBody()).isInstanceOf(MessageResult.class);
    }

    // ---------------------------------------------------------------- transport failures

    @Test
    void aResponseTimeoutFailsTheCallAndTheSameEndpointWorksAfterwards() throws Exception {
        String uri = SEND + "&responseTimeout=500&maxConnections=1";
        // an answer 10 s late: only the 500 ms response timeout can end the call with a failure
        wireMock().stubFor(post(urlPathEqualTo("/api/v1/messages")).withRequestBody(matchingJsonPath("$.text",
                equalTo("slow"))).willReturn(aResponse().withStatus(202).withFixedDelay(10_000)
                .withBody("{\"status\":\"queued\"}")));
        wireMock().stubFor(post(urlPathEqualTo("/api/v1/messages")).withRequestBody(matchingJsonPath("$.text",
                equalTo("fast"))).willReturn(aResponse().withStatus(202).withBody("{\"status\":\"queued\"}")));

        Exchange slow = template.request(uri, exchange -> exchange.getMessage().setBody("slow"));

        assertThat(slow.getException()).isInstanceOf(SonarConnectionException.class);
        assertThat(rootCause(slow.getException())).isInstanceOf(SocketTimeoutException.class);

        // twice, with one connection allowed: a connection leaked by the timeout would hold the second call until
        // the pool gives up; the bound on the wait is a safety net, far above a healthy call
        for (int i = 0; i < 2; i++) {
            Exchange fast = template.asyncSend(uri, exchange -> exchange.getMessage().setBody("fast"))
                    .get(20, TimeUnit.SECONDS);
            assertThat(fast.getException()).isNull();
            assertThat(fast.getMessage().getHeader(SonarConstants.RESPONSE_CODE)).isEqualTo(202);
        }
    }

    @Test
    void aRefusedConnectionFailsAndTheSameEndpointWorksOnceTheServerIsUp() throws Exception {
        // the port is held by a socket that never listens: refused, yet nobody else can take it
        try (RefusedPort closed = new RefusedPort()) {
            String uri = SEND + "&baseUrl=" + closed.baseUrl() + "&connectTimeout=2000&maxConnections=1";

            Exchange refused = template.request(uri, exchange -> exchange.getMessage().setBody("hi"));
            assertThat(refused.getException()).isInstanceOf(SonarConnectionException.class);
            assertThat(rootCause(refused.getException())).isInstanceOf(ConnectException.class);
            assertThat(refused.getException().toString()).doesNotContain(TOKEN);

            // Sonar comes up on the same port (both sockets allow address reuse, and the held one never listens)
            try (SonarWireMock late = SonarWireMock.on(closed).start()) {
                late.server().stubFor(any(anyUrl()).willReturn(aResponse().withStatus(202)
                        .withBody("{\"status\":\"queued\"}")));
                for (int i = 0; i < 2; i++) {
                    Exchange ok = template.request(uri, exchange -> exchange.getMessage().setBody("hi"));
                    assertThat(ok.getException()).isNull();
                    assertThat(ok.getMessage().getHeader(SonarConstants.MESSAGE_STATUS)).isEqualTo("queued");
                }
                assertThat(late.calls()).hasSize(2);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = Fault.class, names = { "CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE",
                                               "MALFORMED_RESPONSE_CHUNK", "RANDOM_DATA_THEN_CLOSE" })
    void aBrokenConnectionFailsAndTheSameEndpointWorksAfterwards(Fault fault) {
        String uri = SEND + "&maxConnections=1&responseTimeout=3000";
        wireMock().stubFor(post(urlPathEqualTo("/api/v1/messages")).withRequestBody(matchingJsonPath("$.text",
                equalTo("broken"))).willReturn(aResponse().withFault(fault)));
        wireMock().stubFor(post(urlPathEqualTo("/api/v1/messages")).withRequestBody(matchingJsonPath("$.text",
                equalTo("fine"))).willReturn(aResponse().withStatus(202).withBody("{\"status\":\"queued\"}")));

        Exchange broken = template.request(uri, exchange -> exchange.getMessage().setBody("broken"));
        assertThat(broken.getException()).as("fault %s", fault).isNotNull();

        for (int i = 0; i < 2; i++) {
            Exchange fine = template.request(uri, exchange -> exchange.getMessage().setBody("fine"));
            assertThat(fine.getException()).isNull();
            assertThat(fine.getMessage().getHeader(SonarConstants.RESPONSE_CODE)).isEqualTo(202);
        }
    }

    @Test
    void sonarErrorsAndRefusalsLeaveTheEndpointUsable() {
        wireMock().stubFor(post(urlPathEqualTo("/api/v1/messages")).withRequestBody(matchingJsonPath("$.text",
                equalTo("bad"))).willReturn(aResponse().withStatus(500).withBody("{\"error\":\"boom\"}")));
        wireMock().stubFor(post(urlPathEqualTo("/api/v1/messages")).withRequestBody(matchingJsonPath("$.text",
                equalTo("good"))).willReturn(aResponse().withStatus(202).withBody("{\"status\":\"queued\"}")));
        String uri = SEND + "&maxConnections=1";

        for (int i = 0; i < 5; i++) {
            assertThat(template.request(uri, exchange -> exchange.getMessage().setBody("bad")).getException())
                    .isInstanceOf(SonarServerException.class);
            assertThat(template.request(uri, exchange -> exchange.getMessage().setHeader(SonarConstants.PHONE_NUMBER,
                    "111")).getException()).isInstanceOf(SonarValidationException.class);
            assertThat(template.request(uri, exchange -> exchange.getMessage().setBody("good")).getException())
                    .isNull();
        }
        assertThat(wireMock().getAllServeEvents()).hasSize(10);
    }

    // ---------------------------------------------------------------- helpers

    private static void stubSend(int status, String json) {
        wireMock().stubFor(post(urlPathEqualTo("/api/v1/messages")).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withHeader("X-Request-Id", "req-send").withBody(json)));
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
