package org.camelsonar.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookRegistryTest {

    private static final String CREATE = """
            {"webhook":{"name":"camel-consumer","active":"true",
             "settings":{"new_unassigned_message":"true","customer_state_changed":"false"},
             "url":"https://example.org/sonar/hook?k=SECRET","http_method":"POST"}}""";

    @RegisterExtension
    static SonarSimulatorExtension sonar = SonarSimulatorExtension.create(SonarSimulator.builder());

    private SonarApi api() {
        return new SonarApi(sonar.simulator());
    }

    @Test
    void createAnswers200WithTheStoredWebhook() {
        SonarApi.Reply reply = api().post("/v1/webhooks", CREATE);
        assertThat(reply.status()).isEqualTo(200);
        JsonNode hook = reply.json();
        assertThat(hook.path("id").isIntegralNumber()).isTrue();
        assertThat(hook.path("id").asLong()).isEqualTo(1);
        assertThat(hook.path("active").isBoolean()).isTrue();
        assertThat(hook.path("active").asBoolean()).isTrue();
        assertThat(hook.path("settings").toString())
                .isEqualTo("{\"new_unassigned_message\":\"true\",\"customer_state_changed\":\"false\"}");
        assertThat(hook.path("url").asText()).isEqualTo("https://example.org/sonar/hook?k=SECRET");
        assertThat(hook.path("http_method").asText()).isEqualTo("POST");
        assertThat(hook.path("payload").asText()).isEmpty();
        assertThat(hook.path("name").asText()).isEqualTo("camel-consumer");
        assertThat(hook.path("created_at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}[+-]\\d\\d:\\d\\d");
        assertThat(OffsetDateTime.parse(hook.path("updated_at").asText())).isNotNull();
        assertThat(api().post("/v1/webhooks", CREATE).json().path("id").asLong()).isEqualTo(2);
    }

    @Test
    void listAndDelete() {
        api().post("/v1/webhooks", CREATE);
        api().post("/v1/webhooks", CREATE.replace("camel-consumer", "second"));
        SonarApi.Reply list = api().get("/v1/webhooks");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().isArray()).isTrue();
        assertThat(list.json()).extracting(n -> n.path("name").asText()).containsExactly("camel-consumer", "second");

        SonarApi.Reply deleted = api().delete("/v1/webhooks/1");
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.json().path("id").asLong()).isEqualTo(1);
        assertThat(deleted.json().path("name").asText()).isEqualTo("camel-consumer");
        assertThat(api().get("/v1/webhooks").json()).hasSize(1);
        assertThat(sonar.simulator().webhooks()).extracting(RegisteredWebhook::name).containsExactly("second");

        assertThat(api().delete("/v1/webhooks/1").body()).isEqualTo("{\"error\":\"Webhook not found\"}");
        assertThat(api().delete("/v1/webhooks/abc").status()).isEqualTo(404);
    }

    @Test
    void defaultsAndLenientTypes() {
        SonarApi.Reply reply = api().post("/v1/webhooks",
                "{\"webhook\":{\"url\":\"http://127.0.0.1:9/x\",\"settings\":{\"customer_created\":true}}}");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("active").asBoolean()).as("active defaults to false").isFalse();
        assertThat(reply.json().path("http_method").asText()).isEqualTo("POST");
        assertThat(reply.json().path("settings").path("customer_created").asText()).isEqualTo("true");
        assertThat(reply.json().path("name").asText()).isEmpty();
    }

    @Test
    void formEncodedCreate() {
        SonarApi.Reply reply = api().postForm("/v1/webhooks", "webhook%5Bname%5D=f&webhook%5Bactive%5D=true"
                + "&webhook%5Bsettings%5D%5Bcustomer_created%5D=true&webhook%5Burl%5D=http%3A%2F%2F127.0.0.1%3A9%2Fx"
                + "&webhook%5Bhttp_method%5D=post");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("active").asBoolean()).isTrue();
        assertThat(reply.json().path("http_method").asText()).isEqualTo("POST");
        assertThat(sonar.simulator().webhooks().get(0).wants(SonarEvents.CUSTOMER_CREATED)).isTrue();
    }

    @Test
    void errors() {
        assertThat(api().post("/v1/webhooks", "{\"name\":\"x\"}").body()).isEqualTo("{\"error\":\"webhook is missing\"}");
        assertThat(api().post("/v1/webhooks", "{\"webhook\":{\"name\":\"x\"}}").body())
                .isEqualTo("{\"error\":\"url is missing\"}");
        assertThat(api().post("/v1/webhooks", "{\"webhook\":{\"url\":\"not a url\"}}").body())
                .isEqualTo("{\"error\":\"url is invalid\"}");
        assertThat(api().post("/v1/webhooks", "{\"webhook\":{\"url\":\"http://h/x\",\"http_method\":\"GET\"}}").body())
                .isEqualTo("{\"error\":\"http_method is invalid\"}");
        assertThat(api().post("/v1/webhooks", "{\"webhook\":{\"url\":\"http://h/x\",\"active\":\"maybe\"}}").body())
                .isEqualTo("{\"error\":\"active is invalid\"}");
        assertThat(SonarApi.send(api().builder("/v1/webhooks/1").PUT(java.net.http.HttpRequest.BodyPublishers
                .ofString("{}"))).status()).isEqualTo(405);
        assertThat(sonar.simulator().webhooks()).isEmpty();
    }
}
