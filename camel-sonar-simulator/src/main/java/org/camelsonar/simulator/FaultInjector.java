package org.camelsonar.simulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Injected trouble: a latency added to every call, and a queue of one-shot faults (a status and body, a 429 with
 * Retry-After, or a dropped connection), each for any request or only for one method and path. Faults are
 * consumed first-in first-out by the requests they match, before authentication and routing, as a proxy or an
 * overloaded front end would answer. Thread-safe.
 */
final class FaultInjector {

    /** One injected answer; {@code drop} means close the connection without answering. */
    record Fault(int status, String body, Map<String, String> headers, boolean drop) {

        ApiResponse response() {
            return new ApiResponse(status, body, headers);
        }
    }

    private static final class Rule {
        private final String method;
        private final String path;
        private final Fault fault;
        private int remaining;

        private Rule(String method, String path, int times, Fault fault) {
            this.method = method;
            this.path = path;
            this.remaining = times;
            this.fault = fault;
        }

        private boolean matches(String requestMethod, String requestPath) {
            return (method == null || method.equalsIgnoreCase(requestMethod))
                    && (path == null || path.equals(requestPath));
        }
    }

    private final List<Rule> rules = new ArrayList<>();
    private volatile Duration latency = Duration.ZERO;

    void latency(Duration value) {
        if (value.isNegative()) {
            throw new IllegalArgumentException("latency must not be negative");
        }
        this.latency = value;
    }

    Duration latency() {
        return latency;
    }

    /** Queues a fault for the next {@code times} requests matching {@code method} and {@code path} (null: any). */
    synchronized void add(String method, String path, int times, Fault fault) {
        if (times < 1) {
            throw new IllegalArgumentException("times must be at least 1");
        }
        rules.add(new Rule(method == null ? null : method.toUpperCase(Locale.ROOT), normalisePath(path), times,
                Objects.requireNonNull(fault)));
    }

    static Fault failure(int status, String body) {
        return new Fault(status, body == null ? Json.write(Json.object("error", "Simulated failure")) : body,
                Map.of(), false);
    }

    static Fault rateLimit(long retryAfterSeconds) {
        return new Fault(429, Json.write(Json.object("error", "Rate limit exceeded")),
                Map.of("Retry-After", Long.toString(retryAfterSeconds)), false);
    }

    static Fault drop() {
        return new Fault(0, null, Map.of(), true);
    }

    /** The fault this request meets, if any, consuming one use of it. */
    synchronized Optional<Fault> next(String method, String path) {
        for (Iterator<Rule> it = rules.iterator(); it.hasNext(); ) {
            Rule rule = it.next();
            if (rule.matches(method, path)) {
                if (--rule.remaining == 0) {
                    it.remove();
                }
                return Optional.of(rule.fault);
            }
        }
        return Optional.empty();
    }

    synchronized void clear() {
        rules.clear();
        latency = Duration.ZERO;
    }

    /** Rules name paths as the API does, {@code /v1/messages}; a leading {@code /api} or trailing slash is ignored. */
    static String normalisePath(String path) {
        if (path == null) {
            return null;
        }
        String p = path.startsWith("/api/") ? path.substring(4) : path;
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }
}
