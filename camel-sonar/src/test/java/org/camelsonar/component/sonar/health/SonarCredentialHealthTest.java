package org.camelsonar.component.sonar.health;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.camelsonar.component.sonar.SonarComponent;
import org.camelsonar.component.sonar.SonarTestSupport;
import org.camelsonar.component.sonar.error.SonarAuthenticationException;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Credential state is kept per credential, not per endpoint URI: bounded whatever the number of URIs, cleared by a
 * success with the same credential from any URI, and gone with the last producer that used the credential.
 */
class SonarCredentialHealthTest extends SonarTestSupport {

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:send").toD("sonar:message/send?phoneNumber=RAW(${header.phone})");
                from("direct:fixed").routeId("fixed").to("sonar:message/send?phoneNumber=RAW(+13105550100)");
            }
        };
    }

    @Test
    void tenThousandEndpointUrisKeepOneCredentialAndOneSuccessClearsIt() throws Exception {
        rejectTheToken();
        List<CompletableFuture<Exchange>> calls = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            String phone = String.format("+1310%07d", i);
            calls.add(template.asyncSend("direct:send", exchange -> {
                exchange.getMessage().setHeader("phone", phone);
                exchange.getMessage().setBody("hi");
            }));
            if (calls.size() == 200) {
                awaitAll(calls);
            }
        }
        awaitAll(calls);

        SonarHealth health = context.getComponent("sonar", SonarComponent.class).health();
        assertThat(health.trackedCredentials()).isEqualTo(1);
        assertThat(health.credentialProblems()).singleElement()
                .satisfies(problem -> assertThat(problem.status()).isEqualTo(401));

        acceptTheToken();
        Exchange ok = template.send("direct:send", exchange -> {
            exchange.getMessage().setHeader("phone", "+13105559999");
            exchange.getMessage().setBody("hi");
        });
        assertThat(ok.getException()).isNull();
        assertThat(health.credentialProblems()).isEmpty();
    }

    @Test
    void theProblemOfARemovedRouteDoesNotOutliveIt() throws Exception {
        rejectTheToken();
        Exchange refused = template.send("direct:fixed", exchange -> exchange.getMessage().setBody("hi"));
        assertThat(refused.getException()).isInstanceOf(SonarAuthenticationException.class);
        SonarHealth health = context.getComponent("sonar", SonarComponent.class).health();
        assertThat(health.credentialProblems()).hasSize(1);

        context.getRouteController().stopRoute("fixed");
        context.removeRoute("fixed");
        context.removeEndpoints("sonar:message/send*");

        assertThat(health.credentialProblems()).isEmpty();
        assertThat(health.trackedCredentials()).isZero();
    }

    private static void awaitAll(List<CompletableFuture<Exchange>> calls) throws Exception {
        for (CompletableFuture<Exchange> call : calls) {
            assertThat(call.get(30, TimeUnit.SECONDS).getException()).isInstanceOf(SonarAuthenticationException.class);
        }
        calls.clear();
    }

    private static void rejectTheToken() {
        wireMock().stubFor(post(urlEqualTo("/api/v1/messages")).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json").withBody("{\"error\":\"Bad Token\"}")));
    }

    private static void acceptTheToken() {
        wireMock().stubFor(post(urlEqualTo("/api/v1/messages")).willReturn(aResponse().withStatus(202)
                .withHeader("Content-Type", "application/json").withBody("{\"status\":\"queued\"}")));
    }
}
