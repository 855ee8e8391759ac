package org.camelsonar.component.sonar.webhook;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.Resource;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.camelsonar.component.sonar.SonarConstants;
import org.camelsonar.component.sonar.SonarEndpoint;
import org.camelsonar.component.sonar.SonarEvent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which URIs make a webhook consumer, and which HTTP server serves it. */
class SonarWebhookEndpointTest extends SonarWebhookTestSupport {

    private static final String[] EVENTS = { "customer_created", "customer_state_changed", "tag_added_to_message",
            "tag_removed_from_message", "outbound_message", "new_assigned_message", "new_unassigned_message",
            "user_assignment", "customer_subscribed", "customer_unsubscribed", "double_opt_in" };

    private interface Action {
        void run() throws Exception;
    }

    private static Throwable failureOf(Action action) {
        try {
            action.run();
        } catch (Throwable e) {
            return e;
        }
        throw new AssertionError("Expected a failure");
    }

    private static String messages(Throwable failure) {
        StringBuilder all = new StringBuilder();
        Set<Throwable> seen = new HashSet<>();
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            all.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage()).append('\n');
        }
        return all.toString();
    }

    @Test
    void everyEventHasAnEndpoint() {
        assertThat(SonarEvent.values()).extracting(SonarEvent::id).containsExactlyInAnyOrder(EVENTS);
        for (String event : EVENTS) {
            SonarEndpoint endpoint = context.getEndpoint("sonar:webhook/" + event, SonarEndpoint.class);
            assertThat(endpoint.getEvent().id()).isEqualTo(event);
            assertThat(endpoint.getResource()).isEqualTo("webhook");
        }
    }

    @Test
    void unknownEventFailsAtCreationListingTheValidOnes() {
        Throwable failure = failureOf(() -> context.getEndpoint("sonar:webhook/nope"));

        assertThat(messages(failure)).contains("'nope'").contains(EVENTS);
    }

    @Test
    void producerOnAWebhookUriFailsClearly() {
        Throwable failure = failureOf(() -> template.sendBody("sonar:webhook/customer_created", "Welcome!"));

        assertThat(messages(failure)).contains("sonar:webhook/customer_created receives Sonar events")
                .contains("from(").contains("message/send");
    }

    @Test
    void consumerOnAProducerOperationFailsClearly() {
        Throwable failure = failureOf(() -> addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("sonar:message/send").to("mock:never");
            }
        }));

        assertThat(messages(failure)).contains("sonar:message/send is a producer operation")
                .contains("sonar:webhook/<event>").contains("customer_created");
    }

    @Test
    void explicitPlatformHttpServes() throws Exception {
        addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("sonar:webhook/tag_added_to_message?httpServerComponent=platform-http"
                     + "&webhookAutoRegister=false&webhookSecret=srv").to("mock:events");
            }
        });

        assertThat(post("/sonar/webhook/tag_added_to_message?secret=srv", event("tag_added_to_message", "t-1"))
                .statusCode()).isEqualTo(200);
        assertThat(context.getEndpoint("mock:events", MockEndpoint.class).getReceivedCounter()).isEqualTo(1);
    }

    @Test
    void restConfigurationsComponentIsUsed() throws Exception {
        context.getRestConfiguration().setComponent("platform-http");
        addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("sonar:webhook/user_assignment?webhookAutoRegister=false&webhookSecret=srv").to("mock:events");
            }
        });

        assertThat(post("/sonar/webhook/user_assignment?secret=srv", event("user_assignment", "u-1")).statusCode())
                .isEqualTo(200);
    }

    @Test
    void componentThatIsNoHttpServerFailsClearly() {
        Throwable failure = failureOf(() -> addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("sonar:webhook/customer_created?httpServerComponent=log&webhookAutoRegister=false"
                     + "&webhookSecret=srv").routeId("bogus").to("mock:never");
            }
        }));

        assertThat(messages(failure)).contains("'log'").contains("httpServerComponent")
                .contains("cannot serve HTTP requests");
    }

    @Test
    void restConfigurationNamingNoHttpServerFailsClearly() {
        context.getRestConfiguration().setComponent("log");
        Throwable failure = failureOf(() -> addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("sonar:webhook/customer_created?webhookAutoRegister=false&webhookSecret=srv").to("mock:never");
            }
        }));

        assertThat(messages(failure)).contains("'log'").contains("REST configuration");
    }

    @Test
    void unknownHttpServerComponentFailsClearly() {
        Throwable failure = failureOf(() -> addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("sonar:webhook/customer_created?httpServerComponent=nosuchserver&webhookAutoRegister=false"
                     + "&webhookSecret=srv").to("mock:never");
            }
        }));

        assertThat(messages(failure)).contains("'nosuchserver'").contains("httpServerComponent");
    }

    @Test
    void webhookSecretIsMaskedInTheEndpointUri() {
        SonarEndpoint endpoint = context.getEndpoint(
                "sonar:webhook/customer_created?webhookAutoRegister=false&webhookSecret=do-not-log-me",
                SonarEndpoint.class);

        assertThat(endpoint.toString()).doesNotContain("do-not-log-me");
    }

    @Test
    void yamlDslRoute() throws Exception {
        Resource routes = ResourceHelper.resolveMandatoryResource(context, "classpath:webhook/sonar-webhook-routes.yaml");
        PluginHelper.getRoutesLoader(context).loadRoutes(routes);

        assertThat(post("/sonar/webhook/new_unassigned_message?secret=yaml-s3cret",
                event("new_unassigned_message", "y-1")).statusCode()).isEqualTo(200);

        MockEndpoint events = context.getEndpoint("mock:yaml-events", MockEndpoint.class);
        assertThat(events.getExchanges()).singleElement().satisfies(exchange -> {
            assertThat(exchange.getMessage().getHeader("routedBy")).isEqualTo("yaml");
            assertThat(exchange.getMessage().getHeader(SonarConstants.EVENT_ID)).isEqualTo("y-1");
        });
    }

    /**
     * The most likely mistake: camel-platform-http is on the classpath but no server runs (Camel Main without
     * camel.server.enabled=true, or a plain context without VertxPlatformHttpServer). The failure must say that the
     * Sonar webhook needs an HTTP server and how to get one.
     */
    @Test
    void noRunningHttpServerFailsWithAHint() throws Exception {
        DefaultCamelContext bare = new DefaultCamelContext();
        bare.start();
        try {
            Throwable failure = failureOf(() -> bare.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("sonar:webhook/customer_created?webhookAutoRegister=false&webhookSecret=srv").to("mock:never");
                }
            }));

            assertThat(messages(failure)).contains("Sonar").containsAnyOf("camel.server.enabled", "httpServerComponent");
        } finally {
            bare.stop();
        }
    }

    /**
     * The catalog (sonar.json, and the option tables rendered from it) must state the defaults of webhookName and
     * webhookPath. Camel's generator drops text in angle brackets from descriptions, as if it were HTML.
     */
    @Test
    void catalogDescriptionsKeepTheWebhookDefaults() throws Exception {
        String json;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/org/camelsonar/component/sonar/sonar.json")) {
            assertThat(in).isNotNull();
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        JsonNode properties = JSON.readTree(json).get("properties");

        assertThat(properties.get("webhookName").get("description").asText()).contains("route").contains("event");
        assertThat(properties.get("webhookPath").get("description").asText()).contains("/sonar/webhook/").contains("event");
    }
}
