package org.camelsonar.component.sonar.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The shared secret that authenticates deliveries. Sonar signs nothing, so the secret travels in the URL
 * registered with Sonar, which only Sonar and this application know. {@link #toString()} does not reveal it.
 */
public final class WebhookSecret {

    /** The query parameter of the registered URL that carries the secret. */
    public static final String PARAMETER = "secret";

    private final byte[] value;
    private final String text;

    private WebhookSecret(String text) {
        this.text = text;
        this.value = text.getBytes(StandardCharsets.UTF_8);
    }

    public static WebhookSecret of(String text) {
        return new WebhookSecret(text);
    }

    /**
     * The secret every instance of one application derives alike, with nothing configured: HMAC-SHA256 keyed with
     * the private token over the webhook's URL. Only holders of the token can compute it, and they can read the
     * registered URL, secret included, from Sonar anyway; a new token or another URL gives another secret.
     */
    public static WebhookSecret derived(String token, String url) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(token.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal(("camel-sonar webhook secret\n" + url).getBytes(StandardCharsets.UTF_8));
            return new WebhookSecret(Base64.getUrlEncoder().withoutPadding().encodeToString(digest));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
        }
    }

    /** Compares in constant time, so that timing tells an attacker nothing about how much of a guess was right. */
    boolean matches(String candidate) {
        return candidate != null && MessageDigest.isEqual(value, candidate.getBytes(StandardCharsets.UTF_8));
    }

    public String value() {
        return text;
    }

    @Override
    public String toString() {
        return "WebhookSecret[***]";
    }
}
