package org.camelsonar.doctests;

import java.net.Socket;
import java.time.Duration;
import java.util.Map;

import org.camelsonar.simulator.SimulatedMessage;
import org.camelsonar.simulator.SonarSimulator;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * docs/getting-started.md as a newcomer follows it: the page's Application, application.properties and YAML routes,
 * built with only the page's dependencies, started as its own process with the environment of "Run it against the
 * simulator" (SONAR_TOKEN and -Dcamel.component.sonar.base-url). The first text goes out, Sonar's customer_created
 * webhook reaches the welcome route, and Ctrl-C (SIGTERM) removes the webhook again.
 */
class GettingStartedPageTest {

    private static final String CUSTOMER = "+13105551234";

    @Test
    void theApplicationTextsTheCustomerAndTheWebhookRouteWelcomesThem() throws Exception {
        try (SonarSimulator sonar = SonarSimulator.builder().token("sim-token").build().start();
             Socket port = DocApp.holdPort()) {
            DocApp app = start(sonar, port.getLocalPort());
            try {
                await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertEquals(
                        java.util.List.of("Hello from Camel", "Welcome! Reply STOP to opt out."),
                        sonar.messages().stream().filter(m -> m.phoneNumber().equals(CUSTOMER))
                                .map(SimulatedMessage::text).toList(), app::output));
                assertTrue(sonar.deliveries().stream().allMatch(d -> d.statusCode() == 200), app::output);
                assertTrue(app.output().contains("New customer " + CUSTOMER), app::output);
            } finally {
                app.close();
            }
            assertEquals(0, sonar.webhooks().size(), "the webhook is removed on Ctrl-C:\n" + app.output());
        }
    }

    /** The application on the held port (its own process binds it alongside), once it registered its webhook. */
    private static DocApp start(SonarSimulator sonar, int port) {
        DocApp app = DocApp.start("getting-started", "com.example.Application",
                Map.of("SONAR_TOKEN", sonar.token(), "PUBLIC_URL", "http://127.0.0.1:" + port),
                Map.of("camel.component.sonar.base-url", sonar.baseUrl(), "camel.server.port", String.valueOf(port)));
        await().atMost(Duration.ofSeconds(60)).until(() -> !sonar.webhooks().isEmpty() || !app.isAlive());
        assertTrue(app.isAlive(), () -> "the application stopped:\n" + app.output());
        return app;
    }
}
