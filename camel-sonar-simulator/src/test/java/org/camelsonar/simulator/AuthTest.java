package org.camelsonar.simulator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.http.HttpRequest;

import static org.assertj.core.api.Assertions.assertThat;

class AuthTest {

    private static final String NOT_FOUND = "{\"error\":\"Token or publishable_key not found\"}";

    @RegisterExtension
    static SonarSimulatorExtension sonar = SonarSimulatorExtension.create(
            SonarSimulator.builder().token("private-tok").publishableKey("pub-key"));

    private SonarApi api() {
        return new SonarApi(sonar.simulator());
    }

    @ParameterizedTest
    @CsvSource({
            "GET, /v1/customers?phone_number=%2B13105550001",
            "POST, /v1/customers",
            "POST, /v1/customers/unassign",
            "POST, /v1/customers/close",
            "DELETE, /v1/customers/properties",
            "POST, /v1/messages",
            "POST, /v1/messages/tags",
            "POST, /v1/campaigns",
            "GET, /v1/conversations/abc",
            "GET, /v1/webhooks",
            "POST, /v1/webhooks",
            "DELETE, /v1/webhooks/1",
            "GET, /v1/phone_numbers/available"})
    void everyRouteWantsCredentials(String method, String path) {
        SonarApi.Reply none = SonarApi.send(api().anonymous(path).method(method, HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.body()).isEqualTo(NOT_FOUND);
        assertThat(none.header("X-Request-Id")).isNotBlank();

        SonarApi.Reply wrong = SonarApi.send(api().anonymous(path).header("X-Token", "wrong")
                .header("X-Publishable-Key", "wrong").method(method, HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.body()).isEqualTo(NOT_FOUND);
    }

    @Test
    void theTokenIsAcceptedInEveryRecordedForm() {
        sonar.simulator().upsertCustomer("+13105550001", "Ann", null, null);
        String path = "/v1/customers?phone_number=%2B13105550001";
        assertThat(SonarApi.send(api().anonymous(path).header("X-Token", "private-tok")).status()).isEqualTo(200);
        assertThat(SonarApi.send(api().anonymous(path).header("Token", "private-tok")).status()).isEqualTo(200);
        assertThat(SonarApi.send(api().anonymous(path + "&token=private-tok")).status()).isEqualTo(200);
    }

    @Test
    void availableNumberWantsThePublishableKeyOnly() {
        String path = "/v1/phone_numbers/available";
        SonarApi.Reply ok = SonarApi.send(api().anonymous(path).header("X-Publishable-Key", "pub-key"));
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.body()).isEqualTo("{\"available_number\":\"3105550199\"}");
        assertThat(SonarApi.send(api().anonymous(path).header("X-Token", "private-tok")).body()).isEqualTo(NOT_FOUND);
    }

    @Test
    void thePublishableKeyOpensNoPrivateEndpoint() {
        SonarApi.Reply reply = SonarApi.send(api().anonymous("/v1/webhooks").header("X-Publishable-Key", "pub-key"));
        assertThat(reply.status()).isEqualTo(401);
    }
}
