package org.camelsonar.component.sonar.webhook;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.client.WireMock;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.logging.log4j.Level;
import org.camelsonar.component.sonar.SonarConstants;
import org.camelsonar.component.sonar.model.WebhookEvent;
import org.camelsonar.testsupport.LogCapture;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** What each delivery is answered, and what the route sees of it. */
class SonarWebhookDeliveryTest extends SonarWebhookTestSupport {

    private static final String SECRET = "d3l1very-s3cret";
    private static final String CREATED = "/sonar/webhook/customer_created?secret=" + SECRET;

    private MockEndpoint events() {
        return context.getEndpoint("mock:events", MockEndpoint.class);
    }

    /** customer_created, auto-registration off, the fixed secret, into mock:events. */
    private void consumeCustomerCreated(String extraOptions) throws Exception {
        addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("sonar:webhook/customer_created?webhookAutoRegister=false&webhookSecret=" + SECRET + extraOptions)
                        .routeId("created").to("mock:events");
            }
        });
    }

    @Test
    void missingOrWrongSecretIs401AndNeverReachesTheRoute() throws Exception {
        consumeCustomerCreated("");
        String body = event("customer_created", "a-1");

        List<String> refused = List.of("/sonar/webhook/customer_created",
                "/sonar/webhook/customer_created?secret=",
                "/sonar/webhook/customer_created?secret=wrong",
                "/sonar/webhook/customer_created?secret=" + SECRET.toUpperCase(),
                "/sonar/webhook/customer_created?secret=" + SECRET + "x",
                "/sonar/webhook/customer_created?secret=" + SECRET.substring(1),
                "/sonar/webhook/customer_created?token=" + SECRET);
        for (String target : refused) {
            HttpResponse<String> response = post(target, body);
            assertThat(response.statusCode()).as(target).isEqualTo(401);
            assertThat(response.body()).doesNotContain(SECRET);
        }
        assertThat(events().getReceivedCounter()).isZero();

        assertThat(post(CREATED, body).statusCode()).isEqualTo(200);
        assertThat(events().getReceivedCounter()).isEqualTo(1);
    }

    @Test
    void onlyPostIsAccepted() throws Exception {
        consumeCustomerCreated("");

        for (String method : List.of("GET", "PUT", "DELETE", "PATCH")) {
            HttpResponse<String> response = send(method, CREATED,
                    method.equals("GET") || method.equals("DELETE") ? null : event("customer_created", "m-" + method));
            assertThat(response.statusCode()).as(method).isEqualTo(405);
            assertThat(response.headers().firstValue("Allow")).as(method).hasValue("POST");
        }
        assertThat(events().getReceivedCounter()).isZero();
    }

    @Test
    void malformedOrNonObjectJsonIs400() throws Exception {
        consumeCustomerCreated("");

        for (String body : List.of("{\"action\":\"customer_created\",", "not json", "[{\"uuid\":\"x\"}]", "\"text\"",
                "42", "null", "")) {
            assertThat(post(CREATED, body).statusCode()).as("body <%s>", body).isEqualTo(400);
        }
        assertThat(events().getReceivedCounter()).isZero();
    }

    @Test
    void bodyOverWebhookMaxBodySizeIs413() throws Exception {
        consumeCustomerCreated("&webhookMaxBodySize=1024");

        String padding = "x".repeat(1100);
        String tooLarge = "{\"action\":\"customer_created\",\"uuid\":\"big-1\",\"note\":\"" + padding + "\"}";
        assertThat(post(CREATED, tooLarge).statusCode()).isEqualTo(413);

        String fits = "{\"action\":\"customer_created\",\"uuid\":\"big-2\",\"note\":\"" + "x".repeat(900) + "\"}";
        assertThat(fits.length()).isLessThanOrEqualTo(1024);
        assertThat(post(CREATED, fits).statusCode()).isEqualTo(200);
        assertThat(events().getReceivedCounter()).isEqualTo(1);
    }

    @Test
    void typedBodyAndHeaders() throws Exception {
        addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("sonar:webhook/new_assigned_message?webhookAutoRegister=false&webhookSecret=" + SECRET)
                        .to("mock:events");
            }
        });

        HttpResponse<String> response = post("/sonar/webhook/new_assigned_message?secret=" + SECRET,
                resource("new_assigned_message.json"));

        assertThat(response.statusCode()).isEqualTo(200);
        Message message = events().getExchanges().get(0).getMessage();
        WebhookEvent event = message.getBody(WebhookEvent.class);
        assertThat(message.getBody()).isInstanceOf(WebhookEvent.class);
        assertThat(event.getAction()).isEqualTo("new_assigned_message");
        assertThat(event.getUuid()).isEqualTo("6b1f9d2e-0c4a-4b8e-9a57-3d2f1e0c9b71");
        assertThat(event.getMessageId()).isEqualTo("0a9c8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d");
        assertThat(event.getExternalId()).isEqualTo("ZXh0LW1zZy0xMjM0NQ==");
        assertThat(event.getConversationId()).isEqualTo("conv-778");
        assertThat(event.getText()).isEqualTo("Is my order ready?");
        assertThat(event.getCustomer().getFirstName()).isEqualTo("Ann");
        assertThat(event.getCustomer().getLastName()).isEqualTo("Lee");
        assertThat(event.getCustomer().getPhoneNumber()).isEqualTo("+13105550001");
        assertThat(event.getUser().getFirstName()).isEqualTo("Bob");
        assertThat(event.getUser().getLastName()).isEqualTo("Smith");
        assertThat(event.getUser().getEmail()).isEqualTo("bob@example.com");
        assertThat(event.getOther()).containsEntry("from_name", "Ann Lee").containsEntry("to_name", "Acme Support")
                .containsEntry("link", "https://sendsonar.com/threads/778").containsKey("attachments")
                .doesNotContainKeys("action", "uuid", "message_id", "external_id", "conversation_id", "text",
                        "customer", "user");
        assertThat((List<?>) event.getOther().get("attachments")).hasSize(1);

        assertThat(message.getHeaders()).containsOnly(
                Map.entry(SonarConstants.EVENT_TYPE, "new_assigned_message"),
                Map.entry(SonarConstants.EVENT_ID, "6b1f9d2e-0c4a-4b8e-9a57-3d2f1e0c9b71"),
                Map.entry(SonarConstants.PHONE_NUMBER, "+13105550001"),
                Map.entry(SonarConstants.EXTERNAL_MESSAGE_ID, "ZXh0LW1zZy0xMjM0NQ=="),
                Map.entry(SonarConstants.CONVERSATION_ID, "conv-778"));
    }

    @Test
    void noInboundHttpHeaderReachesTheRouteAndTheSecretIsNotEchoed() throws Exception {
        consumeCustomerCreated("");

        HttpResponse<String> response = post(CREATED + "&utm=ad", event("customer_created", "h-1"),
                "X-Foo", "bar", "Cookie", "session=abc", "Authorization", "Basic dXNlcjpwYXNz",
                "secret", SECRET, "CamelSonarEventType", "forged", "CamelSonarPhoneNumber", "+19995550000",
                "CamelHttpResponseCode", "299");

        assertThat(response.statusCode()).isEqualTo(200);
        Exchange exchange = events().getExchanges().get(0);
        Map<String, Object> headers = exchange.getMessage().getHeaders();
        assertThat(headers.keySet()).allSatisfy(name -> assertThat(name).startsWith("CamelSonar"))
                .doesNotContain("X-Foo", "Cookie", "Authorization", "secret", "utm", Exchange.HTTP_QUERY,
                        Exchange.HTTP_URI, Exchange.HTTP_METHOD, Exchange.CONTENT_TYPE, "User-Agent", "Host");
        assertThat(headers).containsEntry(SonarConstants.EVENT_TYPE, "customer_created")
                .containsEntry(SonarConstants.PHONE_NUMBER, "+13105550001");
        assertThat(headers.values()).doesNotContain(SECRET);
        assertThat(exchange.getAllProperties().values()).doesNotContain(SECRET);

        response.headers().map().forEach((name, values) -> {
            assertThat(name).doesNotContainIgnoringCase("secret").isNotEqualToIgnoringCase("X-Foo");
            assertThat(values).allSatisfy(value -> assertThat(value).doesNotContain(SECRET));
        });
        assertThat(response.body()).doesNotContain(SECRET);
    }

    @Test
    void eventTypeFallsBackToTheEndpointsEventAndPhoneToTheTopLevelField() throws Exception {
        addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("sonar:webhook/customer_subscribed?webhookAutoRegister=false&webhookSecret=" + SECRET)
                        .to("mock:events");
            }
        });

        assertThat(post("/sonar/webhook/customer_subscribed?secret=" + SECRET,
                "{\"phone_number\":\"+13105550002\",\"subscribed\":true}").statusCode()).isEqualTo(200);

        Message message = events().getExchanges().get(0).getMessage();
        assertThat(message.getHeaders()).containsOnly(
                Map.entry(SonarConstants.EVENT_TYPE, "customer_subscribed"),
                Map.entry(SonarConstants.PHONE_NUMBER, "+13105550002"));
        assertThat(message.getBody(WebhookEvent.class).getOther()).containsEntry("subscribed", true);
    }

    @Test
    void differentActionIsAcceptedAndWarnedOnce() throws Exception {
        consumeCustomerCreated("");

        try (LogCapture log = LogCapture.of(Level.WARN, "org.camelsonar")) {
            assertThat(post(CREATED, event("customer_subscribed", "d-1")).statusCode()).isEqualTo(200);
            assertThat(post(CREATED, event("customer_subscribed", "d-2")).statusCode()).isEqualTo(200);
            assertThat(post(CREATED, event("customer_created", "d-3")).statusCode()).isEqualTo(200);

            assertThat(log.warningsContaining("customer_subscribed")).hasSize(1);
        }
        assertThat(events().getExchanges()).extracting(e -> e.getMessage().getHeader(SonarConstants.EVENT_TYPE))
                .containsExactly("customer_subscribed", "customer_subscribed", "customer_created");
    }

    @Test
    void noSecretWithAutoRegisterOffLogsASecurityWarning() throws Exception {
        try (LogCapture log = LogCapture.of(Level.WARN, "org.camelsonar")) {
            addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("sonar:webhook/customer_created?webhookAutoRegister=false").to("mock:events");
                }
            });
            assertThat(log.warningsContaining("SECURITY")).singleElement().asString()
                    .contains("customer_created").contains("webhookSecret");
        }
        assertThat(post("/sonar/webhook/customer_created", event("customer_created", "open-1")).statusCode())
                .isEqualTo(200);
        assertThat(events().getReceivedCounter()).isEqualTo(1);
    }

    @Test
    void routeFailureIs500AfterTheRoutesErrorHandlerRan() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        AtomicInteger errorHandlerRuns = new AtomicInteger();
        addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                onException(IllegalStateException.class).maximumRedeliveries(2).redeliveryDelay(0)
                        .process(exchange -> errorHandlerRuns.incrementAndGet());
                from("sonar:webhook/customer_created?webhookAutoRegister=false&webhookSecret=" + SECRET)
                        .process(exchange -> {
                            attempts.incrementAndGet();
                            throw new IllegalStateException("CRM down");
                        });
            }
        });

        HttpResponse<String> response = post(CREATED, event("customer_created", "e-1"));

        assertThat(response.statusCode()).isBetween(500, 599);
        // already when Sonar gets its answer
        assertThat(attempts).hasValue(3);
        assertThat(errorHandlerRuns).hasValue(1);
        assertThat(response.body()).doesNotContain("IllegalStateException").doesNotContain("CRM down");
    }

    @Test
    void failureHandledByTheErrorHandlerIs200() throws Exception {
        AtomicInteger errorHandlerRuns = new AtomicInteger();
        addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                onException(IllegalStateException.class).handled(true)
                        .process(exchange -> errorHandlerRuns.incrementAndGet());
                from("sonar:webhook/customer_created?webhookAutoRegister=false&webhookSecret=" + SECRET)
                        .process(exchange -> {
                            throw new IllegalStateException("ignored on purpose");
                        });
            }
        });

        assertThat(post(CREATED, event("customer_created", "e-2")).statusCode()).isEqualTo(200);
        assertThat(errorHandlerRuns).hasValue(1);
        // handled means done: the same event is not run again
        assertThat(post(CREATED, event("customer_created", "e-2")).statusCode()).isEqualTo(200);
        assertThat(errorHandlerRuns).hasValue(1);
    }

    @Test
    void welcomeMessageChainEndToEnd() throws Exception {
        wireMock().stubFor(WireMock.post(urlEqualTo("/api/v1/messages")).willReturn(aResponse().withStatus(202)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"to\":\"+13105550001\",\"text\":\"Welcome!\",\"status\":\"queued\"}")));
        addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("sonar:webhook/customer_created?webhookAutoRegister=false&webhookSecret=" + SECRET)
                        .setBody(constant("Welcome!"))
                        .to("sonar:message/send");
            }
        });

        HttpResponse<String> response = post(CREATED, resource("customer_created.json"));

        assertThat(response.statusCode()).isEqualTo(200);
        wireMock().verify(1, postRequestedFor(urlEqualTo("/api/v1/messages"))
                .withHeader("X-Token", equalTo(TOKEN))
                .withRequestBody(equalToJson("{\"to\":\"+13105550001\",\"text\":\"Welcome!\"}")));
        assertThat(sonarCallLines()).containsExactly("POST /api/v1/messages");
    }

    @Test
    void welcomeChainAnswers5xxWhenSonarRefusesTheSend() throws Exception {
        wireMock().stubFor(WireMock.post(urlEqualTo("/api/v1/messages")).willReturn(aResponse().withStatus(503)
                .withHeader("Content-Type", "application/json").withBody("{\"error\":\"Maintenance\"}")));
        addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("sonar:webhook/customer_created?webhookAutoRegister=false&webhookSecret=" + SECRET)
                        .setBody(constant("Welcome!"))
                        .to("sonar:message/send");
            }
        });

        assertThat(post(CREATED, resource("customer_created.json")).statusCode()).isBetween(500, 599);
    }

    /** A malformed query (not valid percent-encoding) is a wrong secret: a 4xx, not a server error. */
    @Test
    void malformedSecretEncodingIsRefusedWith4xx() throws Exception {
        consumeCustomerCreated("");

        for (String query : List.of("secret=%zz", "secret=%", "secret=" + SECRET + "%E0%A4%A")) {
            int status = rawPost("/sonar/webhook/customer_created?" + query, event("customer_created", "raw-1"));
            assertThat(status).as("POST ?%s", query).isBetween(400, 499);
        }
        assertThat(events().getReceivedCounter()).isZero();
    }

    @Test
    void nonAsciiTextSurvives() throws Exception {
        consumeCustomerCreated("");
        String text = "Caf\u00e9 \u2615 \ud83d\udc4d \u4f60\u597d";

        assertThat(post(CREATED, "{\"action\":\"customer_created\",\"uuid\":\"utf-1\",\"text\":\"" + text + "\"}")
                .statusCode()).isEqualTo(200);

        assertThat(events().getExchanges().get(0).getMessage().getBody(WebhookEvent.class).getText()).isEqualTo(text);
    }

    /** Sends what java.net.http refuses to: a request line as given. Returns the status code. */
    private int rawPost(String target, String body) throws Exception {
        byte[] payload = body.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
                       + "\r\nContent-Type: application/json\r\nContent-Length: " + payload.length
                       + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(payload);
            out.flush();
            String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
            assertThat(statusLine).startsWith("HTTP/1.1 ");
            return Integer.parseInt(statusLine.substring(9, 12));
        }
    }
}
