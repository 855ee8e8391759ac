package org.camelsonar.simulator;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;

/** Identifier shapes Sonar uses: UUIDs for messages, events and requests; base64 of 16 bytes for external ids. */
final class Ids {

    private final SecureRandom random = new SecureRandom();

    String uuid() {
        return UUID.randomUUID().toString();
    }

    /** Like the documented {@code X6D2Xp_g8gkZTfOaWrUXmQ==}: URL-safe base64 with padding. */
    String externalId() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().encodeToString(bytes);
    }
}
