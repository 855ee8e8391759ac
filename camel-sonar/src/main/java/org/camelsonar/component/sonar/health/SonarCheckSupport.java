package org.camelsonar.component.sonar.health;

import org.apache.camel.CamelContext;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckRegistry;

/**
 * What the component's checks share. They implement {@link HealthCheck} from camel-api directly, so camel-sonar needs
 * no camel-health at run time; the component registers them when the context has a health check registry
 * (camel-health present: Camel Main with camel-health, Camel Spring Boot, Camel Quarkus).
 */
public abstract class SonarCheckSupport implements HealthCheck {

    public static final String GROUP = "camel";

    protected final SonarHealth health;
    private final String id;
    private volatile boolean enabled = true;

    protected SonarCheckSupport(String id, SonarHealth health) {
        this.id = id;
        this.health = health;
    }

    /** Registers the component's checks in the context's registry; an empty array when the context has none. */
    public static SonarCheckSupport[] register(CamelContext context, SonarHealth health) {
        HealthCheckRegistry registry = HealthCheckRegistry.get(context);
        if (registry == null) {
            return new SonarCheckSupport[0];
        }
        SonarCheckSupport[] checks = { new SonarHealthCheck(health), new SonarCredentialsHealthCheck(health) };
        for (SonarCheckSupport check : checks) {
            registry.register(check);
        }
        return checks;
    }

    public static void unregister(CamelContext context, SonarCheckSupport[] checks) {
        HealthCheckRegistry registry = checks == null || checks.length == 0 ? null : HealthCheckRegistry.get(context);
        if (registry != null) {
            for (SonarCheckSupport check : checks) {
                registry.unregister(check);
            }
        }
    }

    @Override
    public String getId() {
        return id;
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

    /** "HTTP 401: Bad Token", or the failure's text when Sonar did not answer. */
    protected static String describe(SonarHealth.Problem problem) {
        String status = problem.status() > 0 ? "HTTP " + problem.status() : null;
        if (status == null) {
            return problem.error();
        }
        return problem.error() == null ? status : status + ": " + problem.error();
    }
}
