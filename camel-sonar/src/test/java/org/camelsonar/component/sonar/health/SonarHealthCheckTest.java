package org.camelsonar.component.sonar.health;

import java.net.ConnectException;
import java.util.Map;

import org.apache.camel.health.HealthCheck;
import org.camelsonar.component.sonar.error.SonarAuthenticationException;
import org.camelsonar.component.sonar.error.SonarConnectionException;
import org.camelsonar.component.sonar.error.SonarException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The two checks over the component's health state: webhooks (readiness) and credentials (neither probe). */
class SonarHealthCheckTest {

    private static final String HOOK = "sonar://webhook/customer_created?token=xxxxxx&webhookSecret=xxxxxx";
    private static final String BASE = "https://www.sendsonar.com/api";

    private final SonarHealth health = new SonarHealth();
    private final SonarHealthCheck webhooks = new SonarHealthCheck(health);
    private final SonarCredentialsHealthCheck credentials = new SonarCredentialsHealthCheck(health);
    private final SonarHealth.Credential token = SonarHealth.Credential.of("token", BASE, "tok-secret-1");

    @Test
    void upWithNothingToReport() {
        HealthCheck.Result result = webhooks.call(Map.of());
        assertThat(result.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(result.getDetails()).containsEntry("sonar.webhooks.registered", 0);
        assertThat(webhooks.getId()).isEqualTo("sonar");
        assertThat(webhooks.isReadiness()).isTrue();
        assertThat(webhooks.isLiveness()).as("a restart does not fix Sonar's answer").isFalse();
        assertThat(credentials.call(Map.of()).getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(credentials.getId()).isEqualTo("sonar-credentials");
        assertThat(credentials.isReadiness()).as("a failure to send must not stop receiving").isFalse();
        assertThat(credentials.isLiveness()).isFalse();
    }

    @Test
    void downWhileAWebhookIsNotRegisteredThenUp() {
        health.webhookRegistrationFailed(HOOK, "customer_created", new SonarAuthenticationException(
                "Sonar webhook POST /v1/webhooks failed with HTTP 401: Invalid token", 401, "Invalid token", "r-1"));

        HealthCheck.Result down = webhooks.call(Map.of());
        assertThat(down.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(down.getMessage()).hasValueSatisfying(message -> assertThat(message)
                .contains("webhook customer_created not registered with Sonar (HTTP 401: Invalid token)"));
        assertThat(down.getDetails())
                .containsEntry("sonar.webhook.customer_created.endpoint", HOOK)
                .containsEntry("sonar.webhook.customer_created.error", "HTTP 401: Invalid token")
                .containsKey("sonar.webhook.customer_created.since");

        health.webhookRegistered(HOOK);
        HealthCheck.Result up = webhooks.call(Map.of());
        assertThat(up.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(up.getDetails()).containsEntry("sonar.webhooks.registered", 1);
    }

    @Test
    void twoConsumersOfOneEventEachKeepTheirDetails() {
        String other = "sonar://webhook/customer_created?webhookPath=/crm/created&token=xxxxxx";
        health.webhookRegistrationFailed(HOOK, "customer_created", new SonarConnectionException("webhook GET /v1/webhooks",
                new ConnectException("Connection refused")));
        health.webhookRegistrationFailed(other, "customer_created", new SonarAuthenticationException(
                "Sonar webhook POST /v1/webhooks failed with HTTP 401: Invalid token", 401, "Invalid token", "r-2"));

        Map<String, Object> details = webhooks.call(Map.of()).getDetails();
        assertThat(details.get("sonar.webhook.customer_created.endpoint"))
                .isNotEqualTo(details.get("sonar.webhook.customer_created.2.endpoint"));
        assertThat(java.util.List.of(details.get("sonar.webhook.customer_created.endpoint"),
                details.get("sonar.webhook.customer_created.2.endpoint"))).containsExactlyInAnyOrder(HOOK, other);
        assertThat(details).containsKeys("sonar.webhook.customer_created.error", "sonar.webhook.customer_created.2.error");
    }

    @Test
    void aConnectionFailureReportsItsMessage() {
        health.webhookRegistrationFailed(HOOK, "customer_created", new SonarConnectionException("webhook GET /v1/webhooks",
                new ConnectException("Connection refused")));
        HealthCheck.Result down = webhooks.call(Map.of());
        assertThat(down.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat((String) down.getDetails().get("sonar.webhook.customer_created.error")).contains("Connection refused");
    }

    @Test
    void aRejectedCredentialIsReportedUntilACallWithTheSameCredentialSucceeds() {
        health.credentialInUse(token);
        health.refused(token, "message/send",
                SonarException.forResponse("message/send", 401, "Bad Token", "r-2", null, null));

        HealthCheck.Result down = credentials.call(Map.of());
        assertThat(down.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(down.getMessage()).hasValueSatisfying(message -> assertThat(message)
                .isEqualTo("Sonar rejects the token for " + BASE + " (HTTP 401: Bad Token)"));
        assertThat(webhooks.call(Map.of()).getState()).as("readiness is not affected").isEqualTo(HealthCheck.State.UP);

        health.refused(token, "customer/get", SonarException.forResponse("customer/get", 404, "Not found", null, null, null));
        assertThat(credentials.call(Map.of()).getState()).as("a 404 says nothing about the token")
                .isEqualTo(HealthCheck.State.DOWN);

        // another endpoint URI, the same credential
        health.accepted(SonarHealth.Credential.of("token", BASE, "tok-secret-1"));
        assertThat(credentials.call(Map.of()).getState()).isEqualTo(HealthCheck.State.UP);
    }

    @Test
    void anAccountStateIsNamedAsSuch() {
        health.credentialInUse(token);
        health.refused(token, "message/send",
                SonarException.forResponse("message/send", 403, "No Active Subscription", null, null, null));

        HealthCheck.Result down = credentials.call(Map.of());
        assertThat(down.getMessage()).hasValueSatisfying(message -> assertThat(message)
                .startsWith("Sonar account: ").contains("no active subscription").doesNotContain("rejects"));
    }

    @Test
    void theProblemOfACredentialNoProducerUsesAnyMoreIsForgotten() {
        health.credentialInUse(token);
        health.credentialInUse(token);
        health.refused(token, "message/send",
                SonarException.forResponse("message/send", 401, "Bad Token", null, null, null));

        health.credentialReleased(token);
        assertThat(credentials.call(Map.of()).getState()).isEqualTo(HealthCheck.State.DOWN);
        health.credentialReleased(token);
        assertThat(credentials.call(Map.of()).getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(health.trackedCredentials()).isZero();
    }

    @Test
    void credentialsAreKnownByDigestNeverByValue() {
        assertThat(token.toString()).isEqualTo("token for " + BASE).doesNotContain("tok-secret-1");
        assertThat(token.digest()).doesNotContain("tok-secret-1").hasSize(24);
        assertThat(SonarHealth.Credential.of("token", BASE, "tok-secret-2")).isNotEqualTo(token);
        assertThat(SonarHealth.Credential.of("token", "https://sandbox.sendsonar.com/api", "tok-secret-1"))
                .isNotEqualTo(token);
    }

    @Test
    void aStoppedConsumerIsForgotten() {
        health.webhookRegistered(HOOK);
        health.webhookStopped(HOOK);
        assertThat(webhooks.call(Map.of()).getDetails()).containsEntry("sonar.webhooks.registered", 0);
    }
}
