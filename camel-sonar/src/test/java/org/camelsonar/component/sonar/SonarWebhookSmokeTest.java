package org.camelsonar.component.sonar;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.test.AvailablePortFinder;
import org.camelsonar.component.sonar.model.WebhookEvent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SonarWebhookSmokeTest extends SonarTestSupport {

    private final int port = AvailablePortFinder.getNextAvailable();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        VertxPlatformHttpServerConfiguration conf = new VertxPlatformHttpServerConfiguration();
        conf.setBindHost("127.0.0.1");
        conf.setBindPort(port);
        context.addService(new VertxPlatformHttpServer(conf));
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("sonar:webhook/customer_created?webhookAutoRegister=false&webhookSecret=s3cret").to("mock:events");
            }
        };
    }

    @Test
    void deliversTypedEvent() throws Exception {
        MockEndpoint events = getMockEndpoint("mock:events");
        events.expectedMessageCount(1);
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(
                "http://127.0.0.1:" + port + "/sonar/webhook/customer_created?secret=s3cret"))
                .header("X-Leak", "nope")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"action\":\"customer_created\",\"uuid\":\"u-1\",\"customer\":{\"phone_number\":\"+13105550001\"}}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        events.assertIsSatisfied();
        WebhookEvent event = events.getExchanges().get(0).getMessage().getBody(WebhookEvent.class);
        assertThat(event.getUuid()).isEqualTo("u-1");
        assertThat(events.getExchanges().get(0).getMessage().getHeaders()).doesNotContainKey("X-Leak")
                .containsEntry(SonarConstants.PHONE_NUMBER, "+13105550001");
        HttpResponse<String> again = http.send(HttpRequest.newBuilder(URI.create(
                "http://127.0.0.1:" + port + "/sonar/webhook/customer_created?secret=bad"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).isEqualTo(401);
        HttpResponse<String> get = http.send(HttpRequest.newBuilder(URI.create(
                "http://127.0.0.1:" + port + "/sonar/webhook/customer_created?secret=s3cret")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(get.statusCode()).isEqualTo(405);
    }
}
