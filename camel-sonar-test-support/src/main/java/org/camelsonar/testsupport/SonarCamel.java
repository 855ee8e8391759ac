package org.camelsonar.testsupport;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PropertyBindingSupport;

/**
 * Camel contexts for tests: the sonar component pointed at a fake Sonar, and a Vert.x platform-http server on
 * 127.0.0.1 on a port the server picks itself ({@link #port(CamelContext)} once started). The component is found
 * by its scheme and configured by option name, so this module needs no dependency on camel-sonar.
 */
public final class SonarCamel {

    private SonarCamel() {
    }

    /** Sets the sonar component's options (by their Camel names, e.g. {@code baseUrl}, {@code token}). */
    public static void configureSonar(CamelContext camel, Map<String, Object> options) {
        Component sonar = camel.getComponent("sonar", true);
        PropertyBindingSupport.build().withReflection(true).withIgnoreCase(true)
                .bind(camel, sonar, new LinkedHashMap<>(options));
    }

    /**
     * A context whose sonar component calls {@code baseUrl} with {@code token} (and a 5 s response timeout), not
     * started; with a platform-http server when {@code server} is true.
     */
    public static CamelContext context(String baseUrl, String token, boolean server) throws Exception {
        CamelContext camel = new DefaultCamelContext();
        configureSonar(camel, Map.of("baseUrl", baseUrl, "token", token, "responseTimeout", 5_000));
        if (server) {
            addServer(camel);
        }
        camel.getShutdownStrategy().setTimeout(5);
        return camel;
    }

    /** Adds a Vert.x platform-http server on 127.0.0.1 that binds a port of its own choosing when it starts. */
    public static VertxPlatformHttpServer addServer(CamelContext camel) throws Exception {
        VertxPlatformHttpServerConfiguration configuration = new VertxPlatformHttpServerConfiguration();
        configuration.setBindHost("127.0.0.1");
        configuration.setBindPort(0);
        VertxPlatformHttpServer server = new VertxPlatformHttpServer(configuration);
        camel.addService(server);
        return server;
    }

    /** The port the started context's platform-http server is bound to. */
    public static int port(CamelContext camel) {
        VertxPlatformHttpServer server = camel.hasService(VertxPlatformHttpServer.class);
        if (server == null) {
            throw new IllegalStateException("The context has no platform-http server: use SonarCamel.addServer");
        }
        return server.getPort();
    }
}
