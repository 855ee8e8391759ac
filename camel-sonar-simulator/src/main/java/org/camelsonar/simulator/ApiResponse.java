package org.camelsonar.simulator;

import java.util.Map;

/**
 * What an endpoint answers. {@code body} is serialised as JSON, except a {@code String}, which is sent as is
 * (so injected faults can send any text).
 */
record ApiResponse(int status, Object body, Map<String, String> headers) {

    static ApiResponse of(int status, Object body) {
        return new ApiResponse(status, body, Map.of());
    }

    static ApiResponse error(int status, String message) {
        return of(status, Json.object("error", message));
    }

    static ApiResponse success() {
        return of(201, Json.object("success", true));
    }
}
