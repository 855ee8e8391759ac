package org.camelsonar.component.sonar.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The shared secret that authenticates deliveries. Sonar signs nothing, so the secret travels in the URL
 * registered with Sonar, which only Sonar and this application know. {@link #toString()} does not reveal it.
 */
final class WebhookSecret {

    /** The query parameter of the registered URL that carries the secret. */
    static final String PARAMETER = "secret";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] value;
    private final String text;

    private WebhookSecret(String text) {
        this.text = text;
        this.value = text.getBytes(StandardCharsets.UTF_8);
    }

    static WebhookSecret of(String text) {
        return new WebhookSecret(text);
    }

    /** 256 random bits, URL-safe. */
    static WebhookSecret random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new WebhookSecret(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** Compares in constant time, so that timing tells an attacker nothing about how much of a guess was right. */
    boolean matches(String candidate) {
        return candidate != null && MessageDigest.isEqual(value, candidate.getBytes(StandardCharsets.UTF_8));
    }

    String value() {
        return text;
    }

    @Override
    public String toString() {
        return "WebhookSecret[***]";
    }
}
