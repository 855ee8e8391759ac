package org.camelsonar.kamelets;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.camelsonar.simulator.SonarSimulator;
import org.camelsonar.simulator.SonarSimulatorExtension;
import org.camelsonar.testsupport.SonarCamel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A plain Camel context with camel-kamelet, the YAML DSL and a Vert.x platform-http server on 127.0.0.1 (the HTTP
 * server the webhook source serves on), next to one Sonar simulator for the test class, reset before each test.
 * Routes are YAML, loaded by each test once the simulator holds what it needs.
 */
abstract class KameletTestSupport {

    static final String PHONE = "+13105550101";
    static final String CAMPAIGN = "spring_ab12";

    @RegisterExtension
    static final SonarSimulatorExtension SONAR = SonarSimulatorExtension.create(SonarSimulator.builder()
            .token("kamelet-test-token-5d41402abc4b2a76")
            .retryScale(0.001)
            .tags("vip", "orders")
            .campaign(CAMPAIGN, "Spring sale: 20% off"));

    CamelContext context;
    ProducerTemplate template;
    int httpPort;

    @BeforeEach
    void startCamel() throws Exception {
        context = new DefaultCamelContext();
        SonarCamel.addServer(context);
        context.getShutdownStrategy().setTimeout(5);
        configure(context);
        context.start();
        httpPort = SonarCamel.port(context);
        started(context);
        template = context.createProducerTemplate();
    }

    @AfterEach
    void stopCamel() {
        if (context != null) {
            context.stop();
        }
    }

    /** Hook for a test to set up the context before it starts. */
    void configure(CamelContext camel) {
    }

    /** Hook for a test to complete the started context, once the server's port ({@link #externalUrl()}) is known. */
    void started(CamelContext camel) {
    }

    /** Loads YAML DSL routes (or a Pipe) into the running context, as Camel JBang loads a file. */
    void loadYaml(String yaml) throws Exception {
        PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString("test-routes.yaml", yaml));
    }

    /** The parameters every sink and the source need to reach the simulator. */
    static String connection() {
        return "token=RAW(" + SONAR.token() + ")&baseUrl=RAW(" + SONAR.baseUrl() + ")";
    }

    String externalUrl() {
        return "http://127.0.0.1:" + httpPort;
    }
}
