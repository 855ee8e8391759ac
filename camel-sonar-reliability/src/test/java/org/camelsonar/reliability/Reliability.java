package org.camelsonar.reliability;

import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.camelsonar.testsupport.SonarCamel;

/** Shared helpers: Camel contexts on 127.0.0.1, and the one-line figures the tests print. */
final class Reliability {

    private Reliability() {
    }

    /**
     * A context whose sonar component calls {@code baseUrl}; with a platform-http server when {@code server} is
     * true, on a port the server binds itself ({@code SonarCamel.port} once started).
     */
    static CamelContext context(String baseUrl, String token, String publishableKey, boolean server)
            throws Exception {
        return context(baseUrl, token, publishableKey, server ? 0 : -1);
    }

    /**
     * As {@link #context(String, String, String, boolean)} with the server on {@code port}: only for an application
     * restarted on the port it had (the webhook URL Sonar knows names it); 0 lets the server pick, -1 adds none.
     */
    static CamelContext context(String baseUrl, String token, String publishableKey, int port) throws Exception {
        CamelContext camel = SonarCamel.context(baseUrl, token, false);
        Map<String, Object> options = new HashMap<>();
        options.put("publishableKey", publishableKey);
        options.put("connectTimeout", "2s");
        SonarCamel.configureSonar(camel, options);
        if (port >= 0) {
            SonarCamel.addServer(camel, port);
        }
        return camel;
    }

    /** Prints one clearly marked line of figures, e.g. {@code RELIABILITY | webhook load | 5000 deliveries | ...}. */
    static void report(String test, String... figures) {
        System.out.println("RELIABILITY | " + test + " | " + String.join(" | ", figures));
    }

    static String millis(Duration elapsed) {
        return String.format(Locale.ROOT, "%d ms", elapsed.toMillis());
    }
}
