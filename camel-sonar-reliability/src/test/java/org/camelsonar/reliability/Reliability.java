package org.camelsonar.reliability;

import java.time.Duration;
import java.util.Locale;

import org.apache.camel.CamelContext;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.impl.DefaultCamelContext;
import org.camelsonar.component.sonar.SonarComponent;
import org.camelsonar.testsupport.SonarCamel;

/** Shared helpers: Camel contexts on 127.0.0.1, and the one-line figures the tests print. */
final class Reliability {

    private Reliability() {
    }

    /**
     * A context whose sonar component calls {@code baseUrl}; with a platform-http server when {@code server} is
     * true, on a port the server binds itself ({@link #port(CamelContext)} once started).
     */
    static CamelContext context(String baseUrl, String token, String publishableKey, boolean server)
            throws Exception {
        return context(baseUrl, token, publishableKey, server ? 0 : -1);
    }

    /** The port of the started context's platform-http server. */
    static int port(CamelContext camel) {
        return SonarCamel.port(camel);
    }

    /**
     * As {@link #context(String, String, String, boolean)} with the server on {@code port}: only for an application
     * restarted on the port it had (the webhook URL Sonar knows names it); 0 lets the server pick.
     */
    static CamelContext context(String baseUrl, String token, String publishableKey, int port) throws Exception {
        CamelContext camel = new DefaultCamelContext();
        SonarComponent sonar = new SonarComponent();
        sonar.getConfiguration().setBaseUrl(baseUrl);
        sonar.getConfiguration().setToken(token);
        sonar.getConfiguration().setPublishableKey(publishableKey);
        sonar.getConfiguration().setConnectTimeout(2_000);
        sonar.getConfiguration().setResponseTimeout(5_000);
        camel.addComponent("sonar", sonar);
        if (port >= 0) {
            VertxPlatformHttpServerConfiguration server = new VertxPlatformHttpServerConfiguration();
            server.setBindHost("127.0.0.1");
            server.setBindPort(port);
            camel.addService(new VertxPlatformHttpServer(server));
        }
        camel.getShutdownStrategy().setTimeout(5);
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
