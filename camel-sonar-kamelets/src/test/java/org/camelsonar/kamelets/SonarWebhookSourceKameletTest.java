package org.camelsonar.kamelets;

import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Exchange;
import org.apache.camel.component.mock.MockEndpoint;
import org.camelsonar.component.sonar.SonarConstants;
import org.camelsonar.simulator.RegisteredWebhook;
import org.camelsonar.simulator.SimulatedMessage;
import org.camelsonar.simulator.SonarSimulator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The webhook source served on platform-http: it registers itself with the simulator, receives the simulator's
 * deliveries, passes each event on as Sonar's JSON with the CamelSonar* headers, and removes its webhook on stop only
 * when asked.
 */
class SonarWebhookSourceKameletTest extends KameletTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SECRET = "kamelet-webhook-secret-9f86d081";

    private void sourceRoute(String extraParameters) throws Exception {
        loadYaml("""
                - route:
                    id: sonar-events
                    from:
                      uri: "kamelet:sonar-webhook-source?%s&webhookExternalUrl=%s&webhookSecret=%s%s"
                      steps:
                        - to: mock:events
                """.formatted(connection(), externalUrl(), SECRET, extraParameters));
    }

    @Test
    void deliversAnInboundTextAsJsonByDefault(SonarSimulator sim) throws Exception {
        sourceRoute("");
        MockEndpoint events = context.getEndpoint("mock:events", MockEndpoint.class);
        events.expectedMessageCount(1);

        assertThat(sim.webhooks()).singleElement().satisfies(hook -> {
            assertThat(hook.url()).startsWith(externalUrl() + "/sonar/webhook/new_unassigned_message");
            assertThat(hook.wants("new_unassigned_message")).isTrue();
            assertThat(hook.wants("customer_created")).isFalse();
        });
        SimulatedMessage inbound = sim.inboundText(PHONE, "Is the store open on Sunday?");

        events.assertIsSatisfied(10_000);
        Exchange event = events.getExchanges().get(0);
        JsonNode body = JSON.readTree(event.getMessage().getBody(String.class));
        assertThat(body.path("action").asText()).isEqualTo("new_unassigned_message");
        assertThat(body.path("text").asText()).isEqualTo("Is the store open on Sunday?");
        assertThat(body.path("customer").path("phone_number").asText()).isEqualTo(PHONE);
        assertThat(event.getMessage().getHeaders()).contains(
                Map.entry(SonarConstants.PHONE_NUMBER, PHONE),
                Map.entry(SonarConstants.EXTERNAL_MESSAGE_ID, inbound.externalId()));
        assertThat(sim.awaitDeliveries(1, Duration.ofSeconds(10))).allSatisfy(d -> assertThat(d.succeeded()).isTrue());
    }

    @Test
    void withoutASecretItRegistersAndAcceptsADerivedOne(SonarSimulator sim) throws Exception {
        loadYaml("""
                - route:
                    id: sonar-events
                    from:
                      uri: "kamelet:sonar-webhook-source?%s&webhookExternalUrl=%s"
                      steps:
                        - to: mock:events
                """.formatted(connection(), externalUrl()));
        MockEndpoint events = context.getEndpoint("mock:events", MockEndpoint.class);
        events.expectedMessageCount(1);

        // derived from the token and the URL, so every replica registers the same one; never the configured test one
        assertThat(sim.webhooks()).singleElement().extracting(RegisteredWebhook::url).asString()
                .contains("?secret=").doesNotContain(SECRET).doesNotEndWith("?secret=");
        sim.inboundText(PHONE, "Still open?");

        events.assertIsSatisfied(10_000);
        assertThat(sim.awaitDeliveries(1, Duration.ofSeconds(10))).allSatisfy(d -> assertThat(d.succeeded()).isTrue());
    }

    @Test
    void anotherEventAndPathAreProperties(SonarSimulator sim) throws Exception {
        sourceRoute("&event=customer_created&webhookPath=/hooks/sonar");
        MockEndpoint events = context.getEndpoint("mock:events", MockEndpoint.class);
        events.expectedMessageCount(1);

        assertThat(sim.webhooks()).singleElement().extracting(RegisteredWebhook::url).asString()
                .startsWith(externalUrl() + "/hooks/sonar");
        sim.upsertCustomer(PHONE, "Ann", "Lee", "ann@example.com");

        events.assertIsSatisfied(10_000);
        JsonNode body = JSON.readTree(events.getExchanges().get(0).getMessage().getBody(String.class));
        assertThat(body.path("action").asText()).isEqualTo("customer_created");
    }

    @Test
    void keepsItsWebhookWhenTheApplicationStopsUnlessAskedToRemoveIt(SonarSimulator sim) throws Exception {
        sourceRoute("");
        assertThat(sim.webhooks()).hasSize(1);

        // the webhook lives in the Kamelet's own route, which stops with the context; the next instance serves it
        context.stop();

        assertThat(sim.webhooks()).hasSize(1);
    }

    @Test
    void removesItsWebhookWhenTheApplicationStopsIfAsked(SonarSimulator sim) throws Exception {
        sourceRoute("&webhookUnregisterOnStop=true");
        assertThat(sim.webhooks()).hasSize(1);

        context.stop();

        assertThat(sim.webhooks()).isEmpty();
    }

    @Test
    void aDeliveryWithoutTheSecretIsRefused(SonarSimulator sim) throws Exception {
        sourceRoute("&webhookAutoRegister=false");
        MockEndpoint events = context.getEndpoint("mock:events", MockEndpoint.class);
        events.expectedMessageCount(0);
        sim.registerWebhook(externalUrl() + "/sonar/webhook/new_unassigned_message?secret=wrong",
                "new_unassigned_message");

        sim.inboundText(PHONE, "Hello");

        assertThat(sim.awaitDeliveries(1, Duration.ofSeconds(10))).first()
                .satisfies(d -> assertThat(d.statusCode()).isBetween(400, 499));
        events.assertIsSatisfied();
    }
}
