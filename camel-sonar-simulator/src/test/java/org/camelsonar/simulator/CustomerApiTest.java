package org.camelsonar.simulator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class CustomerApiTest {

    @RegisterExtension
    static SonarSimulatorExtension sonar = SonarSimulatorExtension.create(SonarSimulator.builder().token("tok"));

    private SonarApi api() {
        return new SonarApi(sonar.simulator());
    }

    @Test
    void upsertCreatesWith201ThenUpdatesPartiallyWith200() {
        SonarApi.Reply created = api().post("/v1/customers", """
                {"phone_number":"+13105550001","first_name":"Ann","last_name":"Lee","email":"ann@example.com",
                 "properties":{"vip":true,"visits":3}}""");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("phone_number").asText()).isEqualTo("+13105550001");
        assertThat(created.json().path("first_name").asText()).isEqualTo("Ann");
        assertThat(created.json().path("subscribed").asBoolean()).isTrue();
        assertThat(created.json().path("properties").path("vip").isTextual()).isTrue();
        assertThat(created.json().path("properties").path("visits").asText()).isEqualTo("3");

        SonarApi.Reply updated = api().post("/v1/customers", """
                {"phone_number":"+13105550001","last_name":"Park","properties":{"tier":"gold"}}""");
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().path("first_name").asText()).isEqualTo("Ann");
        assertThat(updated.json().path("last_name").asText()).isEqualTo("Park");
        assertThat(updated.json().path("email").asText()).isEqualTo("ann@example.com");
        assertThat(updated.json().path("properties").toString())
                .isEqualTo("{\"vip\":\"true\",\"visits\":\"3\",\"tier\":\"gold\"}");
        assertThat(sonar.simulator().customers()).hasSize(1);
        assertThat(sonar.simulator().events()).extracting(SimulatedEvent::action)
                .containsExactly(SonarEvents.CUSTOMER_CREATED);
    }

    @Test
    void explicitNullErasesAFieldAndAProperty() {
        api().post("/v1/customers", "{\"phone_number\":\"+13105550001\",\"email\":\"a@b.c\",\"properties\":{\"x\":\"1\"}}");
        SonarApi.Reply reply = api().post("/v1/customers",
                "{\"phone_number\":\"+13105550001\",\"email\":null,\"properties\":{\"x\":null}}");
        assertThat(reply.json().path("email").isNull()).isTrue();
        assertThat(reply.json().path("properties").size()).isZero();
    }

    @Test
    void recordedFieldsOfGetCustomer() {
        api().post("/v1/customers", "{\"phone_number\":\"+13105550001\",\"first_name\":\"Ann\"}");
        SonarApi.Reply reply = api().get("/v1/customers?phone_number=%2B13105550001");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().fieldNames()).toIterable().contains("phone_number", "first_name", "last_name",
                "email", "assigned_phone_number", "subscribed", "unsubscribed_at", "properties", "external_id",
                "assignee").doesNotContain("picture_url", "timezone", "zip_code");
        assertThat(reply.json().path("assigned_phone_number").asText()).isEqualTo("+13105550199");
        assertThat(reply.json().path("unsubscribed_at").isNull()).isTrue();
    }

    @Test
    void optionalFieldsComeBackOnceSet() {
        SonarApi.Reply reply = api().post("/v1/customers", """
                {"phone_number":"+13105550001","picture_url":"https://x/y.png","timezone":"America/Chicago",
                 "zip_code":"60601","external_id":"crm-1"}""");
        assertThat(reply.json().path("picture_url").asText()).isEqualTo("https://x/y.png");
        assertThat(reply.json().path("timezone").asText()).isEqualTo("America/Chicago");
        assertThat(reply.json().path("zip_code").asText()).isEqualTo("60601");
        assertThat(reply.json().path("external_id").asText()).isEqualTo("crm-1");
    }

    @Test
    void userEmailAssignsAndRaisesUserAssignment() {
        sonar.simulator().createUser("agent@shop.com", "Sam", "Agent");
        SonarApi.Reply reply = api().post("/v1/customers",
                "{\"phone_number\":\"+13105550001\",\"user_email\":\"agent@shop.com\"}");
        assertThat(reply.json().path("assignee").toString())
                .isEqualTo("{\"first_name\":\"Sam\",\"last_name\":\"Agent\",\"email\":\"agent@shop.com\"}");
        assertThat(sonar.simulator().events()).extracting(SimulatedEvent::action)
                .containsExactly(SonarEvents.CUSTOMER_CREATED, SonarEvents.USER_ASSIGNMENT);
    }

    @Test
    void formEncodedUpsertAsTheOfficialGemSendsIt() {
        SonarApi.Reply reply = api().postForm("/v1/customers",
                "phone_number=%2B13105550001&first_name=Ann&properties%5Bvip%5D=true&subscribed=false");
        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.json().path("properties").path("vip").asText()).isEqualTo("true");
        assertThat(reply.json().path("subscribed").asBoolean()).isFalse();
    }

    @Test
    void bareTenDigitNumberIsNormalisedToPlusOne() {
        SonarApi.Reply reply = api().post("/v1/customers", "{\"phone_number\":\"(310) 555-0002\"}");
        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.json().path("phone_number").asText()).isEqualTo("+13105550002");
    }

    @ParameterizedTest
    @ValueSource(strings = {"111", "12ab", "+1234567", "+1234567890123456", "13105550001"})
    void invalidPhoneNumbers(String phone) {
        SonarApi.Reply reply = api().post("/v1/customers", "{\"phone_number\":\"" + phone + "\"}");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).isEqualTo("{\"error\":\"Invalid Phone Number\"}");
    }

    @Test
    void unencodedPlusInTheQueryIsAnInvalidNumber() {
        api().post("/v1/customers", "{\"phone_number\":\"+13105550001\"}");
        SonarApi.Reply reply = api().get("/v1/customers?phone_number=+13105550001");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("error").asText()).isEqualTo("Invalid Phone Number");
    }

    @Test
    void missingAndUnknown() {
        assertThat(api().post("/v1/customers", "{\"first_name\":\"Ann\"}").body())
                .isEqualTo("{\"error\":\"phone_number is missing\"}");
        assertThat(api().get("/v1/customers").status()).isEqualTo(400);
        SonarApi.Reply unknown = api().get("/v1/customers?phone_number=%2B13105559999");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).isEqualTo("{\"error\":\"Customer not found\"}");
    }

    @Test
    void closeAnswers201SuccessAndClosesTheConversation() {
        api().post("/v1/customers", "{\"phone_number\":\"+13105550001\"}");
        SonarApi.Reply reply = api().post("/v1/customers/close", "{\"phone_number\":\"+13105550001\"}");
        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.body()).isEqualTo("{\"success\":true}");
        assertThat(sonar.simulator().customer("+13105550001").orElseThrow().isClosed()).isTrue();
        assertThat(api().post("/v1/customers/close", "{\"phone_number\":\"+13105559999\"}").status()).isEqualTo(404);
    }

    @Test
    void unassignClearsTheAssignee() {
        sonar.simulator().upsertCustomer("+13105550001", "Ann", null, null);
        sonar.simulator().assign("+13105550001", "agent@shop.com");
        SonarApi.Reply reply = api().post("/v1/customers/unassign", "{\"phone_number\":\"+13105550001\"}");
        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.body()).isEqualTo("{\"success\":true}");
        assertThat(sonar.simulator().customer("+13105550001").orElseThrow().assignee()).isNull();
        assertThat(api().post("/v1/customers/unassign", "{\"phone_number\":\"+13105559999\"}").body())
                .isEqualTo("{\"error\":\"Customer not found\"}");
    }

    @Test
    void deletePropertyWithAJsonBodyOnDelete() {
        api().post("/v1/customers", """
                {"phone_number":"+13105550001","email":"ann@example.com","properties":{"vip":"true","tier":"2"}}""");
        SonarApi.Reply reply = api().delete("/v1/customers/properties",
                "{\"phone_number\":\"+13105550001\",\"property_name\":\"vip\"}");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo("{\"property_name\":\"vip\",\"property_value\":\"true\","
                + "\"phone_number\":\"+13105550001\",\"email\":\"ann@example.com\",\"deleted\":true}");
        assertThat(api().delete("/v1/customers/properties",
                "{\"phone_number\":\"+13105550001\",\"property_name\":\"vip\"}").body())
                .isEqualTo("{\"error\":\"Property not found\"}");

        SonarApi.Reply byEmail = api().delete("/v1/customers/properties",
                "{\"email\":\"ANN@example.com\",\"property_name\":\"tier\"}");
        assertThat(byEmail.status()).isEqualTo(200);
        assertThat(byEmail.json().path("property_value").asText()).isEqualTo("2");
        assertThat(sonar.simulator().customer("+13105550001").orElseThrow().properties()).isEmpty();
    }

    @Test
    void deletePropertyErrors() {
        assertThat(api().delete("/v1/customers/properties", "{}").body())
                .isEqualTo("{\"error\":\"phone_number is missing, property_name is missing\"}");
        SonarApi.Reply unknown = api().delete("/v1/customers/properties",
                "{\"phone_number\":\"+13105559999\",\"property_name\":\"vip\"}");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).isEqualTo("{\"error\":\"Customer not found\"}");
    }

    @Test
    void everyAnswerCarriesAFreshRequestIdAndJson() {
        SonarApi.Reply ok = api().post("/v1/customers", "{\"phone_number\":\"+13105550001\"}");
        SonarApi.Reply error = api().get("/v1/customers?phone_number=%2B13105559999");
        SonarApi.Reply notFound = api().get("/v1/nothing");
        for (SonarApi.Reply reply : new SonarApi.Reply[] {ok, error, notFound}) {
            assertThat(reply.header("Content-Type")).startsWith("application/json");
            assertThat(UUID.fromString(reply.header("X-Request-Id"))).isNotNull();
        }
        assertThat(ok.header("X-Request-Id")).isNotEqualTo(error.header("X-Request-Id"));
    }

    @Test
    void unknownRoutesWrongMethodsAndBadJson() {
        assertThat(api().get("/v1/nothing").body()).isEqualTo("{\"error\":\"Not Found\"}");
        assertThat(SonarApi.send(api().anonymous("/../elsewhere").GET()).status()).isEqualTo(404);
        SonarApi.Reply wrongMethod = api().delete("/v1/messages");
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.header("Allow")).isEqualTo("POST");
        SonarApi.Reply badJson = api().post("/v1/customers", "{\"phone_number\":");
        assertThat(badJson.status()).isEqualTo(400);
        assertThat(badJson.json().path("error").asText()).startsWith("Malformed JSON");
    }

    @Test
    void requestsAreRecordedForWireAssertions() {
        api().post("/v1/customers", "{\"phone_number\":\"+13105550001\"}");
        ReceivedRequest request = sonar.simulator().requests().get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/api/v1/customers");
        assertThat(request.header("x-token")).isEqualTo("tok");
        assertThat(request.header("Content-Type")).isEqualTo("application/json");
        assertThat(request.body()).isEqualTo("{\"phone_number\":\"+13105550001\"}");
        assertThat(request.status()).isEqualTo(201);
    }
}
