package org.camelsonar.component.sonar;

import java.util.List;
import java.util.stream.Stream;

import org.apache.camel.Exchange;
import org.camelsonar.component.sonar.error.SonarAccountState;
import org.camelsonar.component.sonar.error.SonarAccountStateException;
import org.camelsonar.component.sonar.error.SonarApiDisabledException;
import org.camelsonar.component.sonar.error.SonarAuthenticationException;
import org.camelsonar.component.sonar.error.SonarException;
import org.camelsonar.component.sonar.error.SonarNoActiveSubscriptionException;
import org.camelsonar.component.sonar.error.SonarServerException;
import org.camelsonar.component.sonar.error.SonarValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sonar answers {@code {"error":"..."}}, but a proxy, a gateway or a future Sonar may answer otherwise. Whatever the
 * shape, the exception's message carries a short error text, and the body as received is on the exception.
 */
class SonarErrorShapesTest extends SonarTestSupport {

    private static final String SEND = "sonar:message/send?phoneNumber=RAW(+13105551234)";

    /** Content type, body, the error text expected. */
    static List<Arguments> shapes() {
        return List.of(
                Arguments.of("application/json", "{\"error\":\"Invalid Phone Number\"}", "Invalid Phone Number"),
                Arguments.of("application/json", "{\"error\":{\"message\":\"Invalid Phone Number\",\"code\":17}}",
                        "Invalid Phone Number"),
                Arguments.of("application/json", "{\"error\":{\"code\":\"invalid_phone\",\"detail\":\"Invalid Phone Number\"}}",
                        "Invalid Phone Number"),
                Arguments.of("application/json", "{\"errors\":[\"text is missing\",\"to is missing\"]}",
                        "text is missing, to is missing"),
                Arguments.of("application/json",
                        "{\"errors\":[{\"message\":\"text is missing\"},{\"field\":\"to\",\"message\":\"is missing\"}]}",
                        "text is missing, to: is missing"),
                Arguments.of("application/json", "{\"errors\":{\"to\":[\"is missing\",\"is invalid\"],\"text\":\"is missing\"}}",
                        "to is missing, to is invalid, text is missing"),
                Arguments.of("application/json", "{\"message\":\"Too many requests\"}", "Too many requests"),
                Arguments.of("application/problem+json",
                        "{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,\"detail\":\"to is missing\"}",
                        "to is missing"),
                Arguments.of("application/json", "\"Bad Token\"", "Bad Token"),
                Arguments.of("text/plain", "Bad Token\n", "Bad Token"),
                Arguments.of("text/html",
                        "<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title><style>body{color:red}</style></head>"
                        + "<body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>",
                        "502 Bad Gateway"),
                Arguments.of("text/html",
                        "<html><body><h1>Service Unavailable</h1><p>The server is temporarily\n   unable to service"
                        + " your request &amp; asks you to retry.</p><script>var x = 1;</script></body></html>",
                        "Service Unavailable The server is temporarily unable to service your request & asks you to retry."),
                Arguments.of("application/json", "{\"status\":\"failed\",\"code\":17}", "{\"status\":\"failed\",\"code\":17}"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("shapes")
    void theErrorTextIsReadFromEveryCommonShape(String contentType, String body, String expected) {
        wireMock().stubFor(any(anyUrl()).willReturn(aResponse().withStatus(400).withHeader("Content-Type", contentType)
                .withHeader("X-Request-Id", "req-shape").withBody(body)));

        Exchange result = template.request(SEND, exchange -> exchange.getMessage().setBody("hi"));

        SonarException failure = (SonarException) result.getException();
        assertThat(failure).isInstanceOf(SonarValidationException.class);
        assertThat(failure.getError()).isEqualTo(expected);
        assertThat(failure.getMessage()).isEqualTo("Sonar message/send failed with HTTP 400: " + expected
                                                   + " (request id req-shape)");
        assertThat(failure.getResponseBody()).isEqualTo(body);
    }

    @Test
    void aLongErrorIsShortenedInTheMessageAndTheBodyIsCapped() {
        String longText = "word ".repeat(2_000);
        String html = "<html><body><p>" + longText + "</p></body></html>";
        wireMock().stubFor(any(anyUrl()).willReturn(aResponse().withStatus(503).withHeader("Content-Type", "text/html")
                .withBody(html)));

        Exchange result = template.request(SEND, exchange -> exchange.getMessage().setBody("hi"));

        SonarServerException failure = (SonarServerException) result.getException();
        assertThat(failure.getError()).hasSizeLessThanOrEqualTo(203).startsWith("word word").endsWith("...");
        assertThat(failure.getMessage()).hasSizeLessThan(300);
        assertThat(failure.getResponseBody()).hasSizeLessThanOrEqualTo(SonarException.MAX_RESPONSE_BODY + 3)
                .startsWith("<html><body><p>word").endsWith("...");
    }

    @Test
    void anEmptyBodyLeavesNoErrorAndNoBody() {
        wireMock().stubFor(any(anyUrl()).willReturn(aResponse().withStatus(500)));

        Exchange result = template.request(SEND, exchange -> exchange.getMessage().setBody("hi"));

        SonarException failure = (SonarException) result.getException();
        assertThat(failure.getError()).isNull();
        assertThat(failure.getResponseBody()).isNull();
        assertThat(failure.getMessage()).isEqualTo("Sonar message/send failed with HTTP 500");
    }

    @Test
    void theHealthCheckGetsTheSameTextAsTheException() {
        wireMock().stubFor(any(anyUrl()).willReturn(aResponse().withStatus(401).withHeader("Content-Type",
                "application/json").withBody("{\"errors\":[{\"message\":\"Bad Token\"}]}")));

        Exchange result = template.request(SEND, exchange -> exchange.getMessage().setBody("hi"));

        SonarException failure = (SonarException) result.getException();
        assertThat(failure.getError()).isEqualTo("Bad Token");
        assertThat(context.getComponent("sonar", SonarComponent.class).health().credentialProblems())
                .singleElement().satisfies(problem -> assertThat(problem.error()).isEqualTo("Bad Token"));
    }

    // ---------------------------------------------------------------- account states

    static Stream<Arguments> accountStates() {
        return Stream.of(
                Arguments.of("No Active Subscription", SonarNoActiveSubscriptionException.class,
                        SonarAccountState.NO_ACTIVE_SUBSCRIPTION),
                Arguments.of("Api Disabled For Company", SonarApiDisabledException.class,
                        SonarAccountState.API_DISABLED));
    }

    @ParameterizedTest(name = "403 {0}")
    @MethodSource("accountStates")
    void aRecordedAccountStateIsNotABadCredential(String error, Class<?> type, SonarAccountState state) {
        wireMock().stubFor(any(anyUrl()).willReturn(aResponse().withStatus(403).withHeader("Content-Type",
                "application/json").withHeader("X-Request-Id", "req-403").withBody("{\"error\":\"" + error + "\"}")));

        Exchange result = template.request(SEND, exchange -> exchange.getMessage().setBody("hi"));

        assertThat(result.getException()).isExactlyInstanceOf(type).isInstanceOf(SonarAccountStateException.class)
                .isNotInstanceOf(SonarAuthenticationException.class);
        SonarAccountStateException failure = (SonarAccountStateException) result.getException();
        assertThat(failure.getAccountState()).isEqualTo(state);
        assertThat(SonarAccountState.of(403, error)).isEqualTo(state);
        assertThat(failure.getHttpResponseCode()).isEqualTo(403);
        assertThat(failure.getError()).isEqualTo(error);
        assertThat(failure.isRetryable()).isFalse();
        assertThat(new SonarRetryPredicate().matches(result)).isFalse();
        assertThat(failure.getMessage()).contains(error).contains("req-403").doesNotContain(TOKEN);
    }

    @Test
    void otherForbiddenAnswersStayAuthenticationFailures() {
        wireMock().stubFor(any(anyUrl()).willReturn(aResponse().withStatus(403).withHeader("Content-Type",
                "application/json").withBody("{\"error\":\"Bad Token\"}")));

        Exchange result = template.request(SEND, exchange -> exchange.getMessage().setBody("hi"));

        assertThat(result.getException()).isExactlyInstanceOf(SonarAuthenticationException.class);
        assertThat(SonarAccountState.of(403, "Bad Token")).isNull();
        assertThat(SonarAccountState.of(500, "No Active Subscription")).isNull();
    }
}
