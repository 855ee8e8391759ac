package org.camelsonar.testsupport;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpRouter;
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

    /**
     * Sets the sonar component's options (by their Camel names, e.g. {@code baseUrl}, {@code token}); a null value
     * leaves that option as it is.
     */
    public static void configureSonar(CamelContext camel, Map<String, Object> options) {
        Component sonar = camel.getComponent("sonar", true);
        Map<String, Object> set = new LinkedHashMap<>();
        options.forEach((name, value) -> {
            if (value != null) {
                set.put(name, value);
            }
        });
        PropertyBindingSupport.build().withReflection(true).withIgnoreCase(true).bind(camel, sonar, set);
    }

    /**
     * A context whose sonar component calls {@code baseUrl} with {@code token} (none when null) and a 5 s response
     * timeout, not started; with a platform-http server when {@code server} is true.
     */
    public static CamelContext context(String baseUrl, String token, boolean server) throws Exception {
        CamelContext camel = new DefaultCamelContext();
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("baseUrl", baseUrl);
        options.put("token", token);
        options.put("responseTimeout", "5s");
        configureSonar(camel, options);
        if (server) {
            addServer(camel);
        }
        camel.getShutdownStrategy().setTimeout(5);
        return camel;
    }

    /** Adds a Vert.x platform-http server on 127.0.0.1 that binds a port of its own choosing when it starts. */
    public static VertxPlatformHttpServer addServer(CamelContext camel) throws Exception {
        return addServer(camel, 0);
    }

    /**
     * Adds a Vert.x platform-http server on 127.0.0.1 on {@code port}, 0 for one of its own choosing: a fixed port
     * only for an application restarted on the port it had (a webhook URL that Sonar knows names it).
     */
    public static VertxPlatformHttpServer addServer(CamelContext camel, int port) throws Exception {
        VertxPlatformHttpServerConfiguration configuration = new VertxPlatformHttpServerConfiguration();
        configuration.setBindHost("127.0.0.1");
        configuration.setBindPort(port);
        VertxPlatformHttpServer server = new VertxPlatformHttpServer(configuration);
        camel.addService(server);
        return server;
    }

    /**
     * The properties that give Camel Main (with camel-platform-http-main) its embedded HTTP server on 127.0.0.1, on
     * a port the server picks itself: {@code properties.forEach(main::addInitialProperty)}, then
     * {@link #port(CamelContext)} with {@code main.getCamelContext()} once started.
     */
    public static Map<String, String> mainServerProperties() {
        return Map.of("camel.server.enabled", "true", "camel.server.host", "127.0.0.1", "camel.server.port", "0");
    }

    /**
     * As {@link #mainServerProperties()} for the management endpoints ({@link #managementPort(CamelContext)}). With
     * port 0 for both, Camel Main serves them on its one server.
     */
    public static Map<String, String> mainManagementProperties() {
        return Map.of("camel.management.enabled", "true", "camel.management.host", "127.0.0.1",
                "camel.management.port", "0");
    }

    /** The port the started context's platform-http server is bound to (Camel Main's embedded one included). */
    public static int port(CamelContext camel) {
        return server(camel, false).getPort();
    }

    /** The port Camel Main serves its management endpoints on ({@link #mainManagementProperties()}), once started. */
    public static int managementPort(CamelContext camel) {
        return server(camel, true).getPort();
    }

    private static VertxPlatformHttpServer server(CamelContext camel, boolean management) {
        // Camel Main binds a router per server and tells them apart; a server added by hand is the only one
        for (VertxPlatformHttpRouter router : camel.getRegistry().findByType(VertxPlatformHttpRouter.class)) {
            if ((management ? router.isManagementServer() : router.isMainServer()) && router.getServer() != null) {
                return router.getServer();
            }
        }
        Set<VertxPlatformHttpServer> servers = camel.hasServices(VertxPlatformHttpServer.class);
        if (servers.size() == 1) {
            return servers.iterator().next();
        }
        throw new IllegalStateException("The context has no platform-http " + (management ? "management " : "")
                + "server: use SonarCamel.addServer or mainServerProperties (routers "
                + camel.getRegistry().findByTypeWithName(VertxPlatformHttpRouter.class).keySet() + ", servers on "
                + servers.stream().map(VertxPlatformHttpServer::getPort).toList() + ")");
    }
}
