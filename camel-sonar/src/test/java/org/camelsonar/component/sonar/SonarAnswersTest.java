package org.camelsonar.component.sonar;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.camelsonar.component.sonar.model.AvailableNumber;
import org.camelsonar.component.sonar.model.CampaignResult;
import org.camelsonar.component.sonar.model.Customer;
import org.camelsonar.component.sonar.model.DeletedProperty;
import org.camelsonar.component.sonar.model.MessageResult;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sonar's answers keep every field, and the numbers as Sonar wrote them. The component's {@code defaultRegion} is
 * GB here, to show that it applies to what the user writes, never to what Sonar returns.
 */
class SonarAnswersTest extends SonarTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getComponent("sonar", SonarComponent.class).getConfiguration().setDefaultRegion("GB");
        return context;
    }

    private Exchange call(String uri, Object body) {
        return template.request(uri, exchange -> exchange.getMessage().setBody(body));
    }

    private static void answer(int status, String json) {
        wireMock().stubFor(any(anyUrl()).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(json)));
    }

    @Test
    void aCustomerKeepsUnknownFieldsAndTheNumbersAsSonarSentThem() {
        answer(200, "{\"phone_number\":\"3105551234\",\"assigned_phone_number\":\"(757) 378-0424\","
                    + "\"first_name\":\"Ann\",\"created_at\":\"2024-01-02T03:04:05Z\","
                    + "\"loyalty\":{\"tier\":\"gold\",\"points\":[1,2]},\"properties\":{\"plan\":\"gold\","
                    + "\"address\":{\"city\":\"Austin\"}}}");

        Exchange result = call("sonar:customer/get?phoneNumber=RAW(+13105551234)", null);

        assertThat(result.getException()).isNull();
        Customer customer = result.getMessage().getBody(Customer.class);
        // a bare 10-digit number is North American, whatever defaultRegion says
        assertThat(customer.getPhoneNumber()).isEqualTo("+13105551234");
        assertThat(customer.getRawPhoneNumber()).isEqualTo("3105551234");
        assertThat(customer.getAssignedPhoneNumber()).isEqualTo("+17573780424");
        assertThat(customer.getRawAssignedPhoneNumber()).isEqualTo("(757) 378-0424");
        assertThat(customer.getOther()).containsEntry("created_at", "2024-01-02T03:04:05Z")
                .containsEntry("loyalty", Map.of("tier", "gold", "points", List.of(1, 2)))
                .doesNotContainKeys("phone_number", "first_name", "properties");
        assertThat(customer.getProperties()).containsEntry("plan", "gold")
                .containsEntry("address", "{\"city\":\"Austin\"}");
    }

    @Test
    void anE164NumberIsItsOwnRawForm() {
        answer(200, "{\"phone_number\":\"+13105551234\"}");

        Customer customer = call("sonar:customer/get?phoneNumber=RAW(+13105551234)", null).getMessage()
                .getBody(Customer.class);

        assertThat(customer.getPhoneNumber()).isEqualTo("+13105551234");
        assertThat(customer.getRawPhoneNumber()).isEqualTo("+13105551234");
    }

    @Test
    void sendAndCampaignResultsKeepUnknownFields() {
        answer(202, "{\"to\":\"3105551234\",\"text\":\"hi\",\"status\":\"queued\",\"id\":\"msg-9\","
                    + "\"segments\":2,\"cost\":{\"credits\":1}}");

        MessageResult sent = call("sonar:message/send?phoneNumber=RAW(+13105551234)", "hi").getMessage()
                .getBody(MessageResult.class);

        assertThat(sent.isQueued()).isTrue();
        assertThat(sent.getTo()).isEqualTo("+13105551234");
        assertThat(sent.getRawTo()).isEqualTo("3105551234");
        assertThat(sent.getOther()).containsEntry("id", "msg-9").containsEntry("segments", 2)
                .containsEntry("cost", Map.of("credits", 1));

        answer(202, "{\"to\":\"+13105551234\",\"text\":\"sent\",\"status\":\"queued\",\"campaign_id\":\"spring\","
                    + "\"scheduled_for\":\"2030-01-01T10:00:00Z\"}");

        CampaignResult campaign = call("sonar:campaign/send?phoneNumber=RAW(+13105551234)&campaignId=spring", null)
                .getMessage().getBody(CampaignResult.class);

        assertThat(campaign.getOther()).containsEntry("campaign_id", "spring")
                .containsEntry("scheduled_for", "2030-01-01T10:00:00Z");
    }

    @Test
    void deletedPropertyAndAvailableNumberKeepUnknownFields() {
        answer(200, "{\"property_name\":\"vip\",\"property_value\":\"true\",\"phone_number\":\"3105551234\","
                    + "\"deleted\":true,\"customer_id\":\"c-1\"}");

        DeletedProperty deleted = call("sonar:customer/deleteProperty?phoneNumber=RAW(+13105551234)&propertyName=vip",
                null).getMessage().getBody(DeletedProperty.class);

        assertThat(deleted.getPhoneNumber()).isEqualTo("+13105551234");
        assertThat(deleted.getRawPhoneNumber()).isEqualTo("3105551234");
        assertThat(deleted.getOther()).containsEntry("customer_id", "c-1");

        answer(200, "{\"available_number\":\"7573780424\",\"area_code\":\"757\"}");

        AvailableNumber available = call("sonar:phoneNumber/available", null).getMessage()
                .getBody(AvailableNumber.class);

        assertThat(available.getAvailableNumber()).isEqualTo("+17573780424");
        assertThat(available.getRawAvailableNumber()).isEqualTo("7573780424");
        assertThat(available.getOther()).containsEntry("area_code", "757");
    }

    @Test
    void aCustomerReadFromSonarIsAnUpsertBodyWithOnlyUpsertFieldsAndNoNull() throws Exception {
        answer(200, "{\"phone_number\":\"3105551234\",\"first_name\":\"Ann\",\"last_name\":null,"
                    + "\"created_at\":\"2024-01-02\",\"loyalty\":{\"tier\":\"gold\"},\"subscribed\":\"maybe\","
                    + "\"properties\":{\"plan\":\"gold\",\"gone\":null}}");
        Customer customer = call("sonar:customer/get?phoneNumber=RAW(+13105551234)", null).getMessage()
                .getBody(Customer.class);
        wireMock().resetRequests();

        call("sonar:customer/upsert", customer);

        JsonNode sent = JSON.readTree(wireMock().getAllServeEvents().get(0).getRequest().getBodyAsString());
        assertThat(sent).isEqualTo(JSON.readTree(
                "{\"phone_number\":\"+13105551234\",\"first_name\":\"Ann\",\"properties\":{\"plan\":\"gold\"}}"));
    }
}
