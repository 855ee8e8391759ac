package org.camelsonar.simulator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MessagesApiTest {

    private static final String PHONE = "+13105550001";

    @RegisterExtension
    static SonarSimulatorExtension sonar = SonarSimulatorExtension.create(SonarSimulator.builder().tags("vip", "orders"));

    private SonarApi api() {
        return new SonarApi(sonar.simulator());
    }

    private SonarApi.Reply send(String text) {
        return api().post("/v1/messages", "{\"to\":\"" + PHONE + "\",\"text\":\"" + text + "\"}");
    }

    @Test
    void sendAnswers202QueuedCreatesTheCustomerAndRecordsTheText() {
        SonarApi.Reply reply = api().post("/v1/messages",
                "{\"to\":\"+13105550001\",\"text\":\"Your order shipped\",\"tag_names\":[\"orders\"]}");
        assertThat(reply.status()).isEqualTo(202);
        assertThat(reply.body()).isEqualTo("{\"to\":\"+13105550001\",\"text\":\"Your order shipped\",\"status\":\"queued\"}");
        SimulatedMessage message = sonar.simulator().messages().get(0);
        assertThat(message.isOutbound()).isTrue();
        assertThat(message.tags()).containsExactly("orders");
        assertThat(message.externalId()).endsWith("==").hasSize(24);
        assertThat(sonar.simulator().customer(PHONE)).isPresent();
        assertThat(sonar.simulator().events()).extracting(SimulatedEvent::action)
                .containsExactly(SonarEvents.CUSTOMER_CREATED, SonarEvents.OUTBOUND_MESSAGE);
    }

    @Test
    void theRecipientIsEchoedAsSent() {
        SonarApi.Reply reply = api().post("/v1/messages", "{\"to\":\"3105550001\",\"text\":\"hi\"}");
        assertThat(reply.json().path("to").asText()).isEqualTo("3105550001");
        assertThat(sonar.simulator().customer(PHONE)).isPresent();
    }

    @Test
    void mediaAloneIsEnoughAndFormsWithTagArraysWork() {
        assertThat(api().post("/v1/messages", "{\"to\":\"+13105550001\",\"media_url\":\"https://x/card.vcf\"}")
                .status()).isEqualTo(202);
        SonarApi.Reply form = api().postForm("/v1/messages",
                "to=%2B13105550001&text=hi&tag_names%5B%5D=vip&tag_names%5B%5D=orders");
        assertThat(form.status()).isEqualTo(202);
        assertThat(sonar.simulator().messages().get(1).tags()).containsExactly("vip", "orders");
    }

    @Test
    void missingFieldsAreListedLikeSonarDoes() {
        assertThat(api().post("/v1/messages", "{}").body())
                .isEqualTo("{\"error\":\"text is missing, to is missing\"}");
        assertThat(api().post("/v1/messages", "{\"to\":\"+13105550001\",\"text\":\"   \"}").body())
                .isEqualTo("{\"error\":\"text is missing\"}");
        assertThat(api().post("/v1/messages", "{\"to\":\"111\",\"text\":\"hi\"}").body())
                .isEqualTo("{\"error\":\"Invalid Phone Number\"}");
    }

    @Test
    void anUnknownTagRefusesTheWholeSend() {
        SonarApi.Reply reply = api().post("/v1/messages",
                "{\"to\":\"+13105550001\",\"text\":\"hi\",\"tag_names\":[\"vip\",\"nope\"]}");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).isEqualTo("{\"error\":\"Tag not found: nope\"}");
        assertThat(sonar.simulator().messages()).isEmpty();
        assertThat(sonar.simulator().customers()).isEmpty();
        assertThat(sonar.simulator().events()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"STOP", "stop!", "  Stop Texting Me! ", "UNSUBSCRIBE", "wrong number", "Do not contact me!",
            "stopall", "END", "cancel", "quit", "leave me alone", "stop messaging me", "STOP   MESSAGING"})
    void anOptOutKeywordUnsubscribesAndLaterSendsAreNotSent(String keyword) {
        sonar.simulator().inboundText(PHONE, keyword);
        assertThat(sonar.simulator().customer(PHONE).orElseThrow().subscribed()).isFalse();

        SonarApi.Reply reply = send("Still there?");
        assertThat(reply.status()).isEqualTo(202);
        assertThat(reply.json().path("status").asText()).isEqualTo("unsubscribed");
        assertThat(sonar.simulator().messages()).noneMatch(SimulatedMessage::isOutbound);
        assertThat(sonar.simulator().refusedSends()).singleElement()
                .extracting(RefusedSend::reason).isEqualTo(RefusedSend.UNSUBSCRIBED);
        assertThat(sonar.simulator().events()).extracting(SimulatedEvent::action).containsExactly(
                SonarEvents.CUSTOMER_CREATED, SonarEvents.NEW_UNASSIGNED_MESSAGE, SonarEvents.CUSTOMER_UNSUBSCRIBED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"please stop by tomorrow", "stop?", "stopp", "the end"})
    void otherTextsDoNotUnsubscribe(String text) {
        sonar.simulator().inboundText(PHONE, text);
        assertThat(sonar.simulator().customer(PHONE).orElseThrow().subscribed()).isTrue();
    }

    @Test
    void upsertSubscribedFalseUnsubscribesAndTrueSubscribesAgain() {
        sonar.simulator().upsertCustomer(PHONE, "Ann", null, null);
        SonarApi.Reply off = api().post("/v1/customers", "{\"phone_number\":\"+13105550001\",\"subscribed\":false}");
        assertThat(off.json().path("subscribed").asBoolean()).isFalse();
        assertThat(off.json().path("unsubscribed_at").asText()).isNotBlank();
        assertThat(send("hi").json().path("status").asText()).isEqualTo("unsubscribed");

        api().post("/v1/customers", "{\"phone_number\":\"+13105550001\",\"subscribed\":true}");
        assertThat(send("hi").json().path("status").asText()).isEqualTo("queued");
        assertThat(sonar.simulator().events()).extracting(SimulatedEvent::action).containsExactly(
                SonarEvents.CUSTOMER_CREATED, SonarEvents.CUSTOMER_UNSUBSCRIBED, SonarEvents.CUSTOMER_SUBSCRIBED,
                SonarEvents.OUTBOUND_MESSAGE);
    }

    @Test
    void theSameTextWithinSevenSecondsIsAcceptedButNotSentAgain() {
        ManualClock clock = ManualClock.startingNow();
        try (SonarSimulator sim = SonarSimulator.builder().clock(clock).build().start()) {
            SonarApi api = new SonarApi(sim);
            String body = "{\"to\":\"+13105550001\",\"text\":\"Same\"}";
            assertThat(api.post("/v1/messages", body).json().path("status").asText()).isEqualTo("queued");
            clock.advance(Duration.ofMillis(6999));
            SonarApi.Reply duplicate = api.post("/v1/messages", body);
            assertThat(duplicate.status()).isEqualTo(202);
            assertThat(duplicate.json().path("status").asText()).isEqualTo("queued");
            assertThat(api.post("/v1/messages", "{\"to\":\"+13105550001\",\"text\":\"Other\"}").status()).isEqualTo(202);
            assertThat(sim.messages()).extracting(SimulatedMessage::text).containsExactly("Same", "Other");
            assertThat(sim.refusedSends()).extracting(RefusedSend::reason).containsExactly(RefusedSend.DUPLICATE);

            clock.advance(Duration.ofMillis(1)); // 7 s after the first text: sent again
            api.post("/v1/messages", body);
            assertThat(sim.messages()).extracting(SimulatedMessage::text).containsExactly("Same", "Other", "Same");
        }
    }

    @Test
    void theDuplicateWindowIsConfigurable() {
        try (SonarSimulator sim = SonarSimulator.builder().duplicateWindow(Duration.ZERO).build().start()) {
            SonarApi api = new SonarApi(sim);
            api.post("/v1/messages", "{\"to\":\"+13105550001\",\"text\":\"Same\"}");
            api.post("/v1/messages", "{\"to\":\"+13105550001\",\"text\":\"Same\"}");
            assertThat(sim.messages()).hasSize(2);
        }
    }

    @Test
    void appendTagTagsAMessageByItsExternalId() {
        SimulatedMessage inbound = sonar.simulator().inboundText(PHONE, "Where is my order?");
        SonarApi.Reply reply = api().post("/v1/messages/tags",
                "{\"external_id\":\"" + inbound.externalId() + "\",\"tag_name\":\"orders\"}");
        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.body()).isEqualTo("{\"success\":true}");
        assertThat(sonar.simulator().messages().get(0).tags()).containsExactly("orders");
        assertThat(sonar.simulator().events()).extracting(SimulatedEvent::action)
                .endsWith(SonarEvents.TAG_ADDED_TO_MESSAGE);
    }

    @Test
    void appendTagErrors() {
        SimulatedMessage inbound = sonar.simulator().inboundText(PHONE, "hi");
        assertThat(api().post("/v1/messages/tags", "{}").body())
                .isEqualTo("{\"error\":\"external_id is missing, tag_name is missing\"}");
        assertThat(api().post("/v1/messages/tags", "{\"external_id\":\"nope\",\"tag_name\":\"vip\"}").body())
                .isEqualTo("{\"error\":\"Message not found\"}");
        SonarApi.Reply unknownTag = api().post("/v1/messages/tags",
                "{\"external_id\":\"" + inbound.externalId() + "\",\"tag_name\":\"bug\"}");
        assertThat(unknownTag.status()).isEqualTo(400);
        assertThat(unknownTag.body()).isEqualTo("{\"error\":\"Tag not found: bug\"}");
    }

    @Test
    void tagsCreatedAtRuntimeWorkAndTheJavaApiChecksToo() {
        assertThat(send("x").status()).isEqualTo(202);
        assertThat(api().post("/v1/messages", "{\"to\":\"+13105550001\",\"text\":\"y\",\"tag_names\":[\"new\"]}")
                .status()).isEqualTo(400);
        sonar.simulator().createTag("new");
        assertThat(api().post("/v1/messages", "{\"to\":\"+13105550001\",\"text\":\"y\",\"tag_names\":[\"new\"]}")
                .status()).isEqualTo(202);
        String externalId = sonar.simulator().messages().get(0).externalId();
        assertThatThrownBy(() -> sonar.simulator().addTag(externalId, "missing"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Tag not found");
        assertThatThrownBy(() -> sonar.simulator().addTag("nope", "new"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Message not found");
    }
}
