package org.camelsonar.simulator;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SonarSimulatorExtensionTest {

    @RegisterExtension
    static SonarSimulatorExtension sonar = SonarSimulatorExtension.create(
            SonarSimulator.builder().token("ext-token").tags("vip").campaign("promo", "Promo!"));

    private static int port;

    @Test
    @Order(1)
    void injectsTheRunningSimulator(SonarSimulator sim) {
        assertThat(sim).isSameAs(sonar.simulator());
        assertThat(sonar.baseUrl()).isEqualTo("http://127.0.0.1:" + sim.port() + "/api");
        assertThat(sonar.token()).isEqualTo("ext-token");
        port = sim.port();
        sim.createTag("temporary");
        new SonarApi(sim).post("/v1/messages", "{\"to\":\"+13105550001\",\"text\":\"hi\",\"tag_names\":[\"temporary\"]}");
        sim.registerWebhook("http://127.0.0.1:9/x", SonarEvents.CUSTOMER_CREATED);
        assertThat(sim.customers()).hasSize(1);
    }

    @Test
    @Order(2)
    void resetsBetweenTestsButKeepsSeedsAndThePort(SonarSimulator sim) {
        assertThat(sim.port()).isEqualTo(port);
        assertThat(sim.customers()).isEmpty();
        assertThat(sim.messages()).isEmpty();
        assertThat(sim.webhooks()).isEmpty();
        assertThat(sim.events()).isEmpty();
        SonarApi api = new SonarApi(sim);
        assertThat(api.post("/v1/messages", "{\"to\":\"+13105550001\",\"text\":\"hi\",\"tag_names\":[\"temporary\"]}")
                .status()).isEqualTo(400);
        assertThat(api.post("/v1/messages", "{\"to\":\"+13105550001\",\"text\":\"hi\",\"tag_names\":[\"vip\"]}")
                .status()).isEqualTo(202);
        assertThat(api.post("/v1/campaigns", "{\"campaign_id\":\"promo\",\"to\":\"+13105550001\"}").status())
                .isEqualTo(202);
    }

    @Nested
    class NestedTests {

        @Test
        void shareTheOuterSimulator(SonarSimulator sim) {
            assertThat(sim.port()).isEqualTo(sonar.simulator().port());
            assertThat(sim.customers()).isEmpty();
        }
    }
}
