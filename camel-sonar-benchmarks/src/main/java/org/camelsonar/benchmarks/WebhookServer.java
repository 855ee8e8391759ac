package org.camelsonar.benchmarks;

import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.model.dataformat.JsonLibrary;

/**
 * One Vert.x platform-http server with two routes on it: camel-sonar's webhook consumer
 * ({@code sonar:webhook/customer_created}, no registration, a fixed secret) and the bare route a user would write
 * without it ({@code platform-http} unmarshalling the same JSON with Jackson). Both routes end in the same no-op.
 */
final class WebhookServer implements AutoCloseable {

    static final String SECRET = "bench-webhook-secret-0123456789abcdef";

    private final CamelContext context;
    private final int port;

    WebhookServer() throws Exception {
        context = new DefaultCamelContext();
        VertxPlatformHttpServerConfiguration config = new VertxPlatformHttpServerConfiguration();
        config.setBindHost("127.0.0.1");
        config.setBindPort(0); // the OS picks a free port; read back once the server runs
        VertxPlatformHttpServer server = new VertxPlatformHttpServer(config);
        context.addService(server);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("sonar:webhook/customer_created?webhookAutoRegister=false&webhookSecret=RAW(" + SECRET + ")")
                        .routeId("sonar-webhook")
                        .process(exchange -> exchange.getMessage().getBody());
                from("platform-http:/bare/customer_created?httpMethodRestrict=POST")
                        .routeId("bare-platform-http")
                        .unmarshal().json(JsonLibrary.Jackson, Map.class)
                        .process(exchange -> exchange.getMessage().getBody())
                        .setBody(constant("OK"));
            }
        });
        context.start();
        port = server.getServer().actualPort();
    }

    String sonarUrl() {
        return "http://127.0.0.1:" + port + "/sonar/webhook/customer_created?secret=" + SECRET;
    }

    String bareUrl() {
        return "http://127.0.0.1:" + port + "/bare/customer_created";
    }

    @Override
    public void close() {
        context.stop();
    }
}
