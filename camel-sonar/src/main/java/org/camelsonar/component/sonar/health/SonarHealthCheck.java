package org.camelsonar.component.sonar.health;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.camel.health.HealthCheckResultBuilder;

/**
 * Readiness of the {@code sonar} component, id {@value #ID}: DOWN while a webhook consumer of this instance could not
 * register its webhook with Sonar, UP otherwise. Sonar delivers events only to a registered webhook, so an instance
 * whose webhook is missing is not ready to receive. A failure to send (a rejected token) is not part of readiness:
 * receiving needs no token, and taking every instance out of rotation would stop Sonar's deliveries too; see
 * {@link SonarCredentialsHealthCheck}. It never fails liveness: a restart does not fix Sonar's answer.
 */
public class SonarHealthCheck extends SonarCheckSupport {

    public static final String ID = "sonar";

    public SonarHealthCheck(SonarHealth health) {
        super(ID, health);
    }

    @Override
    public boolean isReadiness() {
        return true;
    }

    @Override
    public Result call(Map<String, Object> options) {
        HealthCheckResultBuilder builder = HealthCheckResultBuilder.on(this);
        builder.detail("sonar.webhooks.registered", health.registeredWebhooks());
        Map<String, SonarHealth.Problem> webhooks = health.webhookProblems();
        if (webhooks.isEmpty()) {
            return builder.up().build();
        }
        List<String> summary = new ArrayList<>();
        Map<String, Integer> perEvent = new HashMap<>();
        webhooks.values().forEach(problem -> {
            // two consumers of one event (two paths) each keep their details: the second is ".2", and so on
            int nth = perEvent.merge(problem.operation(), 1, Integer::sum);
            String key = "sonar.webhook." + problem.operation() + (nth > 1 ? "." + nth : "");
            builder.detail(key + ".endpoint", problem.subject());
            builder.detail(key + ".error", describe(problem));
            builder.detail(key + ".since", problem.since().toString());
            summary.add("webhook " + problem.operation() + " not registered with Sonar (" + describe(problem) + ")");
        });
        return builder.down().message(String.join("; ", summary)).build();
    }
}
