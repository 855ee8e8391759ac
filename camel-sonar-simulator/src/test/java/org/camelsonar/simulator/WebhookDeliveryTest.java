package org.camelsonar.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class WebhookDeliveryTest {

    private static final String PHONE = "+13105550001";

    @RegisterExtension
    static SonarSimulatorExtension sonar = SonarSimulatorExtension.create(
            SonarSimulator.builder().tags("vip").companyName("Acme"));

    private static WebhookReceiver receiver;

    @BeforeAll
    static void startReceiver() throws Exception {
        receiver = new WebhookReceiver();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    private SonarApi api() {
        return new SonarApi(sonar.simulator());
    }

    private String registerAll(String method) {
        String settings = SonarEvents.ALL.stream().map(e -> "\"" + e + "\":\"true\"").collect(Collectors.joining(","));
        String path = "/all-" + UUID.randomUUID();
        api().post("/v1/webhooks", "{\"webhook\":{\"name\":\"all\",\"active\":\"true\",\"settings\":{" + settings
                + "},\"url\":\"" + receiver.url() + path + "\",\"http_method\":\"" + method + "\"}}");
        return "/hook" + path;
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private List<WebhookReceiver.Received> at(String path) {
        return receiver.received().stream().filter(r -> r.path().equals(path)).toList();
    }

    @Test
    void everyEventTypeIsDeliveredWithItsFields() {
        String path = registerAll("POST");
        SonarSimulator sim = sonar.simulator();
        sim.createUser("sam@shop.com", "Sam", "Agent");

        api().post("/v1/customers", "{\"phone_number\":\"+13105550001\",\"first_name\":\"Ann\",\"last_name\":\"Lee\"}");
        api().post("/v1/messages", "{\"to\":\"+13105550001\",\"text\":\"Welcome\",\"tag_names\":[\"vip\"]}");
        SimulatedMessage inbound = sim.inboundText(PHONE, "Thanks");
        sim.addTag(inbound.externalId(), "vip");
        sim.removeTag(inbound.externalId(), "vip");
        sim.assign(PHONE, "sam@shop.com");
        sim.inboundText(PHONE, "Question");
        api().post("/v1/customers/close", "{\"phone_number\":\"+13105550001\"}");
        api().post("/v1/customers", "{\"phone_number\":\"+13105550001\",\"subscribed\":false}");
        api().post("/v1/customers", "{\"phone_number\":\"+13105550001\",\"subscribed\":true}");
        sim.doubleOptIn(PHONE);

        assertThat(sim.events()).hasSize(11);
        await().atMost(Duration.ofSeconds(10)).until(() -> at(path).size() == 11);
        Map<String, JsonNode> byAction = at(path).stream()
                .collect(Collectors.toMap(WebhookReceiver.Received::action, WebhookReceiver.Received::json, (a, b) -> a));
        assertThat(byAction.keySet()).containsExactlyInAnyOrderElementsOf(SonarEvents.ALL);
        assertThat(at(path)).allSatisfy(r -> {
            assertThat(r.method()).isEqualTo("POST");
            assertThat(r.contentType()).isEqualTo("application/json");
            assertThat(UUID.fromString(r.uuid())).isNotNull();
            assertThat(r.json().path("customer").path("phone_number").asText()).isEqualTo(PHONE);
        });
        assertThat(at(path).stream().map(WebhookReceiver.Received::uuid).distinct()).hasSize(11);

        JsonNode outbound = byAction.get(SonarEvents.OUTBOUND_MESSAGE);
        assertThat(fields(outbound)).contains("action", "uuid", "message_id", "external_id", "conversation_id",
                "text", "from_name", "to_name", "link", "customer", "user", "tag_names");
        assertThat(outbound.path("from_name").asText()).isEqualTo("Acme");
        assertThat(outbound.path("to_name").asText()).isEqualTo("Ann Lee");
        assertThat(outbound.path("tag_names").toString()).isEqualTo("[\"vip\"]");
        assertThat(outbound.path("link").asText()).startsWith("http://127.0.0.1:").contains("/threads/");
        assertThat(fields(outbound.path("customer")))
                .containsExactly("first_name", "last_name", "phone_number", "email", "subscribed");

        JsonNode unassigned = byAction.get(SonarEvents.NEW_UNASSIGNED_MESSAGE);
        assertThat(unassigned.path("text").asText()).isEqualTo("Thanks");
        assertThat(unassigned.path("external_id").asText()).isEqualTo(inbound.externalId());
        assertThat(unassigned.path("message_id").asText()).isEqualTo(inbound.messageId());
        assertThat(unassigned.path("user").isNull()).isTrue();

        JsonNode assigned = byAction.get(SonarEvents.NEW_ASSIGNED_MESSAGE);
        assertThat(assigned.path("user").toString())
                .isEqualTo("{\"first_name\":\"Sam\",\"last_name\":\"Agent\",\"email\":\"sam@shop.com\"}");
        assertThat(assigned.path("from_name").asText()).isEqualTo("Ann Lee");
        assertThat(assigned.path("to_name").asText()).isEqualTo("Sam Agent");

        assertThat(byAction.get(SonarEvents.TAG_ADDED_TO_MESSAGE).path("tag_name").asText()).isEqualTo("vip");
        assertThat(byAction.get(SonarEvents.TAG_REMOVED_FROM_MESSAGE).path("external_id").asText())
                .isEqualTo(inbound.externalId());
        assertThat(byAction.get(SonarEvents.USER_ASSIGNMENT).path("user").path("email").asText())
                .isEqualTo("sam@shop.com");
        assertThat(byAction.get(SonarEvents.CUSTOMER_STATE_CHANGED).path("state").asText()).isEqualTo("closed");
        assertThat(byAction.get(SonarEvents.CUSTOMER_UNSUBSCRIBED).path("customer").path("subscribed").asBoolean())
                .isFalse();
        assertThat(byAction.get(SonarEvents.CUSTOMER_SUBSCRIBED).path("customer").path("subscribed").asBoolean())
                .isTrue();
        String conversation = sim.customer(PHONE).orElseThrow().conversationId();
        assertThat(byAction.values()).allSatisfy(json ->
                assertThat(json.path("conversation_id").asText()).isEqualTo(conversation));
        assertThat(byAction.get(SonarEvents.CUSTOMER_CREATED).path("customer").path("first_name").asText())
                .isEqualTo("Ann");
        assertThat(byAction.get(SonarEvents.DOUBLE_OPT_IN).path("action").asText()).isEqualTo("double_opt_in");
    }

    @Test
    void theRegisteredHttpMethodIsUsed() {
        String path = registerAll("PUT");
        sonar.simulator().inboundText(PHONE, "hi");
        await().atMost(Duration.ofSeconds(10)).until(() -> at(path).size() == 2);
        assertThat(at(path)).extracting(WebhookReceiver.Received::method).containsOnly("PUT");
    }

    @Test
    void onlySubscribedEventsReachOnlyActiveWebhooks() {
        SonarSimulator sim = sonar.simulator();
        RegisteredWebhook wanted = sim.registerWebhook(receiver.url() + "/created", SonarEvents.CUSTOMER_CREATED);
        api().post("/v1/webhooks", "{\"webhook\":{\"active\":\"false\",\"settings\":{\"customer_created\":\"true\"},"
                + "\"url\":\"" + receiver.url() + "/inactive\"}}");
        api().post("/v1/webhooks", "{\"webhook\":{\"active\":\"true\",\"settings\":{\"customer_created\":\"false\"},"
                + "\"url\":\"" + receiver.url() + "/off\"}}");

        sim.inboundText(PHONE, "hi");
        List<DeliveryAttempt> attempts = sim.awaitDeliveries(1, Duration.ofSeconds(10));
        assertThat(attempts).singleElement().satisfies(a -> {
            assertThat(a.webhookId()).isEqualTo(wanted.id());
            assertThat(a.action()).isEqualTo(SonarEvents.CUSTOMER_CREATED);
        });
        assertThat(sim.events()).extracting(SimulatedEvent::action)
                .containsExactly(SonarEvents.CUSTOMER_CREATED, SonarEvents.NEW_UNASSIGNED_MESSAGE);
        await().during(Duration.ofMillis(200)).atMost(Duration.ofSeconds(2))
                .until(() -> sim.deliveries().size() == 1);
        assertThat(receiver.received()).extracting(WebhookReceiver.Received::path)
                .doesNotContain("/hook/inactive", "/hook/off");
    }

    @Test
    void deliveriesAreRecorded() {
        SonarSimulator sim = sonar.simulator();
        RegisteredWebhook hook = sim.registerWebhook(receiver.url() + "/record", SonarEvents.CUSTOMER_CREATED);
        sim.upsertCustomer(PHONE, "Ann", null, null);
        DeliveryAttempt attempt = sim.awaitDeliveries(1, Duration.ofSeconds(10)).get(0);
        SimulatedEvent event = sim.events().get(0);
        assertThat(attempt.eventUuid()).isEqualTo(event.uuid());
        assertThat(attempt.action()).isEqualTo(SonarEvents.CUSTOMER_CREATED);
        assertThat(attempt.webhookId()).isEqualTo(hook.id());
        assertThat(attempt.url()).isEqualTo(receiver.url() + "/record");
        assertThat(attempt.httpMethod()).isEqualTo("POST");
        assertThat(attempt.attempt()).isEqualTo(1);
        assertThat(attempt.statusCode()).isEqualTo(200);
        assertThat(attempt.failure()).isNull();
        assertThat(attempt.succeeded()).isTrue();
        assertThat(attempt.at()).isNotNull();
        assertThat(Json.parseOrNull(attempt.body())).isEqualTo(Json.parseOrNull(event.toJson()));
    }
}
