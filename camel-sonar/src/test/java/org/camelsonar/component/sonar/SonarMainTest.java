package org.camelsonar.component.sonar;

import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.main.Main;
import org.apache.camel.support.PluginHelper;
import org.camelsonar.testsupport.SonarWireMock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Camel Main binds {@code camel.component.sonar.*} (kebab-case or camelCase keys) onto the component's nested
 * configuration through the generated {@link SonarComponentConfigurer}: the component has no {@code setBaseUrl},
 * so reflection alone could not bind {@code base-url}, and {@code response-timeout=5s} is a Duration the
 * configurer turns into milliseconds.
 */
class SonarMainTest {

    private static final String MAIN_TOKEN = "tok-main-5e4d3c2b1a";

    @RegisterExtension
    static final SonarWireMock SONAR = new SonarWireMock();

    private Main main;

    private static WireMockServer wireMock() {
        return SONAR.server();
    }

    @BeforeEach
    void newMain() {
        main = new Main();
    }

    @AfterEach
    void stopMain() throws Exception {
        main.stop();
    }

    /** dsl-routes/main/sonar-main.properties: kebab-case keys, a placeholder token and a YAML route. */
    @Test
    void bindsKebabCaseOptionsFromPropertiesFileAndSendsWithThem() throws Exception {
        wireMock().stubFor(post(urlPathEqualTo("/api/v1/messages")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"to\":\"+13105550000\",\"text\":\"Hello from Camel Main\",\"status\":\"queued\"}")));
        main.setPropertyPlaceholderLocations("classpath:dsl-routes/main/sonar-main.properties");
        main.addInitialProperty("wiremock.port", String.valueOf(wireMock().port()));
        main.addInitialProperty("sonar.main.token", MAIN_TOKEN);
        main.start();
        CamelContext context = main.getCamelContext();

        Exchange result = context.createProducerTemplate().request("direct:main-message-send", exchange -> {
        });

        assertThat(result.getException()).isNull();
        // phoneNumber "(310) 555-0000" in the route is national: default-region=US made it E.164
        wireMock().verify(1, postRequestedFor(urlEqualTo("/api/v1/messages"))
                .withHeader("X-Token", equalTo(MAIN_TOKEN))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("{\"to\":\"+13105550000\",\"text\":\"Hello from Camel Main\"}", false,
                        false)));
        assertThat(wireMock().getAllServeEvents()).hasSize(1);

        SonarComponent sonar = context.getComponent("sonar", SonarComponent.class);
        SonarConfiguration configuration = sonar.getConfiguration();
        assertThat(configuration.getToken()).isEqualTo(MAIN_TOKEN);
        assertThat(configuration.getPublishableKey()).isEqualTo("pk-main-0123456789");
        assertThat(configuration.getBaseUrl()).isEqualTo("http://127.0.0.1:" + wireMock().port() + "/api");
        assertThat(configuration.isSandbox()).isTrue();
        assertThat(configuration.resolveBaseUrl()).isEqualTo(configuration.getBaseUrl());
        assertThat(configuration.getDefaultRegion()).isEqualTo("US");
        assertThat(configuration.isFailOnUnsubscribed()).isTrue();
        assertThat(configuration.getConnectTimeout()).isEqualTo(2500L);
        assertThat(configuration.getResponseTimeout()).isEqualTo(5000L);
        assertThat(configuration.getMaxConnections()).isEqualTo(7);
        assertThat(configuration.getSslContextParameters()).isNotNull()
                .isSameAs(context.getRegistry().lookupByName("sonarSsl"));
        assertThat(sonar.isLazyStartProducer()).isTrue();
        // the endpoint started from a copy of the component's configuration
        SonarEndpoint endpoint = context.getEndpoints().stream().filter(SonarEndpoint.class::isInstance)
                .map(SonarEndpoint.class::cast).findFirst().orElseThrow();
        assertThat(endpoint.getConfiguration()).isNotSameAs(configuration);
        assertThat(endpoint.getConfiguration().getResponseTimeout()).isEqualTo(5000L);
        assertThat(endpoint.getConfiguration().getToken()).isEqualTo(MAIN_TOKEN);
        // the binding went through the generated configurers
        assertThat(sonar.getComponentPropertyConfigurer()).isInstanceOf(SonarComponentConfigurer.class);
        assertThat(sonar.getEndpointPropertyConfigurer()).isInstanceOf(SonarEndpointConfigurer.class);
        assertThat(PluginHelper.getConfigurerResolver(context).resolvePropertyConfigurer("sonar-component", context))
                .isInstanceOf(SonarComponentConfigurer.class);
    }

    /** camelCase keys as initial properties, the remaining options (proxy, autowiring) and a Java route. */
    @Test
    void bindsCamelCaseOptionsFromInitialProperties() throws Exception {
        Map<String, String> properties = Map.of(
                "camel.component.sonar.token", MAIN_TOKEN,
                "camel.component.sonar.baseUrl", "http://127.0.0.1:" + wireMock().port() + "/api/",
                "camel.component.sonar.proxyHost", "proxy.invalid",
                "camel.component.sonar.proxyPort", "3128",
                "camel.component.sonar.connectTimeout", "PT1.5S",
                "camel.component.sonar.responseTimeout", "1m",
                "camel.component.sonar.maxConnections", "3",
                "camel.component.sonar.defaultRegion", "GB",
                "camel.component.sonar.autowiredEnabled", "false");
        properties.forEach(main::addInitialProperty);
        main.configure().addRoutesBuilder(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:main-java").routeId("main-java").to("sonar:customer/get?phoneNumber=07700900123");
            }
        });
        main.start();
        CamelContext context = main.getCamelContext();

        SonarConfiguration configuration = context.getComponent("sonar", SonarComponent.class).getConfiguration();
        assertThat(configuration.getToken()).isEqualTo(MAIN_TOKEN);
        assertThat(configuration.resolveBaseUrl()).isEqualTo("http://127.0.0.1:" + wireMock().port() + "/api");
        assertThat(configuration.getProxyHost()).isEqualTo("proxy.invalid");
        assertThat(configuration.getProxyPort()).isEqualTo(3128);
        assertThat(configuration.getConnectTimeout()).isEqualTo(1500L);
        assertThat(configuration.getResponseTimeout()).isEqualTo(60_000L);
        assertThat(configuration.getMaxConnections()).isEqualTo(3);
        assertThat(configuration.getDefaultRegion()).isEqualTo("GB");
        assertThat(context.getComponent("sonar").isAutowiredEnabled()).isFalse();
        assertThat(configuration.getSslContextParameters()).isNull();

        SonarEndpoint endpoint = context.getEndpoints().stream().filter(SonarEndpoint.class::isInstance)
                .map(SonarEndpoint.class::cast).findFirst().orElseThrow();
        assertThat(endpoint.getConfiguration().getProxyHost()).isEqualTo("proxy.invalid");
        assertThat(endpoint.getConfiguration().getProxyPort()).isEqualTo(3128);
        assertThat(endpoint.getOperationOptions().getPhoneNumber()).isEqualTo("07700900123");
        assertThat(wireMock().getAllServeEvents()).isEmpty();
    }
}
