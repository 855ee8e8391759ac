package org.camelsonar.component.sonar.client;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.apache.camel.Exchange;
import org.camelsonar.component.sonar.SonarTestSupport;
import org.camelsonar.component.sonar.error.SonarConnectionException;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The transport's re-send rule seen from the server: only a call that cannot have reached Sonar is sent again;
 * everything that may have reached it is received exactly once and ends as an exception on the exchange.
 * ServerClosedConnectionsIT shows the rule at work against a server that closes idle connections.
 */
class SonarResendTest extends SonarTestSupport {

    private static final String MESSAGES = "/api/v1/messages";
    // one pooled connection: a call waits for the previous call's connection, so the second call surely reuses it
    private static final String SEND = "sonar:message/send?phoneNumber=RAW(+13105551234)&text=hi&responseTimeout=2000"
                                       + "&maxConnections=1";
    private static final String SENT = "{\"to\":\"+13105551234\",\"text\":\"hi\",\"status\":\"queued\"}";

    @Test
    void aCallWrittenToAReusedConnectionThatClosesWithoutAByteOfAnswerIsSentAgainOnAFreshOne() {
        // first call: answered, so its connection goes back to the pool; second: the server drops that connection
        // with no answer, as a server does that closes it while idle; the re-send on a new connection is answered
        stubInOrder(aResponse().withStatus(202).withBody(SENT), aResponse().withFault(Fault.EMPTY_RESPONSE),
                aResponse().withStatus(202).withBody(SENT));

        assertThat(send().getException()).isNull();
        Exchange second = send();

        assertThat(second.getException()).isNull();
        assertThat(second.getMessage().getHeader("CamelSonarMessageStatus")).isEqualTo("queued");
        wireMock().verify(3, postRequestedFor(urlPathEqualTo(MESSAGES)));
    }

    @Test
    void aCallOnAFreshConnectionThatIsResetMayHaveBeenReceivedAndIsNotRepeated() {
        stubInOrder(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

        Exchange failed = send();

        assertThat(failed.getException()).isInstanceOf(SonarConnectionException.class);
        wireMock().verify(1, postRequestedFor(urlPathEqualTo(MESSAGES)));
    }

    @Test
    void aCallWhoseAnswerHadBegunIsNotRepeated() {
        // the status line and headers came back, then garbage: Sonar has answered, so it has the request
        stubInOrder(aResponse().withStatus(202).withBody(SENT), aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK));

        assertThat(send().getException()).isNull();
        Exchange failed = send();

        assertThat(failed.getException()).isInstanceOf(SonarConnectionException.class);
        wireMock().verify(2, postRequestedFor(urlPathEqualTo(MESSAGES)));
    }

    @Test
    void aCallWithoutAnAnswerInTimeIsNotRepeated() {
        stubInOrder(aResponse().withStatus(202).withBody(SENT),
                aResponse().withStatus(202).withBody(SENT).withFixedDelay(4_000));

        assertThat(send().getException()).isNull();
        Exchange failed = send();

        assertThat(failed.getException()).isInstanceOf(SonarConnectionException.class)
                .hasMessageContaining("responseTimeout");
        wireMock().verify(2, postRequestedFor(urlPathEqualTo(MESSAGES)));
    }

    @Test
    void aFreshConnectionThatAlsoClosesEndsTheResends() {
        // reused connection dropped (re-sent), then the fresh one dropped too: that one may have been received
        stubInOrder(aResponse().withStatus(202).withBody(SENT), aResponse().withFault(Fault.EMPTY_RESPONSE),
                aResponse().withFault(Fault.EMPTY_RESPONSE), aResponse().withStatus(202).withBody(SENT));

        assertThat(send().getException()).isNull();
        Exchange failed = send();

        assertThat(failed.getException()).isInstanceOf(SonarConnectionException.class);
        wireMock().verify(3, postRequestedFor(urlPathEqualTo(MESSAGES)));
    }

    private Exchange send() {
        return template.send(SEND, exchange -> { });
    }

    /** Answers the calls to /v1/messages with these responses, one per call, in order. */
    private static void stubInOrder(ResponseDefinitionBuilder... answers) {
        String state = Scenario.STARTED;
        for (int i = 0; i < answers.length; i++) {
            String next = "call-" + (i + 2);
            wireMock().stubFor(post(urlPathEqualTo(MESSAGES)).inScenario("calls").whenScenarioStateIs(state)
                    .willReturn(answers[i]).willSetStateTo(next));
            state = next;
        }
    }
}
