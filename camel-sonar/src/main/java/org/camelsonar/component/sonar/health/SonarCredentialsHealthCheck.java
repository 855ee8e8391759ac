package org.camelsonar.component.sonar.health;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.camel.health.HealthCheckResultBuilder;

/**
 * Whether Sonar accepts the credentials the producers call it with, id {@value #ID}: DOWN while the last answer to a
 * call with a credential was a rejection (HTTP 401 or 403) or an account state (no active subscription, API
 * disabled), UP once a call with the same credential succeeds, whatever its endpoint URI.
 * <p>
 * It is neither a readiness nor a liveness check, so a failure to send never takes the instance out of rotation
 * and never stops Sonar's webhook deliveries (which need no token). It shows in the full health report
 * ({@code /observe/health}, Spring Boot's {@code camelHealth}); point a readiness probe there, or include
 * {@code camelHealth} in Spring Boot's readiness group, to make a rejected token take instances out of rotation.
 */
public class SonarCredentialsHealthCheck extends SonarCheckSupport {

    public static final String ID = "sonar-credentials";

    public SonarCredentialsHealthCheck(SonarHealth health) {
        super(ID, health);
    }

    @Override
    public boolean isReadiness() {
        return false;
    }

    @Override
    public Result call(Map<String, Object> options) {
        HealthCheckResultBuilder builder = HealthCheckResultBuilder.on(this);
        List<SonarHealth.Problem> problems = health.credentialProblems();
        if (problems.isEmpty()) {
            return builder.up().build();
        }
        List<String> summary = new ArrayList<>();
        problems.forEach(problem -> {
            String key = "sonar.credential." + problem.subject();
            builder.detail(key + ".operation", problem.operation());
            builder.detail(key + ".error", describe(problem));
            builder.detail(key + ".since", problem.since().toString());
            summary.add(problem.accountState() != null
                    ? "Sonar account: " + problem.accountState() + ", for the " + problem.subject() + " ("
                      + describe(problem) + ")"
                    : "Sonar rejects the " + problem.subject() + " (" + describe(problem) + ")");
        });
        return builder.down().message(String.join("; ", summary)).build();
    }
}
