package org.camelsonar.component.sonar.health;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.health.HealthCheckResultBuilder;

/**
 * Readiness of the {@code sonar} component: DOWN while a webhook consumer could not register itself with Sonar, or
 * while Sonar rejects an endpoint's credential (its last answer was HTTP 401 or 403); UP otherwise. It is a
 * readiness check only: a restart does not fix a token, so it never fails liveness.
 * <p>
 * It implements {@link HealthCheck} from camel-api directly, so camel-sonar needs no camel-health at run time; the
 * component registers it when the context has a health check registry (camel-health present: Camel Main with
 * camel-health, Camel Spring Boot, Camel Quarkus).
 */
public class SonarHealthCheck implements HealthCheck {

    public static final String ID = "sonar";
    public static final String GROUP = "camel";

    private final SonarHealth health;
    private volatile boolean enabled = true;

    public SonarHealthCheck(SonarHealth health) {
        this.health = health;
    }

    /** Registers a check for this state in the context's registry; null when the context has none. */
    public static SonarHealthCheck register(CamelContext context, SonarHealth health) {
        HealthCheckRegistry registry = HealthCheckRegistry.get(context);
        if (registry == null) {
            return null;
        }
        SonarHealthCheck check = new SonarHealthCheck(health);
        registry.register(check);
        return check;
    }

    public static void unregister(CamelContext context, SonarHealthCheck check) {
        HealthCheckRegistry registry = check == null ? null : HealthCheckRegistry.get(context);
        if (registry != null) {
            registry.unregister(check);
        }
    }

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public String getGroup() {
        return GROUP;
    }

    @Override
    public boolean isLiveness() {
        return false;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    public Result call(Map<String, Object> options) {
        HealthCheckResultBuilder builder = HealthCheckResultBuilder.on(this);
        Map<String, SonarHealth.Problem> webhooks = health.webhookProblems();
        Map<String, SonarHealth.Problem> credentials = health.credentialProblems();
        builder.detail("sonar.webhooks.registered", health.registeredWebhooks());
        if (webhooks.isEmpty() && credentials.isEmpty()) {
            return builder.up().build();
        }
        List<String> summary = new ArrayList<>();
        webhooks.values().forEach(problem -> {
            String key = "sonar.webhook." + problem.subject();
            builder.detail(key + ".endpoint", problem.endpoint());
            builder.detail(key + ".error", describe(problem));
            summary.add("webhook " + problem.subject() + " not registered with Sonar (" + describe(problem) + ")");
        });
        credentials.values().forEach(problem -> {
            String key = "sonar.credential." + problem.subject();
            builder.detail(key + ".endpoint", problem.endpoint());
            builder.detail(key + ".error", describe(problem));
            summary.add("Sonar rejects the credential of " + problem.subject() + " (" + describe(problem) + ")");
        });
        return builder.down().message(String.join("; ", summary)).build();
    }

    private static String describe(SonarHealth.Problem problem) {
        String status = problem.status() > 0 ? "HTTP " + problem.status() : null;
        if (status == null) {
            return problem.error();
        }
        return problem.error() == null ? status : status + ": " + problem.error();
    }
}
