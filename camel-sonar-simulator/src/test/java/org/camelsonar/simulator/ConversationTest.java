package org.camelsonar.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConversationTest {

    private static final String PHONE = "+13105550001";

    @RegisterExtension
    static SonarSimulatorExtension sonar = SonarSimulatorExtension.create(SonarSimulator.builder());

    private SonarApi api() {
        return new SonarApi(sonar.simulator());
    }

    private SonarSimulator sim() {
        return sonar.simulator();
    }

    private java.util.List<String> actions() {
        return sim().events().stream().map(SimulatedEvent::action).toList();
    }

    @Test
    void getConversationReturnsItsStateCustomerAndTexts() {
        sim().inboundText(PHONE, "Hello");
        api().post("/v1/messages", "{\"to\":\"+13105550001\",\"text\":\"Hi! How can we help?\"}");
        String id = sim().customer(PHONE).orElseThrow().conversationId();

        SonarApi.Reply reply = api().get("/v1/conversations/" + id);
        assertThat(reply.status()).isEqualTo(200);
        JsonNode json = reply.json();
        assertThat(json.path("id").asText()).isEqualTo(id);
        assertThat(json.path("state").asText()).isEqualTo("open");
        assertThat(json.path("assignee").isNull()).isTrue();
        assertThat(json.path("customer").path("phone_number").asText()).isEqualTo(PHONE);
        assertThat(json.path("messages")).hasSize(2);
        assertThat(json.path("messages").get(0).path("direction").asText()).isEqualTo("inbound");
        assertThat(json.path("messages").get(1).path("text").asText()).isEqualTo("Hi! How can we help?");
        assertThat(json.path("messages").get(1).path("external_id").asText()).isNotBlank();

        assertThat(api().get("/v1/conversations/unknown").body()).isEqualTo("{\"error\":\"Conversation not found\"}");
    }

    @Test
    void inboundTextsAreAssignedOrUnassignedMessages() {
        sim().createUser("sam@shop.com", "Sam", "Agent");
        sim().inboundText(PHONE, "one");
        sim().assign(PHONE, "sam@shop.com");
        sim().inboundText(PHONE, "two");
        assertThat(actions()).containsExactly(SonarEvents.CUSTOMER_CREATED, SonarEvents.NEW_UNASSIGNED_MESSAGE,
                SonarEvents.USER_ASSIGNMENT, SonarEvents.NEW_ASSIGNED_MESSAGE);
        SimulatedEvent assigned = sim().events().get(3);
        assertThat(assigned.payload().get("user").toString()).contains("email=sam@shop.com", "first_name=Sam");
        assertThat(assigned.payload().get("to_name")).isEqualTo("Sam Agent");
        assertThat(api().get("/v1/conversations/" + sim().customer(PHONE).orElseThrow().conversationId())
                .json().path("assignee").path("email").asText()).isEqualTo("sam@shop.com");
    }

    @Test
    void closingRaisesStateChangedAndANewInboundTextReopens() {
        sim().inboundText(PHONE, "one");
        api().post("/v1/customers/close", "{\"phone_number\":\"+13105550001\"}");
        api().post("/v1/customers/close", "{\"phone_number\":\"+13105550001\"}"); // already closed: no event
        assertThat(sim().customer(PHONE).orElseThrow().state()).isEqualTo("closed");
        String conversation = sim().customer(PHONE).orElseThrow().conversationId();

        sim().inboundText(PHONE, "back again");
        assertThat(sim().customer(PHONE).orElseThrow().state()).isEqualTo("open");
        assertThat(sim().customer(PHONE).orElseThrow().conversationId()).isEqualTo(conversation);
        assertThat(actions()).containsExactly(SonarEvents.CUSTOMER_CREATED, SonarEvents.NEW_UNASSIGNED_MESSAGE,
                SonarEvents.CUSTOMER_STATE_CHANGED, SonarEvents.CUSTOMER_STATE_CHANGED,
                SonarEvents.NEW_UNASSIGNED_MESSAGE);
        assertThat(sim().events().get(2).payload()).containsEntry("state", "closed");
        assertThat(sim().events().get(3).payload()).containsEntry("state", "open");
    }

    @Test
    void setStateAndUnassignThroughTheJavaApi() {
        sim().upsertCustomer(PHONE, "Ann", "Lee", null);
        sim().setState(PHONE, "closed");
        sim().setState(PHONE, "open");
        sim().assign(PHONE, "sam@shop.com");
        sim().assign(PHONE, "SAM@shop.com"); // same member: nothing changes
        sim().unassign(PHONE);                 // raises nothing
        assertThat(actions()).containsExactly(SonarEvents.CUSTOMER_CREATED, SonarEvents.CUSTOMER_STATE_CHANGED,
                SonarEvents.CUSTOMER_STATE_CHANGED, SonarEvents.USER_ASSIGNMENT);
        assertThatThrownBy(() -> sim().setState(PHONE, "snoozed")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> sim().assign("+13105559999", "a@b.c")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAgentReplyAssignsAndReachesEvenAnUnsubscribedCustomer() {
        sim().createUser("sam@shop.com", "Sam", "Agent");
        sim().inboundText(PHONE, "STOP");
        SimulatedMessage reply = sim().agentReply(PHONE, "sam@shop.com", "Sorry to see you go");
        assertThat(reply.sentBy()).isEqualTo("sam@shop.com");
        assertThat(sim().customer(PHONE).orElseThrow().assignee()).isEqualTo("sam@shop.com");
        SimulatedEvent outbound = sim().events().get(sim().events().size() - 1);
        assertThat(outbound.action()).isEqualTo(SonarEvents.OUTBOUND_MESSAGE);
        assertThat(outbound.payload()).containsEntry("from_name", "Sam Agent").containsEntry("to_name", PHONE);
    }
}
