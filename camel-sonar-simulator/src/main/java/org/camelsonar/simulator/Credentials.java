package org.camelsonar.simulator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The account's two credentials. The private token is accepted in every form Sonar was seen to accept
 * ({@code X-Token}, the gem's {@code Token} header, a {@code token} param); the publishable key only as
 * {@code X-Publishable-Key}, and only where Sonar uses it.
 */
record Credentials(String token, String publishableKey) {

    enum Kind { TOKEN, PUBLISHABLE_KEY }

    boolean accepts(Kind kind, ApiRequest request) {
        if (kind == Kind.PUBLISHABLE_KEY) {
            return same(publishableKey, request.header("X-Publishable-Key"));
        }
        String offered = request.header("X-Token");
        if (offered == null) {
            offered = request.header("Token");
        }
        if (offered == null) {
            offered = request.text("token");
        }
        return same(token, offered);
    }

    private static boolean same(String expected, String offered) {
        return offered != null && MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), offered.getBytes(StandardCharsets.UTF_8));
    }
}
