package org.camelsonar.examples;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.camel.main.Main;
import org.camelsonar.simulator.SimulatedMessage;
import org.camelsonar.simulator.SonarEvents;
import org.camelsonar.simulator.SonarSimulator;
import org.camelsonar.testsupport.RefusedPort;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs docs/examples/jbang (the route and the application.properties that docs/jbang.md runs with
 * {@code camel run}) on Camel Main, the engine under Camel JBang, against the simulator, so that the page cannot
 * drift from a working configuration. Only the token, base URL, webhook URL and port are overridden.
 */
class JBangRouteTest {

    private static final Path JBANG = Path.of("..", "docs", "examples", "jbang").toAbsolutePath().normalize();
    private static final String PHONE = "+13105550177";

    @Test
    void theDocumentedRouteWelcomesAndAnswers() throws Exception {
        assertThat(JBANG.resolve("sonar-route.yaml")).exists();
        // the webhook URL names Camel Main's port before the server starts: the port is held (never released) and
        // the server binds it alongside (both allow address reuse)
        try (RefusedPort held = new RefusedPort();
             SonarSimulator sonar = SonarSimulator.builder().port(0).build().start()) {
            int port = held.port();
            Main main = new Main();
            main.setPropertyPlaceholderLocations("file:" + JBANG.resolve("application.properties"));
            main.addInitialProperty("camel.main.routes-include-pattern", "file:" + JBANG.resolve("sonar-route.yaml"));
            main.addOverrideProperty("camel.component.sonar.token", sonar.token());
            main.addOverrideProperty("camel.component.sonar.base-url", sonar.baseUrl());
            main.addOverrideProperty("sonar.webhook-url", "http://127.0.0.1:" + port);
            main.addOverrideProperty("camel.server.host", "127.0.0.1");
            main.addOverrideProperty("camel.server.port", String.valueOf(port));
            main.start();
            try {
                assertThat(sonar.webhooks()).extracting(w -> w.settings().keySet().iterator().next())
                        .containsExactlyInAnyOrder(SonarEvents.CUSTOMER_CREATED, SonarEvents.NEW_UNASSIGNED_MESSAGE);

                sonar.inboundText(PHONE, "Are you open on Sunday?");
                assertThat(sonar.awaitDeliveries(2, Duration.ofSeconds(10)))
                        .allSatisfy(d -> assertThat(d.statusCode()).isEqualTo(200));
            } finally {
                main.stop();
            }
            assertThat(sonar.messages()).filteredOn(SimulatedMessage::isOutbound)
                    .extracting(SimulatedMessage::text)
                    .containsExactlyInAnyOrder("Welcome! Text us any time; reply STOP to opt out.",
                            "Thanks, we got your message: Are you open on Sunday?");
            assertThat(sonar.webhooks()).as("kept on stop, for the next instance").hasSize(2);
        }
    }
}
