package org.camelsonar.component.sonar;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.apache.camel.Exchange;
import org.camelsonar.component.sonar.error.SonarValidationException;
import org.camelsonar.component.sonar.model.AvailableNumber;
import org.camelsonar.component.sonar.model.CampaignResult;
import org.camelsonar.component.sonar.model.Conversation;
import org.camelsonar.component.sonar.model.Customer;
import org.camelsonar.component.sonar.model.DeletedProperty;
import org.camelsonar.component.sonar.model.MessageResult;
import org.camelsonar.component.sonar.model.SuccessResult;
import org.camelsonar.component.sonar.operation.SonarOperation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every producer operation against WireMock: exact method, raw URL, credential and content headers, the exact JSON
 * body (no field that was not set, no null), the typed answer and the headers put on the exchange.
 */
class SonarOperationsWireTest extends SonarTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PHONE = "+13105551234";
    private static final String CUSTOMER_ANSWER = "{\"id\":\"c-1\",\"phone_number\":\"+13105551234\",\"first_name\":\"Ann\","
                                                  + "\"last_name\":\"Lee\",\"email\":\"ann@example.com\","
                                                  + "\"assigned_phone_number\":\"7573780424\",\"subscribed\":true,"
                                                  + "\"unsubscribed_at\":null,\"properties\":{\"plan\":\"gold\"},"
                                                  + "\"external_id\":null,\"assignee\":{\"email\":\"agent@example.com\"},"
                                                  + "\"brand_new_field\":{\"nested\":[1,2,3]}}";

    // ---------------------------------------------------------------- customer/get

    @Test
    void customerGetSendsGetWithEncodedPhoneQueryTokenAndNoBody() {
        stub(200, "req-get", CUSTOMER_ANSWER);

        Exchange result = call("sonar:customer/get?phoneNumber=RAW(+13105551234)", null, Map.of());

        assertThat(result.getException()).isNull();
        LoggedRequest request = singleRequest();
        assertGet(request, "/api/v1/customers?phone_number=%2B13105551234");
        assertTokenAuth(request);
        Customer customer = result.getMessage().getBody(Customer.class);
        assertThat(customer.getPhoneNumber()).isEqualTo(PHONE);
        assertThat(customer.getFirstName()).isEqualTo("Ann");
        assertThat(customer.getLastName()).isEqualTo("Lee");
        assertThat(customer.getEmail()).isEqualTo("ann@example.com");
        assertThat(customer.getSubscribed()).isTrue();
        assertThat(customer.getUnsubscribedAt()).isNull();
        assertThat(customer.getId()).isEqualTo("c-1");
        assertThat(customer.getProperties()).containsExactly(Map.entry("plan", "gold"));
        // a bare 10-digit number from Sonar comes back as E.164
        assertThat(customer.getAssignedPhoneNumber()).isEqualTo("+17573780424");
        assertThat(customer.getAssignee()).isEqualTo(Map.of("email", "agent@example.com"));
        assertResponseHeaders(result, 200, "req-get");
    }

    @Test
    void customerGetParsesAMinimalAnswerLeniently() {
        stub(200, null, "{\"phone_number\":\"3105551234\",\"never_heard_of\":true}");

        Exchange result = call("sonar:customer/get", null, Map.of(SonarConstants.PHONE_NUMBER, PHONE));

        assertThat(result.getException()).isNull();
        Customer customer = result.getMessage().getBody(Customer.class);
        assertThat(customer.getPhoneNumber()).isEqualTo(PHONE);
        assertThat(customer.getFirstName()).isNull();
        assertThat(customer.getProperties()).isNull();
        assertThat(result.getMessage().getHeader(SonarConstants.RESPONSE_CODE)).isEqualTo(200);
        assertThat(result.getMessage().getHeader(SonarConstants.REQUEST_ID)).isNull();
        assertThat(result.getMessage().getHeaders()).doesNotContainKey(SonarConstants.MESSAGE_STATUS);
    }

    // ---------------------------------------------------------------- customer/upsert

    @Test
    void customerUpsertSendsEveryOptionUnderItsWireName() throws Exception {
        stub(201, "req-up", CUSTOMER_ANSWER);

        Exchange result = call("sonar:customer/upsert?phoneNumber=RAW(+13105551234)&firstName=Ann&lastName=Lee"
                               + "&email=ann@example.com&pictureUrl=https://img.example.com/ann.png&subscribed=false"
                               + "&timezone=America/Los_Angeles&userEmail=agent@example.com&zipCode=90210"
                               + "&property.plan=gold&property.vip=true", null, Map.of());

        assertThat(result.getException()).isNull();
        LoggedRequest request = singleRequest();
        assertJsonCall(request, RequestMethod.POST, "/api/v1/customers",
                "{\"phone_number\":\"+13105551234\",\"first_name\":\"Ann\",\"last_name\":\"Lee\","
                + "\"email\":\"ann@example.com\",\"picture_url\":\"https://img.example.com/ann.png\","
                + "\"subscribed\":false,\"timezone\":\"America/Los_Angeles\",\"user_email\":\"agent@example.com\","
                + "\"zip_code\":\"90210\",\"properties\":{\"plan\":\"gold\",\"vip\":\"true\"}}",
                "phone_number", "first_name", "last_name", "email", "picture_url", "subscribed", "timezone",
                "user_email", "zip_code", "properties");
        JsonNode body = JSON.readTree(request.getBodyAsString());
        assertThat(body.get("subscribed").isBoolean()).as("subscribed is a JSON boolean").isTrue();
        assertThat(fieldNames(body.get("properties"))).containsExactlyInAnyOrder("plan", "vip");
        assertThat(body.get("properties").get("vip").isTextual()).as("property values are strings").isTrue();
        assertThat(result.getMessage().getBody()).isInstanceOf(Customer.class);
        assertResponseHeaders(result, 201, "req-up");
        // merged from SonarJavaDslTest: the property.* prefix and the typed options are bound on the endpoint
        SonarEndpoint endpoint = context.getEndpoints().stream().filter(SonarEndpoint.class::isInstance)
                .map(SonarEndpoint.class::cast).filter(e -> e.getEndpointUri().contains("customer/upsert"))
                .findFirst().orElseThrow();
        assertThat(endpoint.getOperationOptions().getProperties()).isEqualTo(Map.of("plan", "gold", "vip", "true"));
        assertThat(endpoint.getOperationOptions().getSubscribed()).isFalse();
    }

    @Test
    void customerUpsertAnswered200MapsToCustomerToo() {
        stub(200, "req-up2", CUSTOMER_ANSWER);

        Exchange result = call("sonar:customer/upsert?phoneNumber=RAW(+13105551234)&firstName=Ann", null, Map.of());

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody(Customer.class).getFirstName()).isEqualTo("Ann");
        assertResponseHeaders(result, 200, "req-up2");
    }

    @Test
    void customerUpsertIsPartialAndSendsOnlyTheFieldsThatAreSet() {
        stub(200, null, CUSTOMER_ANSWER);

        Exchange result = call("sonar:customer/upsert", null,
                Map.of(SonarConstants.PHONE_NUMBER, PHONE, SonarConstants.LAST_NAME, "Lee",
                        // blank values count as not set
                        SonarConstants.FIRST_NAME, "  ", SonarConstants.EMAIL, ""));

        assertThat(result.getException()).isNull();
        assertJsonCall(singleRequest(), RequestMethod.POST, "/api/v1/customers",
                "{\"phone_number\":\"+13105551234\",\"last_name\":\"Lee\"}", "phone_number", "last_name");
    }

    @Test
    void customerUpsertTakesATypedCustomerBody() {
        stub(201, null, CUSTOMER_ANSWER);
        Customer customer = new Customer(PHONE);
        customer.setFirstName("Ann");
        customer.setSubscribed(true);
        customer.withProperty("vip", true).withProperty("visits", 3);
        // answer-only fields of a Customer are not upsert fields
        customer.setAssignedPhoneNumber("+17573780424");
        customer.setUnsubscribedAt("2020-01-01");
        customer.setId("c-1");

        Exchange result = call("sonar:customer/upsert", customer, Map.of());

        assertThat(result.getException()).isNull();
        assertJsonCall(singleRequest(), RequestMethod.POST, "/api/v1/customers",
                "{\"phone_number\":\"+13105551234\",\"first_name\":\"Ann\",\"subscribed\":true,"
                + "\"properties\":{\"vip\":\"true\",\"visits\":\"3\"}}",
                "phone_number", "first_name", "subscribed", "properties");
    }

    @Test
    void customerUpsertTakesAMapBodyOfWireFields() {
        stub(201, null, CUSTOMER_ANSWER);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("phone_number", PHONE);
        body.put("email", "ann@example.com");
        body.put("subscribed", "true");
        body.put("zip_code", 90210);
        body.put("properties", Map.of("tier", 3));
        body.put("first_name", null);
        body.put("not_a_sonar_field", "dropped");

        Exchange result = call("sonar:customer/upsert", body, Map.of());

        assertThat(result.getException()).isNull();
        assertJsonCall(singleRequest(), RequestMethod.POST, "/api/v1/customers",
                "{\"phone_number\":\"+13105551234\",\"email\":\"ann@example.com\",\"subscribed\":true,"
                + "\"zip_code\":\"90210\",\"properties\":{\"tier\":\"3\"}}",
                "phone_number", "email", "subscribed", "zip_code", "properties");
    }

    @Test
    void customerUpsertTakesAJsonStringBody() {
        stub(200, null, CUSTOMER_ANSWER);

        Exchange result = call("sonar:customer/upsert",
                "{\"phone_number\":\"+13105551234\",\"timezone\":\"America/New_York\",\"properties\":{\"a\":true}}",
                Map.of());

        assertThat(result.getException()).isNull();
        assertJsonCall(singleRequest(), RequestMethod.POST, "/api/v1/customers",
                "{\"phone_number\":\"+13105551234\",\"timezone\":\"America/New_York\",\"properties\":{\"a\":\"true\"}}",
                "phone_number", "timezone", "properties");
    }

    // ---------------------------------------------------------------- customer/unassign, customer/close

    @Test
    void customerUnassignPostsThePhoneNumber() {
        stub(200, "req-un", "{\"success\":true}");

        Exchange result = call("sonar:customer/unassign?phoneNumber=RAW(+13105551234)", null, Map.of());

        assertThat(result.getException()).isNull();
        assertJsonCall(singleRequest(), RequestMethod.POST, "/api/v1/customers/unassign",
                "{\"phone_number\":\"+13105551234\"}", "phone_number");
        assertThat(result.getMessage().getBody(SuccessResult.class).getSuccess()).isTrue();
        assertResponseHeaders(result, 200, "req-un");
    }

    @Test
    void customerClosePostsThePhoneNumber() {
        stub(201, "req-close", "{\"success\":true,\"closed_at\":\"2026-01-01T00:00:00Z\"}");

        Exchange result = call("sonar:customer/close", null, Map.of(SonarConstants.PHONE_NUMBER, PHONE));

        assertThat(result.getException()).isNull();
        assertJsonCall(singleRequest(), RequestMethod.POST, "/api/v1/customers/close",
                "{\"phone_number\":\"+13105551234\"}", "phone_number");
        SuccessResult success = result.getMessage().getBody(SuccessResult.class);
        assertThat(success.getSuccess()).isTrue();
        assertThat(success.getOther()).containsEntry("closed_at", "2026-01-01T00:00:00Z");
        assertResponseHeaders(result, 201, "req-close");
    }

    // ---------------------------------------------------------------- customer/deleteProperty

    @Test
    void customerDeletePropertyByPhoneSendsDeleteWithAJsonBody() {
        stub(200, "req-del", "{\"property_name\":\"vip\",\"property_value\":\"true\",\"phone_number\":\"3105551234\","
                             + "\"email\":\"ann@example.com\",\"deleted\":true}");

        Exchange result = call("sonar:customer/deleteProperty?phoneNumber=RAW(+13105551234)&propertyName=vip", null,
                Map.of());

        assertThat(result.getException()).isNull();
        LoggedRequest request = singleRequest();
        assertJsonCall(request, RequestMethod.DELETE, "/api/v1/customers/properties",
                "{\"phone_number\":\"+13105551234\",\"property_name\":\"vip\"}", "phone_number", "property_name");
        wireMock().verify(deleteRequestedFor(urlEqualTo("/api/v1/customers/properties"))
                .withRequestBody(equalToJson("{\"phone_number\":\"+13105551234\",\"property_name\":\"vip\"}", false,
                        false)));
        DeletedProperty deleted = result.getMessage().getBody(DeletedProperty.class);
        assertThat(deleted.getPropertyName()).isEqualTo("vip");
        assertThat(deleted.getPropertyValue()).isEqualTo("true");
        assertThat(deleted.getPhoneNumber()).isEqualTo(PHONE);
        assertThat(deleted.getEmail()).isEqualTo("ann@example.com");
        assertThat(deleted.getDeleted()).isTrue();
        assertResponseHeaders(result, 200, "req-del");
    }

    @Test
    void customerDeletePropertyByEmail() {
        stub(200, null, "{\"property_name\":\"vip\",\"property_value\":\"true\",\"email\":\"ann@example.com\","
                        + "\"deleted\":true}");

        Exchange result = call("sonar:customer/deleteProperty", null,
                Map.of(SonarConstants.EMAIL, "ann@example.com", SonarConstants.PROPERTY_NAME, "vip"));

        assertThat(result.getException()).isNull();
        assertJsonCall(singleRequest(), RequestMethod.DELETE, "/api/v1/customers/properties",
                "{\"email\":\"ann@example.com\",\"property_name\":\"vip\"}", "email", "property_name");
        assertThat(result.getMessage().getBody(DeletedProperty.class).getPhoneNumber()).isNull();
    }

    // ---------------------------------------------------------------- message/send, message/appendTag

    @Test
    void messageSendPostsEveryField() {
        stub(202, "req-msg", "{\"to\":\"3105551234\",\"text\":\"Your order shipped\",\"status\":\"queued\"}");

        Exchange result = call("sonar:message/send?phoneNumber=RAW(+13105551234)&mediaUrl=https://img.example.com/a.png"
                               + "&tags=orders, vip", "Your order shipped", Map.of());

        assertThat(result.getException()).isNull();
        assertJsonCall(singleRequest(), RequestMethod.POST, "/api/v1/messages",
                "{\"to\":\"+13105551234\",\"text\":\"Your order shipped\",\"media_url\":\"https://img.example.com/a.png\","
                + "\"tag_names\":[\"orders\",\"vip\"]}",
                "to", "text", "media_url", "tag_names");
        MessageResult sent = result.getMessage().getBody(MessageResult.class);
        assertThat(sent.getTo()).isEqualTo(PHONE);
        assertThat(sent.getText()).isEqualTo("Your order shipped");
        assertThat(sent.isQueued()).isTrue();
        assertResponseHeaders(result, 202, "req-msg");
        assertThat(result.getMessage().getHeader(SonarConstants.MESSAGE_STATUS)).isEqualTo("queued");
    }

    @Test
    void messageSendTakesTheRecipientFromItsHeaderAsE164AndIgnoresUnknownAnswerFields() {
        // merged from SonarMessageSendTest: a formatted number in the header, an answer with a field Sonar may add
        stub(202, "req-1", "{\"to\":\"3105550000\",\"text\":\"Your order shipped\",\"status\":\"queued\",\"extra\":1}");

        Exchange result = call("sonar:message/send?tags=orders,vip", "Your order shipped",
                Map.of(SonarConstants.PHONE_NUMBER, "+1 (310) 555-0000"));

        assertThat(result.getException()).isNull();
        assertJsonCall(singleRequest(), RequestMethod.POST, "/api/v1/messages",
                "{\"to\":\"+13105550000\",\"text\":\"Your order shipped\",\"tag_names\":[\"orders\",\"vip\"]}",
                "to", "text", "tag_names");
        MessageResult sent = result.getMessage().getBody(MessageResult.class);
        assertThat(sent.getTo()).isEqualTo("+13105550000");
        assertThat(sent.isQueued()).isTrue();
        assertResponseHeaders(result, 202, "req-1");
        assertThat(result.getMessage().getHeader(SonarConstants.MESSAGE_STATUS)).isEqualTo("queued");
    }

    @Test
    void messageSendWithMediaOnlySendsNoText() {
        stub(202, null, "{\"to\":\"+13105551234\",\"status\":\"queued\"}");

        Exchange result = call("sonar:message/send?phoneNumber=RAW(+13105551234)", null,
                Map.of(SonarConstants.MEDIA_URL, "https://img.example.com/card.vcf"));

        assertThat(result.getException()).isNull();
        assertJsonCall(singleRequest(), RequestMethod.POST, "/api/v1/messages",
                "{\"to\":\"+13105551234\",\"media_url\":\"https://img.example.com/card.vcf\"}", "to", "media_url");
    }

    @Test
    void messageSendUnsubscribedOnlySetsTheStatusHeaderByDefault() {
        stub(202, "req-unsub", "{\"to\":\"+13105551234\",\"text\":\"hi\",\"status\":\"unsubscribed\"}");

        Exchange result = call("sonar:message/send?phoneNumber=RAW(+13105551234)", "hi", Map.of());

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody(MessageResult.class).isUnsubscribed()).isTrue();
        assertThat(result.getMessage().getHeader(SonarConstants.MESSAGE_STATUS)).isEqualTo("unsubscribed");
    }

    @Test
    void messageAppendTagPostsExternalIdAndTagName() {
        stub(200, "req-tag", "{\"success\":true}");

        Exchange result = call("sonar:message/appendTag?externalMessageId=ext-77&tagName=orders", null, Map.of());

        assertThat(result.getException()).isNull();
        assertJsonCall(singleRequest(), RequestMethod.POST, "/api/v1/messages/tags",
                "{\"external_id\":\"ext-77\",\"tag_name\":\"orders\"}", "external_id", "tag_name");
        assertThat(result.getMessage().getBody(SuccessResult.class).getSuccess()).isTrue();
        assertResponseHeaders(result, 200, "req-tag");
        assertThat(result.getMessage().getHeaders()).doesNotContainKey(SonarConstants.MESSAGE_STATUS);
    }

    // ---------------------------------------------------------------- campaign/send

    @Test
    void campaignSendPostsSlugRecipientAndSendAtOption() {
        stub(202, "req-camp", "{\"to\":\"3105551234\",\"text\":\"sent\",\"status\":\"queued\"}");

        Exchange result = call("sonar:campaign/send?campaignId=spring-sale&phoneNumber=RAW(+13105551234)"
                               + "&sendAt=2026-12-01T09:00:00-08:00", null, Map.of());

        assertThat(result.getException()).isNull();
        assertJsonCall(singleRequest(), RequestMethod.POST, "/api/v1/campaigns",
                "{\"campaign_id\":\"spring-sale\",\"to\":\"+13105551234\",\"send_at\":\"2026-12-01T09:00:00-08:00\"}",
                "campaign_id", "to", "send_at");
        CampaignResult sent = result.getMessage().getBody(CampaignResult.class);
        assertThat(sent.getTo()).isEqualTo(PHONE);
        assertThat(sent.getText()).isEqualTo("sent");
        assertResponseHeaders(result, 202, "req-camp");
        assertThat(result.getMessage().getHeader(SonarConstants.MESSAGE_STATUS)).isEqualTo("queued");
    }

    @Test
    void campaignSendWithoutSendAtSendsNoSendAt() {
        stub(202, null, "{\"to\":\"+13105551234\",\"text\":\"sent\",\"status\":\"queued\"}");

        Exchange result = call("sonar:campaign/send?campaignId=spring-sale", null,
                Map.of(SonarConstants.PHONE_NUMBER, PHONE));

        assertThat(result.getException()).isNull();
        assertJsonCall(singleRequest(), RequestMethod.POST, "/api/v1/campaigns",
                "{\"campaign_id\":\"spring-sale\",\"to\":\"+13105551234\"}", "campaign_id", "to");
    }

    static Stream<Arguments> sendAtValues() {
        Instant instant = Instant.parse("2026-12-01T17:00:00Z");
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("America/Los_Angeles"));
        calendar.setTimeInMillis(instant.toEpochMilli());
        return Stream.of(
                Arguments.of("ISO String with offset", "2026-12-01T09:00:00-08:00", "2026-12-01T09:00:00-08:00"),
                Arguments.of("ISO String in UTC", "2026-12-01T17:00:00Z", "2026-12-01T17:00:00Z"),
                Arguments.of("ISO String with zone id", "2026-12-01T09:00:00-08:00[America/Los_Angeles]",
                        "2026-12-01T09:00:00-08:00"),
                Arguments.of("OffsetDateTime", OffsetDateTime.of(2026, 12, 1, 9, 0, 0, 0, ZoneOffset.ofHours(-8)),
                        "2026-12-01T09:00:00-08:00"),
                Arguments.of("ZonedDateTime", ZonedDateTime.of(2026, 12, 1, 9, 0, 0, 0, ZoneId.of("America/Los_Angeles")),
                        "2026-12-01T09:00:00-08:00"),
                Arguments.of("Instant", instant, "2026-12-01T17:00:00Z"),
                Arguments.of("java.util.Date", Date.from(instant), "2026-12-01T17:00:00Z"),
                Arguments.of("Calendar", calendar, "2026-12-01T09:00:00-08:00"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sendAtValues")
    void campaignSendAtHeaderIsSentAsIsoWithOffset(String kind, Object sendAt, String wire) throws Exception {
        stub(202, null, "{\"to\":\"+13105551234\",\"text\":\"sent\",\"status\":\"queued\"}");
        Map<String, Object> headers = new LinkedHashMap<>();
        headers.put(SonarConstants.SEND_AT, sendAt);

        Exchange result = call("sonar:campaign/send?campaignId=spring-sale&phoneNumber=RAW(+13105551234)", null, headers);

        assertThat(result.getException()).isNull();
        LoggedRequest request = singleRequest();
        assertJsonCall(request, RequestMethod.POST, "/api/v1/campaigns",
                "{\"campaign_id\":\"spring-sale\",\"to\":\"+13105551234\",\"send_at\":\"" + wire + "\"}",
                "campaign_id", "to", "send_at");
        // what is sent must parse back as the same instant, with an explicit offset
        OffsetDateTime sent = OffsetDateTime.parse(JSON.readTree(request.getBodyAsString()).get("send_at").asText());
        assertThat(sent.toInstant()).isEqualTo(Instant.parse("2026-12-01T17:00:00Z"));
    }

    @Test
    void campaignSendAtAsLocalDateTimeFailsNamingTheHeader() {
        Exchange result = call("sonar:campaign/send?campaignId=spring-sale&phoneNumber=RAW(+13105551234)", null,
                Map.of(SonarConstants.SEND_AT, LocalDateTime.of(2026, 12, 1, 9, 0)));

        assertThat(result.getException()).isInstanceOf(SonarValidationException.class)
                .hasMessageContaining("header " + SonarConstants.SEND_AT)
                .hasMessageContaining("time zone or offset");
        assertThat(wireMock().getAllServeEvents()).isEmpty();
    }

    @Test
    void campaignSendAtAsABadStringFailsNamingTheOption() {
        Exchange result = call("sonar:campaign/send?campaignId=spring-sale&phoneNumber=RAW(+13105551234)"
                               + "&sendAt=tomorrow morning", null, Map.of());

        assertThat(result.getException()).isInstanceOf(SonarValidationException.class)
                .hasMessageContaining("option 'sendAt'")
                .hasMessageContaining("tomorrow morning")
                .hasMessageContaining("ISO-8601");
        assertThat(wireMock().getAllServeEvents()).isEmpty();
    }

    @Test
    void campaignSendAtWithoutOffsetStringFails() {
        Exchange result = call("sonar:campaign/send?campaignId=spring-sale&phoneNumber=RAW(+13105551234)", null,
                Map.of(SonarConstants.SEND_AT, "2026-12-01T09:00:00"));

        assertThat(result.getException()).isInstanceOf(SonarValidationException.class)
                .hasMessageContaining("header " + SonarConstants.SEND_AT);
        assertThat(wireMock().getAllServeEvents()).isEmpty();
    }

    // ---------------------------------------------------------------- conversation/get

    @Test
    void conversationGetPutsTheIdInThePath() {
        stub(200, "req-conv", "{\"id\":\"conv-42\",\"state\":\"open\",\"channel\":\"sms\","
                              + "\"assignee\":{\"email\":\"agent@example.com\"},"
                              + "\"customer\":{\"phone_number\":\"3105551234\",\"first_name\":\"Ann\"},"
                              + "\"messages\":[{\"id\":\"m1\",\"external_id\":\"ext-1\",\"text\":\"Hi\","
                              + "\"direction\":\"inbound\",\"created_at\":\"2026-01-01T00:00:00Z\","
                              + "\"tag_names\":[\"orders\"],\"sentiment\":\"positive\"},"
                              + "{\"id\":\"m2\",\"text\":\"Hello\",\"direction\":\"outbound\"}]}");

        Exchange result = call("sonar:conversation/get?conversationId=conv-42", null, Map.of());

        assertThat(result.getException()).isNull();
        LoggedRequest request = singleRequest();
        assertGet(request, "/api/v1/conversations/conv-42");
        assertTokenAuth(request);
        Conversation conversation = result.getMessage().getBody(Conversation.class);
        assertThat(conversation.getId()).isEqualTo("conv-42");
        assertThat(conversation.getState()).isEqualTo("open");
        assertThat(conversation.getOther()).containsEntry("channel", "sms");
        assertThat(conversation.getCustomer().getPhoneNumber()).isEqualTo(PHONE);
        assertThat(conversation.getCustomer().getFirstName()).isEqualTo("Ann");
        assertThat(conversation.getMessages()).hasSize(2);
        assertThat(conversation.getMessages().get(0).getExternalId()).isEqualTo("ext-1");
        assertThat(conversation.getMessages().get(0).getTagNames()).containsExactly("orders");
        assertThat(conversation.getMessages().get(0).getOther()).containsEntry("sentiment", "positive");
        assertThat(conversation.getMessages().get(1).getDirection()).isEqualTo("outbound");
        assertResponseHeaders(result, 200, "req-conv");
    }

    @Test
    void conversationGetEncodesTheIdAsOnePathSegment() {
        stub(200, null, "{\"conversation_id\":\"a/b c\"}");

        Exchange result = call("sonar:conversation/get", null, Map.of(SonarConstants.CONVERSATION_ID, "a/b c"));

        assertThat(result.getException()).isNull();
        assertGet(singleRequest(), "/api/v1/conversations/a%2Fb%20c");
        assertThat(result.getMessage().getBody(Conversation.class).getId()).isEqualTo("a/b c");
    }

    // ---------------------------------------------------------------- phoneNumber/available

    @Test
    void phoneNumberAvailableUsesThePublishableKeyAndNoToken() {
        stub(200, "req-avail", "{\"available_number\":\"7573780424\"}");

        Exchange result = call("sonar:phoneNumber/available", null, Map.of());

        assertThat(result.getException()).isNull();
        LoggedRequest request = singleRequest();
        assertGet(request, "/api/v1/phone_numbers/available");
        assertThat(request.getHeader("X-Publishable-Key")).isEqualTo(PUBLISHABLE_KEY);
        assertThat(request.containsHeader("X-Token")).as("no X-Token on the publishable-key call").isFalse();
        assertThat(request.getAllHeaderKeys()).noneMatch(name -> name.equalsIgnoreCase("Authorization"));
        assertThat(request.getBodyAsString()).doesNotContain(TOKEN);
        assertThat(request.getUrl()).doesNotContain(TOKEN).doesNotContain(PUBLISHABLE_KEY);
        assertThat(result.getMessage().getBody(AvailableNumber.class).getAvailableNumber()).isEqualTo("+17573780424");
        assertResponseHeaders(result, 200, "req-avail");
    }

    // ---------------------------------------------------------------- api/call

    @Test
    void apiCallGetWithOptionsReturnsAList() {
        stub(200, "req-api", "[{\"id\":1,\"name\":\"orders\"},{\"id\":2,\"name\":\"crm\"}]");

        Exchange result = call("sonar:api/call?path=/v1/webhooks&httpMethod=GET&query=RAW(active=true&page=2)",
                "a body left by an earlier step", Map.of());

        assertThat(result.getException()).isNull();
        LoggedRequest request = singleRequest();
        assertGet(request, "/api/v1/webhooks?active=true&page=2");
        assertTokenAuth(request);
        assertThat(result.getMessage().getBody()).isInstanceOf(List.class);
        List<?> webhooks = result.getMessage().getBody(List.class);
        assertThat(webhooks).hasSize(2);
        assertThat(webhooks.get(0)).isEqualTo(Map.of("id", 1, "name", "orders"));
        assertResponseHeaders(result, 200, "req-api");
    }

    @Test
    void apiCallDefaultsToGet() {
        stub(200, null, "{\"ok\":true}");

        Exchange result = call("sonar:api/call?path=/v1/webhooks", null, Map.of());

        assertThat(result.getException()).isNull();
        assertGet(singleRequest(), "/api/v1/webhooks");
        assertThat(result.getMessage().getBody()).isEqualTo(Map.of("ok", true));
    }

    @Test
    void apiCallHeadersSetPathMethodQueryMapExtraHeadersAndAMapBodyIsSentAsJson() {
        stub(201, "req-api2", "{\"id\":9,\"name\":\"crm\"}");
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("name", "a b");
        query.put("tag", "x&y");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("webhook", Map.of("name", "crm", "active", "true"));

        Exchange result = call("sonar:api/call?path=/v1/ignored&httpMethod=GET", body,
                Map.of(SonarConstants.PATH, "/v1/webhooks", SonarConstants.HTTP_METHOD, "post",
                        SonarConstants.QUERY, query, SonarConstants.HTTP_HEADERS, Map.of("X-Trace", "trace-1")));

        assertThat(result.getException()).isNull();
        LoggedRequest request = singleRequest();
        assertJsonCall(request, RequestMethod.POST, "/api/v1/webhooks?name=a+b&tag=x%26y",
                "{\"webhook\":{\"name\":\"crm\",\"active\":\"true\"}}", "webhook");
        assertThat(request.getHeader("X-Trace")).isEqualTo("trace-1");
        assertThat(result.getMessage().getBody()).isEqualTo(Map.of("id", 9, "name", "crm"));
        assertResponseHeaders(result, 201, "req-api2");
    }

    @Test
    void apiCallQueryHeaderAsStringIsAppendedAsIs() {
        stub(200, null, "[]");

        Exchange result = call("sonar:api/call?path=/v1/webhooks", null,
                Map.of(SonarConstants.QUERY, "?page=3&name=a%20b"));

        assertThat(result.getException()).isNull();
        assertGet(singleRequest(), "/api/v1/webhooks?page=3&name=a%20b");
        assertThat(result.getMessage().getBody(List.class)).isEmpty();
    }

    @Test
    void apiCallSendsAJsonStringBodyByteForByte() {
        stub(200, null, "{\"ok\":true}");
        String json = "{ \"webhook\" : { \"name\" : \"crm\" } ,\"list\":[1, 2] }";

        Exchange result = call("sonar:api/call?path=/v1/webhooks&httpMethod=PUT", json, Map.of());

        assertThat(result.getException()).isNull();
        LoggedRequest request = singleRequest();
        assertThat(request.getMethod()).isEqualTo(RequestMethod.PUT);
        assertThat(request.getUrl()).isEqualTo("/api/v1/webhooks");
        assertContentHeaders(request, true);
        assertThat(request.getBodyAsString()).isEqualTo(json);
    }

    @Test
    void apiCallDeleteWithoutBodySendsNoContentType() {
        wireMock().stubFor(any(anyUrl()).willReturn(aResponse().withStatus(204).withHeader("X-Request-Id", "req-204")));

        Exchange result = call("sonar:api/call?path=/v1/webhooks/42&httpMethod=DELETE", null, Map.of());

        assertThat(result.getException()).isNull();
        LoggedRequest request = singleRequest();
        assertThat(request.getMethod()).isEqualTo(RequestMethod.DELETE);
        assertThat(request.getUrl()).isEqualTo("/api/v1/webhooks/42");
        assertContentHeaders(request, false);
        assertThat(result.getMessage().getBody()).isNull();
        assertResponseHeaders(result, 204, "req-204");
    }

    @Test
    void apiCallRefusesANonJsonStringBody() {
        Exchange result = call("sonar:api/call?path=/v1/webhooks&httpMethod=POST", "hello, not json", Map.of());

        assertThat(result.getException()).isInstanceOf(SonarValidationException.class)
                .hasMessageContaining("message body")
                .hasMessageContaining("JSON");
        assertThat(wireMock().getAllServeEvents()).isEmpty();
    }

    /**
     * BUG (SonarBodyReader.payload, with SonarJson's mapper): the JSON check reads only the first JSON value and
     * ignores what follows (Jackson's FAIL_ON_TRAILING_TOKENS is off), so text that merely starts with a JSON value
     * is sent to Sonar as "application/json".
     */
    @Test
    void apiCallRefusesAStringBodyThatOnlyStartsWithJson() {
        List<String> sent = new ArrayList<>();
        for (String text : List.of("42 is the answer", "{\"a\":1} and then some text", "true story")) {
            wireMock().resetRequests();
            Exchange result = call("sonar:api/call?path=/v1/webhooks&httpMethod=POST", text, Map.of());
            if (!wireMock().getAllServeEvents().isEmpty() || !(result.getException() instanceof SonarValidationException)) {
                sent.add(text);
            }
        }
        assertThat(sent).as("BUG: text that only starts with a JSON value passed the JSON check and was sent as JSON")
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "https://attacker.example.com/v1/webhooks", "//attacker.example.com/v1/webhooks",
                             "v1/webhooks", "http://127.0.0.1/v1/webhooks" })
    void apiCallRefusesAPathThatIsNotRelative(String path) {
        Exchange result = call("sonar:api/call", null, Map.of(SonarConstants.PATH, path));

        assertThat(result.getException()).isInstanceOf(SonarValidationException.class)
                .hasMessageContaining("header " + SonarConstants.PATH)
                .hasMessageContaining("relative");
        assertThat(wireMock().getAllServeEvents()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "X-Token", "x-token", "X-Publishable-Key", "Content-Type", "Host" })
    void apiCallRefusesAReservedHeader(String name) {
        Exchange result = call("sonar:api/call?path=/v1/webhooks", null,
                Map.of(SonarConstants.HTTP_HEADERS, Map.of(name, "other-value")));

        assertThat(result.getException()).isInstanceOf(SonarValidationException.class)
                .hasMessageContaining(SonarConstants.HTTP_HEADERS)
                .hasMessageContaining(name);
        assertThat(result.getException().getMessage()).doesNotContain("other-value").doesNotContain(TOKEN);
        assertThat(wireMock().getAllServeEvents()).isEmpty();
    }

    @Test
    void apiCallReturnsANonJsonAnswerAsString() {
        wireMock().stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/plain")
                .withHeader("X-Request-Id", "req-text").withBody("OK, done")));

        Exchange result = call("sonar:api/call?path=/v1/ping", null, Map.of());

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody()).isEqualTo("OK, done");
        assertResponseHeaders(result, 200, "req-text");
    }

    /**
     * BUG (SonarAnswerReader.parseAny, with SonarJson's mapper): an answer that only starts with a JSON value is
     * returned as that value, not as the text Sonar sent ("123 Main St" becomes the Integer 123).
     */
    @Test
    void apiCallReturnsAnAnswerThatOnlyStartsWithJsonAsString() {
        Map<String, Object> returned = new LinkedHashMap<>();
        for (String text : List.of("123 Main St", "true story", "[1] and more")) {
            wireMock().resetAll();
            wireMock().stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
                    .withHeader("Content-Type", "text/plain").withBody(text)));
            Exchange result = call("sonar:api/call?path=/v1/ping", null, Map.of());
            assertThat(result.getException()).isNull();
            if (!text.equals(result.getMessage().getBody())) {
                returned.put(text, result.getMessage().getBody());
            }
        }
        assertThat(returned).as("BUG: a non-JSON answer that starts with a JSON value is returned as that value "
                                 + "(answer text -> body)").isEmpty();
    }

    // ---------------------------------------------------------------- every operation is covered

    @Test
    void everyProducerOperationIsCoveredByThisClass() {
        Set<String> covered = Set.of("customer/get", "customer/upsert", "customer/unassign", "customer/close",
                "customer/deleteProperty", "message/send", "message/appendTag", "campaign/send", "conversation/get",
                "phoneNumber/available", "api/call");
        Set<String> operations = new TreeSet<>();
        Arrays.stream(SonarOperation.values()).map(SonarOperation::uri)
                .forEach(operations::add);
        assertThat(operations).as("a new operation needs wire tests here").isEqualTo(new TreeSet<>(covered));
    }

    // ---------------------------------------------------------------- helpers

    private Exchange call(String uri, Object body, Map<String, Object> headers) {
        return template.request(uri, exchange -> {
            exchange.getMessage().setBody(body);
            headers.forEach(exchange.getMessage()::setHeader);
        });
    }

    private static void stub(int status, String requestId, String json) {
        ResponseDefinitionBuilder response = aResponse().withStatus(status).withHeader("Content-Type",
                "application/json").withBody(json);
        if (requestId != null) {
            response.withHeader("X-Request-Id", requestId);
        }
        wireMock().stubFor(any(anyUrl()).willReturn(response));
    }

    private static LoggedRequest singleRequest() {
        List<ServeEvent> events = wireMock().getAllServeEvents();
        assertThat(events).as("exactly one HTTP request").hasSize(1);
        return events.get(0).getRequest();
    }

    private static void assertGet(LoggedRequest request, String rawUrl) {
        assertThat(request.getMethod()).isEqualTo(RequestMethod.GET);
        assertThat(request.getUrl()).as("raw URL").isEqualTo(rawUrl);
        assertContentHeaders(request, false);
        wireMock().verify(1, getRequestedFor(urlEqualTo(rawUrl)).withHeader("Accept", equalTo("application/json")));
    }

    private static void assertTokenAuth(LoggedRequest request) {
        assertThat(headerValues(request, "X-Token")).containsExactly(TOKEN);
        assertThat(request.containsHeader("X-Publishable-Key")).isFalse();
    }

    /** Accept always; Content-Type exactly application/json with a body, neither Content-Type nor body without. */
    private static void assertContentHeaders(LoggedRequest request, boolean withBody) {
        assertThat(headerValues(request, "Accept")).containsExactly("application/json");
        if (withBody) {
            assertThat(headerValues(request, "Content-Type")).containsExactly("application/json");
            assertThat(request.getBody()).isNotEmpty();
        } else {
            assertThat(request.containsHeader("Content-Type")).as("no Content-Type without a body").isFalse();
            assertThat(request.getBody()).as("no body").isNullOrEmpty();
        }
    }

    private static List<String> headerValues(LoggedRequest request, String name) {
        HttpHeader header = request.getHeaders().getHeader(name);
        return header.isPresent() ? header.values() : List.of();
    }

    /** Method, raw URL, token, content headers, the JSON body exactly and its exact set of top-level fields. */
    private static void assertJsonCall(LoggedRequest request, RequestMethod method, String rawUrl, String json,
                                       String... fields) {
        assertThat(request.getMethod()).isEqualTo(method);
        assertThat(request.getUrl()).as("raw URL").isEqualTo(rawUrl);
        assertTokenAuth(request);
        assertContentHeaders(request, true);
        if (method == RequestMethod.POST) {
            wireMock().verify(1, postRequestedFor(urlEqualTo(rawUrl)).withRequestBody(equalToJson(json, false, false)));
        }
        assertThat(equalToJson(json, false, false).match(request.getBodyAsString()).isExactMatch())
                .as("body %s equals %s", request.getBodyAsString(), json).isTrue();
        try {
            JsonNode body = JSON.readTree(request.getBodyAsString());
            assertThat(fieldNames(body)).as("only the fields that were set go on the wire")
                    .containsExactlyInAnyOrder(fields);
            assertNoNulls(body, "$");
        } catch (java.io.IOException e) {
            throw new AssertionError("request body is not JSON: " + request.getBodyAsString(), e);
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static void assertNoNulls(JsonNode node, String path) {
        assertThat(node.isNull()).as("null at %s", path).isFalse();
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                assertNoNulls(field.getValue(), path + "." + field.getKey());
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                assertNoNulls(node.get(i), path + "[" + i + "]");
            }
        }
    }

    private static void assertResponseHeaders(Exchange result, int status, String requestId) {
        assertThat(result.getMessage().getHeader(SonarConstants.RESPONSE_CODE)).isEqualTo(status);
        assertThat(result.getMessage().getHeader(SonarConstants.REQUEST_ID)).isEqualTo(requestId);
    }
}
