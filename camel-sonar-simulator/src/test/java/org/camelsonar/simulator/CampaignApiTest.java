package org.camelsonar.simulator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class CampaignApiTest {

    private static final Instant NOW = Instant.parse("2030-03-01T12:00:00Z");

    @RegisterExtension
    static SonarSimulatorExtension sonar = SonarSimulatorExtension.create(SonarSimulator.builder()
            .clock(new ManualClock(NOW, ZoneOffset.UTC)).campaign("spring_ab12", "Spring sale: 20% off"));

    private SonarApi api() {
        return new SonarApi(sonar.simulator());
    }

    @Test
    void aCampaignIsSentBySlugAndAnswersTheLiteralSent() {
        SonarApi.Reply reply = api().post("/v1/campaigns", "{\"campaign_id\":\"spring_ab12\",\"to\":\"+13105550001\"}");
        assertThat(reply.status()).isEqualTo(202);
        assertThat(reply.body()).isEqualTo("{\"to\":\"+13105550001\",\"text\":\"sent\",\"status\":\"queued\"}");
        SimulatedMessage message = sonar.simulator().messages().get(0);
        assertThat(message.campaignId()).isEqualTo("spring_ab12");
        assertThat(message.text()).isEqualTo("Spring sale: 20% off");
        assertThat(sonar.simulator().events()).extracting(SimulatedEvent::action)
                .containsExactly(SonarEvents.CUSTOMER_CREATED, SonarEvents.OUTBOUND_MESSAGE);
    }

    @Test
    void campaignsCreatedAtRuntime() {
        assertThat(api().post("/v1/campaigns", "{\"campaign_id\":\"fall\",\"to\":\"+13105550001\"}").status())
                .isEqualTo(404);
        sonar.simulator().createCampaign("fall", "Fall!");
        assertThat(api().post("/v1/campaigns", "{\"campaign_id\":\"fall\",\"to\":\"+13105550001\"}").status())
                .isEqualTo(202);
    }

    @Test
    void errors() {
        assertThat(api().post("/v1/campaigns", "{}").body())
                .isEqualTo("{\"error\":\"campaign_id is missing, to is missing\"}");
        SonarApi.Reply unknown = api().post("/v1/campaigns", "{\"campaign_id\":\"nope\",\"to\":\"+13105550001\"}");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).isEqualTo("{\"error\":\"Campaign not found\"}");
        assertThat(api().post("/v1/campaigns", "{\"campaign_id\":\"spring_ab12\",\"to\":\"12ab\"}").body())
                .isEqualTo("{\"error\":\"Invalid Phone Number\"}");
        assertThat(sonar.simulator().messages()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tomorrow", "2030-03-02T10:00:00", "2030-03-02", "1700000000"})
    void aSendAtWithoutAnOffsetIsRefused(String sendAt) {
        SonarApi.Reply reply = api().post("/v1/campaigns",
                "{\"campaign_id\":\"spring_ab12\",\"to\":\"+13105550001\",\"send_at\":\"" + sendAt + "\"}");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).isEqualTo("{\"error\":\"send_at is invalid\"}");
    }

    @Test
    void aFutureSendAtIsHeldAndAPastOneSendsNow() {
        SonarApi.Reply later = api().post("/v1/campaigns",
                "{\"campaign_id\":\"spring_ab12\",\"to\":\"+13105550001\",\"send_at\":\"2030-03-02T10:00:00-08:00\"}");
        assertThat(later.json().path("status").asText()).isEqualTo("queued");
        SimulatedMessage held = sonar.simulator().messages().get(0);
        assertThat(held.isScheduled()).isTrue();
        assertThat(held.scheduledFor().toInstant()).isEqualTo(Instant.parse("2030-03-02T18:00:00Z"));
        assertThat(sonar.simulator().events()).extracting(SimulatedEvent::action)
                .doesNotContain(SonarEvents.OUTBOUND_MESSAGE);

        api().post("/v1/campaigns",
                "{\"campaign_id\":\"spring_ab12\",\"to\":\"+13105550001\",\"send_at\":\"2030-03-01T11:00:00Z\"}");
        assertThat(sonar.simulator().messages().get(1).isScheduled()).isFalse();
        assertThat(sonar.simulator().events()).extracting(SimulatedEvent::action)
                .contains(SonarEvents.OUTBOUND_MESSAGE);
    }

    @Test
    void anUnsubscribedCustomerGetsNoCampaign() {
        sonar.simulator().inboundText("+13105550001", "STOP");
        SonarApi.Reply reply = api().post("/v1/campaigns", "{\"campaign_id\":\"spring_ab12\",\"to\":\"+13105550001\"}");
        assertThat(reply.body()).isEqualTo("{\"to\":\"+13105550001\",\"text\":\"sent\",\"status\":\"unsubscribed\"}");
        assertThat(sonar.simulator().refusedSends()).singleElement()
                .extracting(RefusedSend::campaignId).isEqualTo("spring_ab12");
    }

    @Test
    void timestampsCarryAnOffsetAndMilliseconds() {
        api().post("/v1/customers", "{\"phone_number\":\"+13105550001\",\"subscribed\":false}");
        SonarApi.Reply reply = api().get("/v1/customers?phone_number=%2B13105550001");
        assertThat(reply.json().path("unsubscribed_at").asText()).isEqualTo("2030-03-01T12:00:00.000+00:00");
    }
}
