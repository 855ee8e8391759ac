package org.camelsonar.examples.quarkus;

import java.time.Duration;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.camelsonar.component.sonar.SonarComponent;
import org.camelsonar.component.sonar.model.Customer;
import org.camelsonar.simulator.DeliveryAttempt;
import org.camelsonar.simulator.SimulatedMessage;
import org.camelsonar.simulator.SonarEvents;
import org.camelsonar.simulator.SonarSimulator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The Quarkus application against the simulator: configuration from application.properties (overridden by
 * {@link SonarSimulatorResource}), a customer upserted and texted through the Java route, and a webhook delivered
 * by the simulator to the YAML route over Quarkus' HTTP server.
 */
@QuarkusTest
@WithTestResource(SonarSimulatorResource.class)
class SonarQuarkusTest {

    private static final String PHONE = "+13105550142";

    @Inject
    CamelContext context;

    @Inject
    ProducerTemplate producer;

    @Test
    void bindsTheComponentFromApplicationProperties() {
        SonarSimulator sonar = SonarSimulatorResource.simulator();
        SonarComponent component = context.getComponent("sonar", SonarComponent.class);

        assertThat(component.getConfiguration().getBaseUrl()).isEqualTo(sonar.baseUrl());
        assertThat(component.getConfiguration().getToken()).isEqualTo(sonar.token());
        assertThat(component.getConfiguration().isSandbox()).isFalse();
    }

    @Test
    void upsertsSendsAndReceivesAWebhook() {
        SonarSimulator sonar = SonarSimulatorResource.simulator();

        // the YAML route's consumer registered itself with the simulator, at the Quarkus test port
        assertThat(sonar.webhooks()).singleElement().satisfies(webhook -> {
            assertThat(webhook.active()).isTrue();
            assertThat(webhook.url()).startsWith("http://127.0.0.1:" + SonarSimulatorResource.httpPort()
                                                 + "/sonar/webhook/new_unassigned_message?secret=");
            assertThat(webhook.settings()).containsEntry(SonarEvents.NEW_UNASSIGNED_MESSAGE, "true");
        });

        // producer side: customer/upsert with a Customer body, then message/send
        Customer ada = new Customer(PHONE);
        ada.setFirstName("Ada");
        ada.setLastName("Lovelace");
        producer.requestBody("direct:welcome", ada);

        assertThat(sonar.customer(PHONE)).hasValueSatisfying(customer -> {
            assertThat(customer.firstName()).isEqualTo("Ada");
            assertThat(customer.lastName()).isEqualTo("Lovelace");
        });
        assertThat(sonar.messages()).singleElement().satisfies(message -> {
            assertThat(message.isOutbound()).isTrue();
            assertThat(message.phoneNumber()).isEqualTo(PHONE);
            assertThat(message.text()).isEqualTo("Welcome, Ada! Reply HOURS for our opening hours.");
        });

        // consumer side: the simulator delivers the inbound text to Quarkus HTTP; the route answers it
        sonar.inboundText(PHONE, "HOURS");

        DeliveryAttempt delivery = sonar.awaitDeliveries(
                d -> d.action().equals(SonarEvents.NEW_UNASSIGNED_MESSAGE), 1, Duration.ofSeconds(10)).get(0);
        assertThat(delivery.statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(sonar.messages())
                .filteredOn(SimulatedMessage::isOutbound)
                .extracting(SimulatedMessage::text)
                .contains("Thanks, we got your message: HOURS"));
    }
}
