package org.camelsonar.component.sonar;

import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;
import org.camelsonar.component.sonar.model.MessageResult;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

class SonarMessageSendTest extends SonarTestSupport {

    @Test
    void sendsStringBodyAsTextToE164RecipientWithTags() {
        wireMock.stubFor(post(urlPathEqualTo("/api/v1/messages")).willReturn(aResponse().withStatus(202)
                .withHeader("Content-Type", "application/json").withHeader("X-Request-Id", "req-1")
                .withBody("{\"to\":\"3105550000\",\"text\":\"Your order shipped\",\"status\":\"queued\",\"extra\":1}")));

        Exchange result = template.request("sonar:message/send?tags=orders,vip", exchange -> {
            exchange.getMessage().setBody("Your order shipped");
            exchange.getMessage().setHeader(SonarConstants.PHONE_NUMBER, "+1 (310) 555-0000");
        });

        assertThat(result.getException()).isNull();
        wireMock.verify(postRequestedFor(urlPathEqualTo("/api/v1/messages"))
                .withHeader("X-Token", equalTo(TOKEN))
                .withHeader("Content-Type", equalTo("application/json"))
                .withHeader("Accept", equalTo("application/json"))
                .withRequestBody(equalToJson(
                        "{\"to\":\"+13105550000\",\"text\":\"Your order shipped\",\"tag_names\":[\"orders\",\"vip\"]}",
                        false, false)));
        MessageResult body = result.getMessage().getBody(MessageResult.class);
        assertThat(body.getTo()).isEqualTo("+13105550000");
        assertThat(body.isQueued()).isTrue();
        assertThat(result.getMessage().getHeaders()).containsAllEntriesOf(Map.of(
                SonarConstants.RESPONSE_CODE, 202, SonarConstants.REQUEST_ID, "req-1",
                SonarConstants.MESSAGE_STATUS, "queued"));
        assertThat(List.of(wireMock.getAllServeEvents().size())).containsExactly(1);
    }
}
