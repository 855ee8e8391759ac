package org.camelsonar.component.sonar;

import java.util.Properties;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.camelsonar.component.sonar.model.Customer;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sonar endpoints in the XML DSL (camel-xml-io-dsl {@code <routes>}), loaded from
 * {@code dsl-routes/xml/sonar-routes.xml} into a context whose component talks to WireMock.
 */
class SonarXmlDslTest extends SonarTestSupport {

    private static final String ROUTES = "classpath:dsl-routes/xml/sonar-routes.xml";

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        Properties initial = new Properties();
        initial.put("sonar.test.text", "Your order shipped");
        context.getPropertiesComponent().setInitialProperties(initial);
        PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.resolveMandatoryResource(context, ROUTES));
        return context;
    }

    @Test
    void messageSend() {
        wireMock().stubFor(post(urlPathEqualTo("/api/v1/messages")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"to\":\"+13105550000\",\"text\":\"Your order shipped\",\"status\":\"queued\"}")));

        Exchange result = template.request("direct:xml-message-send", exchange -> {
        });

        assertThat(result.getException()).isNull();
        wireMock().verify(1, postRequestedFor(urlEqualTo("/api/v1/messages"))
                .withHeader("X-Token", equalTo(TOKEN))
                .withHeader("Content-Type", equalTo("application/json"))
                .withHeader("Accept", equalTo("application/json"))
                .withRequestBody(equalToJson("{\"to\":\"+13105550000\",\"text\":\"Your order shipped\","
                                             + "\"tag_names\":[\"orders\",\"vip\"]}", false, false)));
        assertThat(wireMock().getAllServeEvents()).hasSize(1);
        assertThat(result.getMessage().getHeader(SonarConstants.MESSAGE_STATUS)).isEqualTo("queued");
    }

    @Test
    void customerUpsertWithPropertyOptions() {
        wireMock().stubFor(post(urlPathEqualTo("/api/v1/customers")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"phone_number\":\"+13105550001\",\"email\":\"ada@example.com\"}")));

        Exchange result = template.request("direct:xml-customer-upsert", exchange -> {
        });

        assertThat(result.getException()).isNull();
        wireMock().verify(1, postRequestedFor(urlEqualTo("/api/v1/customers"))
                .withHeader("X-Token", equalTo(TOKEN))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("{\"phone_number\":\"+13105550001\",\"email\":\"ada@example.com\","
                                             + "\"timezone\":\"Europe/London\","
                                             + "\"properties\":{\"plan\":\"gold\",\"seats\":\"12\"}}", false, false)));
        assertThat(wireMock().getAllServeEvents()).hasSize(1);
        assertThat(result.getMessage().getBody(Customer.class).getEmail()).isEqualTo("ada@example.com");
    }

    /** Endpoint-level defaultRegion and token (RAW keeps + and &) override the component's. */
    @Test
    void customerGetWithEndpointOverrides() {
        wireMock().stubFor(get(urlPathEqualTo("/api/v1/customers")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"phone_number\":\"3105550000\"}")));

        Exchange result = template.request("direct:xml-customer-get", exchange -> exchange.getMessage()
                .setHeader(SonarConstants.PHONE_NUMBER, "(310) 555-0000"));

        assertThat(result.getException()).isNull();
        wireMock().verify(1, getRequestedFor(urlEqualTo("/api/v1/customers?phone_number=%2B13105550000"))
                .withHeader("X-Token", equalTo("tok+x&y"))
                .withHeader("Accept", equalTo("application/json"))
                .withHeader("Content-Type", absent()));
        assertThat(wireMock().getAllServeEvents()).hasSize(1);
        assertThat(result.getMessage().getBody(Customer.class).getPhoneNumber()).isEqualTo("+13105550000");
    }
}
