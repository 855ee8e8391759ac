package org.camelsonar.component.sonar.health;

import java.util.Map;

import org.apache.camel.health.HealthCheck;
import org.camelsonar.component.sonar.SonarAuthenticationException;
import org.camelsonar.component.sonar.SonarConnectionException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SonarHealthCheckTest {

    private static final String HOOK = "sonar://webhook/customer_created?token=xxxxxx&webhookSecret=xxxxxx";
    private static final String SEND = "sonar://message/send?token=xxxxxx";

    private final SonarHealth health = new SonarHealth();
    private final SonarHealthCheck check = new SonarHealthCheck(health);

    @Test
    void upWithNothingToReport() {
        HealthCheck.Result result = check.call(Map.of());
        assertThat(result.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(result.getDetails()).containsEntry("sonar.webhooks.registered", 0);
        assertThat(check.getId()).isEqualTo("sonar");
        assertThat(check.isReadiness()).isTrue();
        assertThat(check.isLiveness()).as("a restart does not fix a token").isFalse();
    }

    @Test
    void downWhileAWebhookIsNotRegisteredThenUp() {
        health.webhookRegistrationFailed(HOOK, "customer_created", new SonarAuthenticationException(
                "Sonar webhook POST /v1/webhooks failed with HTTP 401: Invalid token", 401, "Invalid token", "r-1"));

        HealthCheck.Result down = check.call(Map.of());
        assertThat(down.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(down.getMessage()).hasValueSatisfying(message -> assertThat(message)
                .contains("webhook customer_created not registered with Sonar (HTTP 401: Invalid token)"));
        assertThat(down.getDetails())
                .containsEntry("sonar.webhook.customer_created.endpoint", HOOK)
                .containsEntry("sonar.webhook.customer_created.error", "HTTP 401: Invalid token");

        health.webhookRegistered(HOOK);
        HealthCheck.Result up = check.call(Map.of());
        assertThat(up.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(up.getDetails()).containsEntry("sonar.webhooks.registered", 1);
    }

    @Test
    void aConnectionFailureReportsItsMessage() {
        health.webhookRegistrationFailed(HOOK, "customer_created", new SonarConnectionException("webhook GET /v1/webhooks",
                new java.net.ConnectException("Connection refused")));
        HealthCheck.Result down = check.call(Map.of());
        assertThat(down.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat((String) down.getDetails().get("sonar.webhook.customer_created.error")).contains("Connection refused");
    }

    @Test
    void downWhileSonarRejectsTheTokenUntilACallSucceeds() {
        health.answered(SEND, "message/send", 403, "Forbidden");
        HealthCheck.Result down = check.call(Map.of());
        assertThat(down.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(down.getDetails()).containsEntry("sonar.credential.message/send.error", "HTTP 403: Forbidden")
                .containsEntry("sonar.credential.message/send.endpoint", SEND);

        health.answered(SEND, "message/send", 404, "Customer not found");
        assertThat(check.call(Map.of()).getState()).as("a 404 says nothing about the token")
                .isEqualTo(HealthCheck.State.DOWN);

        health.answered(SEND, "message/send", 200, null);
        assertThat(check.call(Map.of()).getState()).isEqualTo(HealthCheck.State.UP);
    }

    @Test
    void aStoppedConsumerIsForgotten() {
        health.webhookRegistered(HOOK);
        health.webhookStopped(HOOK);
        assertThat(check.call(Map.of()).getDetails()).containsEntry("sonar.webhooks.registered", 0);
    }
}
