package org.camelsonar.live;

import java.util.List;
import java.util.Map;

/** Sonar's answer to one call: status (0 when nothing came back), parsed body, request id, error text. */
record Outcome(int status, Object body, String requestId, String error) {

    boolean ok() {
        return status >= 200 && status < 300;
    }

    /** The body as a JSON object, or an empty map. */
    @SuppressWarnings("unchecked")
    Map<String, Object> object() {
        return body instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    /** The body as a JSON array, or null when it is not one. */
    List<?> array() {
        return body instanceof List<?> list ? list : null;
    }

    /** For the report: "201" or "404 Customer not found". */
    String describe() {
        if (status == 0) {
            return "no answer (" + error + ")";
        }
        return error == null ? String.valueOf(status) : status + " " + error;
    }
}
