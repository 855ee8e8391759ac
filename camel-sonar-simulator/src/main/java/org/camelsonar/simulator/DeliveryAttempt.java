package org.camelsonar.simulator;

import java.time.Instant;

/**
 * One attempt to deliver one event to one webhook. {@code attempt} counts from 1 (5 at most: the first try and
 * Sonar's 4 retries). {@code statusCode} is the receiver's HTTP status, or 0 when no answer came, in which case
 * {@code failure} says why. {@code at} is wall-clock time: retries run on real (scaled) time, not the injected clock.
 */
public record DeliveryAttempt(
        String eventUuid,
        String action,
        long webhookId,
        String url,
        String httpMethod,
        int attempt,
        int statusCode,
        String failure,
        Instant at,
        String body) {

    public boolean succeeded() {
        return statusCode >= 200 && statusCode < 300;
    }
}
