package org.camelsonar.component.sonar.health;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.camelsonar.component.sonar.error.SonarAccountStateException;
import org.camelsonar.component.sonar.error.SonarAuthenticationException;
import org.camelsonar.component.sonar.error.SonarException;

/**
 * What the component has learnt about its standing with Sonar, for the health checks:
 * <ul>
 * <li>per webhook consumer, whether its webhook is registered ({@link SonarHealthCheck}, readiness);</li>
 * <li>per credential (token or publishable key, with its base URL), whether Sonar accepts it
 * ({@link SonarCredentialsHealthCheck}). A success with the same credential clears a rejection, whatever endpoint URI
 * made either call; a credential that no started producer uses any more is forgotten.</li>
 * </ul>
 * So memory grows with the consumers and the distinct credentials in use, never with endpoint URIs. No credential is
 * kept: a credential is known by a digest of it, and shown only as its kind and base URL.
 */
public final class SonarHealth {

    /** One reason for a check to be DOWN. */
    public record Problem(String subject, String operation, int status, String error, String accountState,
            Instant since) {
    }

    /** A credential as the health state knows it: its kind, base URL and a digest, never its value. */
    public record Credential(String kind, String baseUrl, String digest) {

        public static Credential of(String kind, String baseUrl, String value) {
            try {
                byte[] hash = MessageDigest.getInstance("SHA-256")
                        .digest(String.valueOf(value).getBytes(StandardCharsets.UTF_8));
                return new Credential(kind, baseUrl, HexFormat.of().formatHex(hash, 0, 12));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is not available in this JVM", e);
            }
        }

        /** How the checks name it: "token for https://www.sendsonar.com/api". */
        public String describe() {
            return kind + " for " + baseUrl;
        }

        @Override
        public String toString() {
            return describe();
        }
    }

    private static final class CredentialState {
        private final AtomicInteger users = new AtomicInteger();
        private volatile Problem problem;
    }

    private final Map<String, Problem> webhooks = new ConcurrentHashMap<>();
    private final Set<String> registered = ConcurrentHashMap.newKeySet();
    private final Map<Credential, CredentialState> credentials = new ConcurrentHashMap<>();

    // ---- webhook consumers ----

    /** A webhook consumer could not register itself with Sonar. */
    public void webhookRegistrationFailed(String consumer, String event, Throwable failure) {
        registered.remove(consumer);
        webhooks.put(consumer, problem(consumer, event, failure));
    }

    /** A webhook consumer is registered with Sonar (created or reused). */
    public void webhookRegistered(String consumer) {
        webhooks.remove(consumer);
        registered.add(consumer);
    }

    /** A webhook consumer stopped, or another instance owns the registration: nothing to wait for. */
    public void webhookStopped(String consumer) {
        registered.remove(consumer);
        webhooks.remove(consumer);
    }

    // ---- credentials ----

    /** A producer that calls Sonar with this credential started. */
    public void credentialInUse(Credential credential) {
        credentials.compute(credential, (key, state) -> {
            CredentialState current = state != null ? state : new CredentialState();
            current.users.incrementAndGet();
            return current;
        });
    }

    /** A producer that used this credential stopped; the last one takes the credential's problem with it. */
    public void credentialReleased(Credential credential) {
        credentials.computeIfPresent(credential, (key, state) -> state.users.decrementAndGet() <= 0 ? null : state);
    }

    /** Sonar answered a call made with this credential with a 2xx: it accepts the credential. */
    public void accepted(Credential credential) {
        CredentialState state = credentials.get(credential);
        if (state != null && state.problem != null) {
            state.problem = null;
        }
    }

    /**
     * Sonar refused a call made with this credential. Only a rejected credential (401, 403) or an account state (no
     * active subscription, API disabled) is a problem of the credential; any other failure says nothing about it.
     */
    public void refused(Credential credential, String operation, SonarException failure) {
        if (!(failure instanceof SonarAuthenticationException || failure instanceof SonarAccountStateException)) {
            return;
        }
        CredentialState state = credentials.get(credential);
        if (state != null) {
            state.problem = problem(credential.describe(), operation, failure);
        }
    }

    // ---- what the checks read ----

    /** Webhook registration failures, by consumer. */
    public Map<String, Problem> webhookProblems() {
        return new TreeMap<>(webhooks);
    }

    /** Rejected credentials and account states, by credential. */
    public List<Problem> credentialProblems() {
        return credentials.values().stream().map(state -> state.problem).filter(problem -> problem != null)
                .toList();
    }

    public int registeredWebhooks() {
        return registered.size();
    }

    /** How many credentials are tracked: bounded by the credentials in use, whatever the number of endpoint URIs. */
    public int trackedCredentials() {
        return credentials.size();
    }

    /** Forgets everything (the component stopped). */
    public void clear() {
        webhooks.clear();
        registered.clear();
        credentials.clear();
    }

    private static Problem problem(String subject, String operation, Throwable failure) {
        int status = failure instanceof SonarException sonar ? sonar.getHttpResponseCode() : 0;
        String error = failure instanceof SonarException sonar && sonar.getError() != null ? sonar.getError()
                : failure.getMessage() != null ? failure.getMessage() : failure.getClass().getSimpleName();
        String accountState = failure instanceof SonarAccountStateException account
                ? account.getAccountState().description() : null;
        return new Problem(subject, operation, status, error, accountState, Instant.now());
    }
}
