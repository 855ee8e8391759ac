package org.camelsonar.component.sonar.health;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.camelsonar.component.sonar.SonarException;

/**
 * What the component has learnt about its standing with Sonar, for {@link SonarHealthCheck}: webhook consumers
 * whose registration failed, and endpoints whose credential Sonar rejected (HTTP 401 or 403). A later success of
 * the same endpoint clears its problem. Only sanitized endpoint URIs and Sonar's own error text are kept, never a
 * credential.
 */
public final class SonarHealth {

    /** One reason to be not ready. */
    public record Problem(String endpoint, String subject, int status, String error, Instant since) {
    }

    private final Map<String, Problem> webhooks = new ConcurrentHashMap<>();
    private final Map<String, Problem> credentials = new ConcurrentHashMap<>();
    private final Set<String> registered = ConcurrentHashMap.newKeySet();

    /** A webhook consumer could not register itself with Sonar. */
    public void webhookRegistrationFailed(String endpoint, String event, Throwable failure) {
        registered.remove(endpoint);
        webhooks.put(endpoint, new Problem(endpoint, event, statusOf(failure), errorOf(failure), Instant.now()));
    }

    /** A webhook consumer is registered with Sonar (created or reused). */
    public void webhookRegistered(String endpoint) {
        webhooks.remove(endpoint);
        credentials.remove(endpoint);
        registered.add(endpoint);
    }

    /** A webhook consumer stopped: neither its registration nor its failure matter any more. */
    public void webhookStopped(String endpoint) {
        registered.remove(endpoint);
        webhooks.remove(endpoint);
    }

    /**
     * Sonar answered a call of this endpoint: 401 and 403 mean the credential is rejected; 2xx that it is accepted;
     * any other status says nothing about the credential.
     */
    public void answered(String endpoint, String operation, int status, String error) {
        if (status == 401 || status == 403) {
            credentials.put(endpoint, new Problem(endpoint, operation, status, error, Instant.now()));
        } else if (status >= 200 && status < 300) {
            credentials.remove(endpoint);
        }
    }

    /** Webhook registration failures, by endpoint. */
    public Map<String, Problem> webhookProblems() {
        return new TreeMap<>(webhooks);
    }

    /** Rejected credentials, by endpoint. */
    public Map<String, Problem> credentialProblems() {
        return new TreeMap<>(credentials);
    }

    public int registeredWebhooks() {
        return registered.size();
    }

    /** Forgets everything (the component stopped). */
    public void clear() {
        webhooks.clear();
        credentials.clear();
        registered.clear();
    }

    private static int statusOf(Throwable failure) {
        return failure instanceof SonarException sonar ? sonar.getHttpResponseCode() : 0;
    }

    /** Sonar's own error text when it answered; else the failure's message (exception messages carry no secret). */
    private static String errorOf(Throwable failure) {
        if (failure instanceof SonarException sonar && sonar.getError() != null) {
            return sonar.getError();
        }
        return failure.getMessage() != null ? failure.getMessage() : failure.getClass().getSimpleName();
    }
}
