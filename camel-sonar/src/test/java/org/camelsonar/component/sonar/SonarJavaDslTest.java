package org.camelsonar.component.sonar;

import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** A Java DSL route with the customer options, including property.* prefix options, in the endpoint URI. */
class SonarJavaDslTest extends SonarTestSupport {

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:java-upsert").routeId("java-upsert")
                        .to("sonar:customer/upsert?phoneNumber=RAW(+13105550001)&firstName=Ada&lastName=Lovelace"
                            + "&subscribed=true&zipCode=90210&property.plan=gold&property.seats=12");
            }
        };
    }

    @Test
    void customerUpsertWithPropertyOptions() {
        wireMock.stubFor(post(urlPathEqualTo("/api/v1/customers")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"phone_number\":\"3105550001\",\"first_name\":\"Ada\",\"properties\":{\"plan\":\"gold\"}}")));

        Exchange result = template.request("direct:java-upsert", exchange -> {
        });

        assertThat(result.getException()).isNull();
        wireMock.verify(1, postRequestedFor(urlEqualTo("/api/v1/customers"))
                .withHeader("X-Token", equalTo(TOKEN))
                .withHeader("Content-Type", equalTo("application/json"))
                .withHeader("Accept", equalTo("application/json"))
                .withRequestBody(equalToJson("{\"phone_number\":\"+13105550001\",\"first_name\":\"Ada\","
                                             + "\"last_name\":\"Lovelace\",\"subscribed\":true,\"zip_code\":\"90210\","
                                             + "\"properties\":{\"plan\":\"gold\",\"seats\":\"12\"}}", false, false)));
        assertThat(wireMock.getAllServeEvents()).hasSize(1);

        SonarEndpoint endpoint = context.getEndpoints().stream().filter(SonarEndpoint.class::isInstance)
                .map(SonarEndpoint.class::cast).findFirst().orElseThrow();
        assertThat(endpoint.getOperationOptions().getProperties()).isEqualTo(Map.of("plan", "gold", "seats", "12"));
        assertThat(endpoint.getOperationOptions().getSubscribed()).isTrue();
    }
}
