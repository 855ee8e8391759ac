package org.camelsonar.simulator;

import java.time.Instant;

/**
 * A send that Sonar accepted with a 2xx but did not send: to an unsubscribed customer (answered
 * {@code "unsubscribed"}), or a duplicate of the same text to the same number within the duplicate window
 * (answered {@code "queued"}, like the original, since Sonar documents no distinct answer).
 */
public record RefusedSend(String phoneNumber, String text, String campaignId, String reason, Instant at) {

    public static final String UNSUBSCRIBED = "unsubscribed";
    public static final String DUPLICATE = "duplicate";
}
