package org.camelsonar.simulator;

import java.util.List;

/** A request Sonar refuses; becomes {@code {"error": message}} with {@code status}. */
final class ApiException extends RuntimeException {

    private final int status;

    ApiException(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }

    static ApiException invalidPhone() {
        return new ApiException(400, "Invalid Phone Number");
    }

    static ApiException invalid(String field) {
        return new ApiException(400, field + " is invalid");
    }

    static ApiException notFound(String what) {
        return new ApiException(404, what + " not found");
    }

    /** Sonar's parameter check: {@code "text is missing, to is missing"}. */
    static ApiException missing(List<String> fields) {
        return new ApiException(400, String.join(", ", fields.stream().map(f -> f + " is missing").toList()));
    }
}
