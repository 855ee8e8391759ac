package org.camelsonar.reliability;

import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.camelsonar.component.sonar.SonarConstants;
import org.camelsonar.component.sonar.error.SonarServerException;
import org.camelsonar.simulator.SonarSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The YAML retry routes of docs/reliability.md work as written: upserts are retried, sends are not. */
class YamlRetryRoutesTest {

    private SonarSimulator sim;
    private CamelContext camel;
    private ProducerTemplate template;

    @BeforeEach
    void start() throws Exception {
        sim = SonarSimulator.builder().build().start();
        camel = Reliability.context(sim.baseUrl(), sim.token(), sim.publishableKey(), false);
        camel.getPropertiesComponent().addInitialProperty("sonar.retry.delay", "5");
        PluginHelper.getRoutesLoader(camel).loadRoutes(
                ResourceHelper.resolveMandatoryResource(camel, "classpath:sonar-retry.yaml"));
        camel.start();
        template = camel.createProducerTemplate();
    }

    @AfterEach
    void stop() {
        camel.stop();
        sim.close();
    }

    @Test
    void anUpsertIsRetriedThroughA503AndA429() {
        sim.failNext(1, 503, null);
        sim.rateLimitNext(1, 0);
        template.requestBodyAndHeaders("direct:crm-sync", null,
                Map.of(SonarConstants.PHONE_NUMBER, "+13105550131", SonarConstants.FIRST_NAME, "Ann"));
        assertThat(sim.customer("+13105550131")).isPresent();
        assertThat(sim.requests()).hasSize(3);
    }

    @Test
    void aSendIsNotRepeatedAfterA500() {
        sim.failNext(1, 500, null);
        Exchange result = template.request("direct:order-shipped", exchange -> {
            exchange.getMessage().setHeader(SonarConstants.PHONE_NUMBER, "+13105550132");
            exchange.getMessage().setBody("Your order shipped");
        });
        assertThat(result.getException()).isInstanceOf(SonarServerException.class);
        assertThat(sim.requests()).hasSize(1);
        assertThat(sim.messages()).isEmpty();
    }
}
