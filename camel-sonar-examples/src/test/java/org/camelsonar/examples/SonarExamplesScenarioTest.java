package org.camelsonar.examples;

import java.util.List;

import org.camelsonar.simulator.SimulatedMessage;
import org.camelsonar.simulator.SonarSimulator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the examples' scenario against the simulator and checks what happened from the simulator's own records,
 * not from what the routes say they did.
 */
class SonarExamplesScenarioTest {

    @Test
    void scenarioLeavesSonarInTheExpectedState() throws Exception {
        try (SonarSimulator sonar = SonarExamples.newSimulator().start()) {
            SimulatorScenario.Summary summary = SonarExamples.runAgainst(sonar);

            List<SimulatedMessage> messages = sonar.messages();
            // every CSV customer plus the newcomer who texted in, with the CSV's extra columns as properties
            assertThat(sonar.customers()).hasSize(SimulatorScenario.CSV_CUSTOMERS + 1);
            assertThat(sonar.customer("+13105550101")).hasValueSatisfying(customer -> {
                assertThat(customer.firstName()).isEqualTo("Ava");
                assertThat(customer.properties()).containsEntry("plan", "gold").containsEntry("city", "Los Angeles");
            });
            // the welcome route texted each of them once
            assertThat(messages).filteredOn(m -> m.isOutbound() && SimulatorScenario.WELCOME.equals(m.text()))
                    .extracting(SimulatedMessage::phoneNumber).doesNotHaveDuplicates()
                    .hasSize(SimulatorScenario.CSV_CUSTOMERS + 1).contains(SimulatorScenario.NEWCOMER);
            // the keyword route replied and tagged the inbound texts
            assertThat(messages).filteredOn(m -> m.isOutbound() && m.phoneNumber().equals(SimulatorScenario.PRICE_ASKER)
                                                 && m.text().contains("plans start"))
                    .hasSize(1);
            assertThat(messages).filteredOn(SimulatedMessage::isInbound)
                    .filteredOn(m -> m.phoneNumber().equals(SimulatorScenario.HOURS_ASKER))
                    .singleElement().satisfies(m -> assertThat(m.tags()).containsExactly("hours"));
            assertThat(messages).filteredOn(m -> m.isOutbound() && m.phoneNumber().equals(SimulatorScenario.NEWCOMER))
                    .extracting(SimulatedMessage::text).containsExactly(SimulatorScenario.WELCOME);
            // STOP unsubscribed the customer, so the campaign was refused for them and scheduled for the others
            assertThat(sonar.customer(SimulatorScenario.OPTED_OUT)).hasValueSatisfying(c -> assertThat(c.subscribed()).isFalse());
            assertThat(messages).filteredOn(m -> SonarExamples.CAMPAIGN.equals(m.campaignId()))
                    .allSatisfy(m -> assertThat(m.isScheduled()).isTrue())
                    .extracting(SimulatedMessage::phoneNumber)
                    .containsExactlyInAnyOrder(SimulatorScenario.PRICE_ASKER, SimulatorScenario.HOURS_ASKER);
            // closed, property deleted, unassigned
            assertThat(sonar.customer(SimulatorScenario.PRICE_ASKER)).hasValueSatisfying(c -> {
                assertThat(c.isClosed()).isTrue();
                assertThat(c.properties()).doesNotContainKey("city").containsKey("plan");
            });
            assertThat(sonar.customer(SimulatorScenario.ASSIGNED)).hasValueSatisfying(c -> assertThat(c.assignee()).isNull());
            // five consumers registered their webhooks, every delivery was answered 2xx, and the webhooks stay in
            // Sonar after the stop, for the next instance (webhookUnregisterOnStop=false by default)
            assertThat(sonar.deliveries()).isNotEmpty().allSatisfy(d -> assertThat(d.statusCode()).isBetween(200, 299));
            assertThat(sonar.webhooks()).hasSize(5);
            assertThat(summary.isComplete()).as(summary.render()).isTrue();
            // the summary says where the simulator ran, where each route lives, and why 20 customers became 21
            assertThat(summary.render()).contains("Sonar simulator: " + sonar.baseUrl())
                    .containsPattern("keyword-reply +keywords\\.yaml:\\d+ +YAML DSL")
                    .containsPattern("send-campaign +operations\\.xml:\\d+ +XML DSL")
                    .containsPattern("welcome +JavaRoutes\\.java:\\d+ +Java DSL")
                    .contains("plus " + SimulatorScenario.NEWCOMER + ", who texted in unknown");
        }
    }
}
