package org.camelsonar.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.model.dataformat.JsonLibrary;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.apache.camel.support.ExpressionAdapter;

/**
 * Two instances of one application, as a cluster runs it: two CamelContexts, each with its own Vert.x platform-http
 * server on its own port, sharing one {@link JdbcMessageIdRepository} table. Each instance has the two routes of the
 * comparison: camel-sonar's webhook consumer with {@code idempotentRepository} set, and the bare platform-http route
 * with Camel's {@code idempotentConsumer} EIP on the same kind of repository (another processor name, same table)
 * after the same Jackson parsing as {@link WebhookServer}'s bare route. Both end in the same no-op.
 */
final class ClusterWebhookServer implements AutoCloseable {

    static final String SONAR_STORE = "sonar-webhooks";
    static final String BARE_STORE = "bare-webhooks";

    private final List<CamelContext> instances = new ArrayList<>();
    private final List<Integer> ports = new ArrayList<>();

    /** Each instance gets a connection pool of its own from {@code store}. */
    ClusterWebhookServer(PostgresStore store, int instanceCount, int poolSize) throws Exception {
        for (int i = 0; i < instanceCount; i++) {
            start(store.newPool(poolSize));
        }
    }

    private void start(DataSource dataSource) throws Exception {
        CamelContext context = new DefaultCamelContext();
        VertxPlatformHttpServerConfiguration config = new VertxPlatformHttpServerConfiguration();
        config.setBindHost("127.0.0.1");
        config.setBindPort(0); // the OS picks a free port; read back below
        VertxPlatformHttpServer server = new VertxPlatformHttpServer(config);
        context.addService(server);
        context.getRegistry().bind("events", new JdbcMessageIdRepository(dataSource, SONAR_STORE));
        JdbcMessageIdRepository bareStore = new JdbcMessageIdRepository(dataSource, BARE_STORE);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("sonar:webhook/customer_created?webhookAutoRegister=false&idempotentRepository=#events"
                     + "&webhookSecret=RAW(" + WebhookServer.SECRET + ")")
                        .routeId("sonar-webhook")
                        .process(exchange -> exchange.getMessage().getBody());
                from("platform-http:/bare/customer_created?httpMethodRestrict=POST")
                        .routeId("bare-platform-http")
                        .unmarshal().json(JsonLibrary.Jackson, Map.class)
                        .idempotentConsumer(new UuidOfEvent()).idempotentRepository(bareStore)
                            .process(exchange -> exchange.getMessage().getBody())
                        .end()
                        .setBody(constant("OK"));
            }
        });
        context.start();
        instances.add(context);
        ports.add(server.getServer().actualPort());
    }

    List<String> sonarUrls() {
        return ports.stream().map(port -> "http://127.0.0.1:" + port + "/sonar/webhook/customer_created?secret="
                                          + WebhookServer.SECRET).toList();
    }

    List<String> bareUrls() {
        return ports.stream().map(port -> "http://127.0.0.1:" + port + "/bare/customer_created").toList();
    }

    /** The event's uuid from the parsed body, as a user would key the EIP. */
    private static final class UuidOfEvent extends ExpressionAdapter {
        @Override
        public Object evaluate(Exchange exchange) {
            return ((Map<?, ?>) exchange.getMessage().getBody()).get("uuid");
        }
    }

    @Override
    public void close() {
        for (CamelContext context : instances) {
            context.stop();
        }
    }
}
