package org.camelsonar.simulator;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One HTTP request the simulator received and how it answered, for wire-level assertions in tests: the exact
 * method, path, query, headers (names lower-cased) and body a client sent. {@code status} is 0 for a connection
 * the simulator dropped on purpose.
 */
public record ReceivedRequest(
        String method,
        String path,
        String query,
        Map<String, List<String>> headers,
        String body,
        int status,
        String requestId,
        Instant at) {

    public ReceivedRequest {
        headers = Json.frozenCopy(headers);
    }

    /** The first value of a header, case-insensitively; {@code null} when absent. */
    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
