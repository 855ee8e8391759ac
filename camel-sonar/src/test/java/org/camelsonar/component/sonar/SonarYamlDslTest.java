package org.camelsonar.component.sonar;

import java.util.Properties;

import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.FailedToCreateRouteException;
import org.apache.camel.NoTypeConversionAvailableException;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Sonar endpoints written in the YAML DSL ({@code uri} + {@code parameters}), loaded from
 * {@code dsl-routes/yaml/sonar-routes.yaml} into a context whose component talks to WireMock.
 */
class SonarYamlDslTest extends SonarTestSupport {

    private static final String ROUTES = "classpath:dsl-routes/yaml/sonar-routes.yaml";

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
    void messageSendFromParametersMap() {
        stubMessages();

        Exchange result = template.request("direct:yaml-message-send", exchange -> {
        });

        assertThat(result.getException()).isNull();
        assertThat(endpointUri("13105550000")).startsWith("sonar://message/send?");
        wireMock().verify(1, postRequestedFor(urlEqualTo("/api/v1/messages"))
                .withHeader("X-Token", equalTo(TOKEN))
                .withHeader("Content-Type", equalTo("application/json"))
                .withHeader("Accept", equalTo("application/json"))
                .withRequestBody(equalToJson("{\"to\":\"+13105550000\",\"text\":\"Your order shipped\","
                                             + "\"media_url\":\"https://cdn.example.com/p/1.png\","
                                             + "\"tag_names\":[\"orders\",\"vip\"]}", false, false)));
        assertThat(wireMock().getAllServeEvents()).hasSize(1);
        assertThat(result.getMessage().getHeader(SonarConstants.MESSAGE_STATUS)).isEqualTo("queued");
    }

    @Test
    void customerUpsertWithPropertyPrefixKeys() {
        stubCustomers();

        Exchange result = template.request("direct:yaml-customer-upsert", exchange -> {
        });

        assertThat(result.getException()).isNull();
        wireMock().verify(1, postRequestedFor(urlEqualTo("/api/v1/customers"))
                .withHeader("X-Token", equalTo(TOKEN))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("{\"phone_number\":\"+13105550001\",\"first_name\":\"Ada\","
                                             + "\"subscribed\":false,"
                                             + "\"properties\":{\"plan\":\"gold\",\"seats\":\"12\"}}", false, false)));
        assertThat(wireMock().getAllServeEvents()).hasSize(1);
    }

    /**
     * With a scheme-only {@code uri: sonar} the YAML DSL hands the whole map to the generated
     * {@link SonarEndpointUriFactory}: path parameters fill the syntax, the nested {@code properties} map becomes
     * {@code property.*} options, and the secret token is wrapped in RAW(...) so its odd characters survive.
     */
    @Test
    void schemeOnlyUriGoesThroughUriFactory() {
        stubCustomers();

        Exchange result = template.request("direct:yaml-customer-upsert-factory", exchange -> {
        });

        assertThat(result.getException()).isNull();
        String uri = endpointUri("13105550002");
        assertThat(uri).startsWith("sonar://customer/upsert?").contains("property.plan=gold", "property.region=west")
                .doesNotContain("properties=");
        wireMock().verify(1, postRequestedFor(urlEqualTo("/api/v1/customers"))
                .withHeader("X-Token", equalTo("tok+with&odd=chars%"))
                .withRequestBody(equalToJson("{\"phone_number\":\"+13105550002\",\"last_name\":\"Lovelace\","
                                             + "\"properties\":{\"plan\":\"gold\",\"region\":\"west\"}}", false,
                        false)));
        assertThat(wireMock().getAllServeEvents()).hasSize(1);
    }

    /**
     * A nested {@code properties:} map under a uri that has a path ({@code sonar:customer/upsert}) is NOT flattened:
     * YamlSupport.createEndpointUri calls the URI factory only for a scheme-only uri, and otherwise writes the map
     * with URISupport.createQueryString, so the endpoint gets {@code properties={plan=gold}} as text, which cannot
     * become a Map. This pins that Camel behaviour: write {@code property.plan: gold}, or use a scheme-only uri.
     */
    @Test
    void nestedPropertiesMapUnderPathUriIsRejected() {
        String location = "classpath:dsl-routes/yaml/sonar-pitfall-nested-properties.yaml";
        Throwable failure = catchThrowable(() -> PluginHelper.getRoutesLoader(context)
                .loadRoutes(ResourceHelper.resolveMandatoryResource(context, location)));
        assertThat(failure).isInstanceOf(FailedToCreateRouteException.class)
                .hasRootCauseInstanceOf(NoTypeConversionAvailableException.class)
                .hasStackTraceContaining("Error binding property (properties={plan=gold}) with name: properties");
        assertThat(wireMock().getAllServeEvents()).isEmpty();
    }

    /**
     * A {@code +} in a parameter value, bare or as {@code %2B}, reaches the endpoint as a space (Camel 4.18 URI
     * normalisation, the same for core components such as log:). The component reads a phone option that starts
     * with a space and a digit as +, so the number written as users write it is sent in E.164.
     */
    @Test
    void plusSignInYamlParameterIsReadAsInternationalNumber() throws Exception {
        stubMessages();
        PluginHelper.getRoutesLoader(context).loadRoutes(
                ResourceHelper.resolveMandatoryResource(context, "classpath:dsl-routes/yaml/sonar-pitfall-plus-sign.yaml"));

        for (String[] route : new String[][] { { "direct:yaml-message-send-plus", "+13105550009" },
                { "direct:yaml-message-send-encoded-plus", "+13105550008" } }) {
            Exchange result = template.request(route[0], exchange -> {
            });
            assertThat(result.getException()).as(route[0]).isNull();
            wireMock().verify(postRequestedFor(urlPathEqualTo("/api/v1/messages"))
                    .withRequestBody(matchingJsonPath("$.to", equalTo(route[1]))));
        }
    }

    /** The normalised URI of the one sonar endpoint whose URI contains the marker. */
    private String endpointUri(String marker) {
        return context.getEndpoints().stream().filter(SonarEndpoint.class::isInstance)
                .map(Endpoint::getEndpointUri).filter(uri -> uri.contains(marker))
                .reduce((a, b) -> {
                    throw new AssertionError("two sonar endpoints contain " + marker + ": " + a + ", " + b);
                }).orElseThrow(() -> new AssertionError("no sonar endpoint contains " + marker));
    }

    private static void stubMessages() {
        wireMock().stubFor(post(urlPathEqualTo("/api/v1/messages")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"to\":\"+13105550000\",\"text\":\"Your order shipped\",\"status\":\"queued\"}")));
    }

    private static void stubCustomers() {
        wireMock().stubFor(post(urlPathEqualTo("/api/v1/customers")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"phone_number\":\"+13105550001\"}")));
    }
}
