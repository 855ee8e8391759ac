package org.camelsonar.kamelets;

import org.camelsonar.component.sonar.SonarConstants;
import org.camelsonar.simulator.SimulatedCustomer;
import org.camelsonar.simulator.SimulatedMessage;
import org.camelsonar.simulator.SonarSimulator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each sink Kamelet, called from a YAML route as {@code kamelet:<name>?...}, does its job in the simulator. */
class SonarSinkKameletsTest extends KameletTestSupport {

    private void route(String kameletUri) throws Exception {
        loadYaml("""
                - route:
                    from:
                      uri: direct:in
                      steps:
                        - to: "%s"
                """.formatted(kameletUri));
    }

    @Test
    void messageSinkTextsTheBodyToThePhoneNumber(SonarSimulator sim) throws Exception {
        route("kamelet:sonar-message-sink?" + connection() + "&phoneNumber=RAW(" + PHONE + ")&tags=orders");

        template.sendBody("direct:in", "Your order 1042 has shipped.");

        assertThat(sim.messages()).filteredOn(SimulatedMessage::isOutbound).singleElement().satisfies(m -> {
            assertThat(m.phoneNumber()).isEqualTo(PHONE);
            assertThat(m.text()).isEqualTo("Your order 1042 has shipped.");
            assertThat(m.tags()).containsExactly("orders");
        });
    }

    @Test
    void messageSinkTakesTheRecipientFromTheHeaderAndTheTextFromItsProperty(SonarSimulator sim) throws Exception {
        route("kamelet:sonar-message-sink?" + connection() + "&text=Thanks for your order");

        template.sendBodyAndHeader("direct:in", null, SonarConstants.PHONE_NUMBER, PHONE);

        assertThat(sim.messages()).filteredOn(SimulatedMessage::isOutbound).singleElement()
                .satisfies(m -> assertThat(m.text()).isEqualTo("Thanks for your order"))
                .satisfies(m -> assertThat(m.phoneNumber()).isEqualTo(PHONE));
    }

    @Test
    void customerUpsertSinkMergesTheJsonBodyWithItsProperties(SonarSimulator sim) throws Exception {
        route("kamelet:sonar-customer-upsert-sink?" + connection() + "&lastName=Lee&email=ann@example.com");

        template.sendBody("direct:in", "{\"phone_number\":\"" + PHONE + "\",\"first_name\":\"Ann\"}");

        SimulatedCustomer customer = sim.customer(PHONE).orElseThrow();
        assertThat(customer.firstName()).isEqualTo("Ann");
        assertThat(customer.lastName()).isEqualTo("Lee");
        assertThat(customer.email()).isEqualTo("ann@example.com");
    }

    @Test
    void campaignSinkSendsTheCampaignToTheRecipient(SonarSimulator sim) throws Exception {
        route("kamelet:sonar-campaign-sink?" + connection() + "&campaignId=" + CAMPAIGN);

        template.sendBodyAndHeader("direct:in", null, SonarConstants.PHONE_NUMBER, PHONE);

        assertThat(sim.messages()).filteredOn(SimulatedMessage::isOutbound).singleElement().satisfies(m -> {
            assertThat(m.campaignId()).isEqualTo(CAMPAIGN);
            assertThat(m.phoneNumber()).isEqualTo(PHONE);
            assertThat(m.text()).isEqualTo("Spring sale: 20% off");
        });
    }

    @Test
    void customerCloseSinkClosesTheConversation(SonarSimulator sim) throws Exception {
        sim.inboundText(PHONE, "Where is my order?");
        assertThat(sim.customer(PHONE).orElseThrow().isClosed()).isFalse();
        route("kamelet:sonar-customer-close-sink?" + connection() + "&phoneNumber=RAW(" + PHONE + ")");

        template.sendBody("direct:in", null);

        assertThat(sim.customer(PHONE).orElseThrow().isClosed()).isTrue();
    }

    @Test
    void messageTagSinkTagsTheMessageNamedByTheHeader(SonarSimulator sim) throws Exception {
        SimulatedMessage inbound = sim.inboundText(PHONE, "I'd like to upgrade");
        route("kamelet:sonar-message-tag-sink?" + connection() + "&tagName=vip");

        template.sendBodyAndHeader("direct:in", null, SonarConstants.EXTERNAL_MESSAGE_ID, inbound.externalId());

        assertThat(sim.messages()).filteredOn(m -> m.externalId().equals(inbound.externalId())).singleElement()
                .satisfies(m -> assertThat(m.tags()).containsExactly("vip"));
    }
}
