package org.camelsonar.doctests;

import java.net.Socket;
import java.time.Duration;

import org.apache.camel.main.Main;
import org.camelsonar.component.sonar.SonarComponent;
import org.camelsonar.component.sonar.SonarConfiguration;
import org.camelsonar.simulator.SonarEvents;
import org.camelsonar.simulator.SonarSimulator;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * docs/camel-main.md as written: its properties blocks are this project's application.properties, its YAML route
 * is camel/webhook.yaml, and the project has exactly the page's dependencies. Camel Main starts with them against the
 * simulator, overriding only the token, base URL, webhook URL and ports; the bound options are checked and an event
 * is delivered to the route (whose ${body.text} needs camel-bean, which the page must therefore list).
 */
class CamelMainPageTest {

    @Test
    void thePageConfigurationStartsBindsAndReceivesAnEvent() throws Exception {
        try (SonarSimulator sonar = SonarSimulator.builder().build().start(); Socket port = DocApp.holdPort();
             Socket managementPort = DocApp.holdPort()) {
            Main main = start(sonar, port.getLocalPort(), managementPort.getLocalPort());
            try {
                SonarConfiguration options = main.getCamelContext().getComponent("sonar", SonarComponent.class)
                        .getConfiguration();
                assertTrue(options.isSandbox());
                assertEquals("US", options.getDefaultRegion());
                assertEquals(10_000, options.getConnectTimeout());
                assertEquals(30_000, options.getResponseTimeout());
                assertEquals(64, options.getMaxConnections());
                assertFalse(options.isFailOnUnsubscribed());

                assertEquals(1, sonar.webhooks().size());
                assertEquals("true", sonar.webhooks().get(0).settings().get(SonarEvents.NEW_UNASSIGNED_MESSAGE));
                sonar.inboundText("+13105550188", "Hello");
                assertEquals(200, sonar.awaitDeliveries(1, Duration.ofSeconds(30)).get(0).statusCode(),
                        "the YAML route handled the event");
            } finally {
                main.stop();
            }
            assertEquals(1, sonar.webhooks().size(), "the webhook stays in Sonar for the next instance");
        }
    }

    /** The HTTP and management servers on the held ports; the webhook URL names the first before it starts. */
    private static Main start(SonarSimulator sonar, int port, int managementPort) throws Exception {
        Main main = DocMain.serving(sonar, port);
        main.addOverrideProperty("camel.management.host", "127.0.0.1");
        main.addOverrideProperty("camel.management.port", String.valueOf(managementPort));
        main.start();
        return main;
    }
}
