package org.camelsonar.doctests;

import java.net.Socket;
import java.time.Duration;
import java.util.List;

import org.apache.camel.main.Main;
import org.camelsonar.simulator.SimulatedMessage;
import org.camelsonar.simulator.SonarSimulator;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * docs/jbang.md's route file and application.properties, as the page shows them, run the way Camel JBang runs them:
 * on Camel Main (with docs/camel-main.md's dependencies, since Camel JBang itself cannot be installed here). Only the
 * token, base URL, webhook URL and port are overridden. A new customer is welcomed and an inbound text answered.
 */
class JBangPageTest {

    @Test
    void theAutoResponderWelcomesNewCustomersAndAnswersTexts() throws Exception {
        try (SonarSimulator sonar = SonarSimulator.builder().build().start(); Socket port = DocApp.holdPort()) {
            Main main = DocMain.serving(sonar, port.getLocalPort());
            main.start();
            try {
                assertEquals(2, sonar.webhooks().size(), "both consumers registered");
                sonar.upsertCustomer("+13105550177", "Ada", "Lovelace", null);
                sonar.inboundText("+13105550177", "Are you open today?");
                await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertEquals(List.of(
                        "+13105550177 Thanks, we got your message: Are you open today?",
                        "+13105550177 Welcome! Text us any time; reply STOP to opt out."),
                        sonar.messages().stream().filter(SimulatedMessage::isOutbound)
                                .map(m -> m.phoneNumber() + " " + m.text()).sorted().toList()));
            } finally {
                main.stop();
            }
            assertEquals(2, sonar.webhooks().size(), "the webhooks stay in Sonar for the next instance");
        }
    }
}
