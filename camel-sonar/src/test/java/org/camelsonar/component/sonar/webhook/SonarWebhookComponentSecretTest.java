package org.camelsonar.component.sonar.webhook;

import java.util.List;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.camelsonar.component.sonar.SonarComponent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A webhookSecret set once on the component protects every webhook endpoint, with no secret in any URI. */
class SonarWebhookComponentSecretTest extends SonarWebhookTestSupport {

    private static final String SECRET = "component-level-secret-5f1e";

    @Test
    void componentSecretGuardsEveryWebhookAndAnEndpointOptionOverridesIt() throws Exception {
        context.getComponent("sonar", SonarComponent.class).getConfiguration().setWebhookSecret(SECRET);
        addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("sonar:webhook/customer_created?webhookAutoRegister=false").to("mock:created");
                from("sonar:webhook/outbound_message?webhookAutoRegister=false&webhookSecret=own-secret")
                        .to("mock:outbound");
            }
        });
        MockEndpoint created = context.getEndpoint("mock:created", MockEndpoint.class);

        assertThat(post("/sonar/webhook/customer_created", event("customer_created", "u-1")).statusCode())
                .isEqualTo(401);
        assertThat(post("/sonar/webhook/customer_created?secret=wrong", event("customer_created", "u-2")).statusCode())
                .isEqualTo(401);
        assertThat(post("/sonar/webhook/customer_created?secret=" + SECRET, event("customer_created", "u-3"))
                .statusCode()).isEqualTo(200);
        assertThat(created.getExchanges()).extracting(e -> e.getMessage().getHeader("CamelSonarEventId"))
                .isEqualTo(List.of("u-3"));

        assertThat(post("/sonar/webhook/outbound_message?secret=" + SECRET, event("outbound_message", "u-4"))
                .statusCode()).isEqualTo(401);
        assertThat(post("/sonar/webhook/outbound_message?secret=own-secret", event("outbound_message", "u-5"))
                .statusCode()).isEqualTo(200);
        assertThat(context.getEndpoints()).noneMatch(endpoint -> endpoint.getEndpointUri().contains(SECRET));
    }
}
