package org.camelsonar.component.sonar.webhook;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.assertj.core.api.SoftAssertions;
import org.camelsonar.component.sonar.SonarConstants;
import org.camelsonar.component.sonar.model.Customer;
import org.camelsonar.component.sonar.model.WebhookEvent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sonar documents its payloads only by example, and a refused delivery is retried four times and then lost. Every
 * JSON object that passes the secret check must reach the route, whatever the shape of its values: the typed
 * getters give what fits, {@link WebhookEvent#getJson()} the delivery unchanged, and nothing is dropped.
 */
class SonarWebhookPayloadShapesTest extends SonarWebhookTestSupport {

    private static final String SECRET = "sh4pes-s3cret";
    private static final String PATH = "/sonar/webhook/customer_created?secret=" + SECRET;
    private static final int MAX_BODY = 64 * 1024;

    /** One delivery of an unusual shape, and what the route must find in it. */
    private record Shape(String name, String json, Consumer<Message> check) {
    }

    private MockEndpoint events() {
        return context.getEndpoint("mock:events", MockEndpoint.class);
    }

    private void consume() throws Exception {
        addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("sonar:webhook/customer_created?webhookAutoRegister=false&webhookMaxBodySize=" + MAX_BODY
                     + "&webhookSecret=" + SECRET).to("mock:events");
            }
        });
    }

    private static WebhookEvent event(Message message) {
        return message.getBody(WebhookEvent.class);
    }

    static List<Shape> shapes() {
        List<Shape> shapes = new ArrayList<>();
        shapes.add(new Shape("an object inside customer.properties",
                "{\"action\":\"customer_created\",\"uuid\":\"s-1\",\"customer\":{\"phone_number\":\"+13105550001\","
                + "\"properties\":{\"plan\":\"gold\",\"address\":{\"city\":\"Austin\",\"zip\":\"78701\"}}}}",
                message -> {
                    Customer customer = event(message).getCustomer();
                    assertThat(customer.getPhoneNumber()).isEqualTo("+13105550001");
                    assertThat(customer.getProperties()).containsEntry("plan", "gold");
                    assertThat(customer.getProperties().get("address")).isEqualTo("{\"city\":\"Austin\",\"zip\":\"78701\"}");
                    assertThat(message.getHeader(SonarConstants.PHONE_NUMBER)).isEqualTo("+13105550001");
                }));
        shapes.add(new Shape("an array inside customer.properties",
                "{\"action\":\"customer_created\",\"uuid\":\"s-2\",\"customer\":{\"phone_number\":\"+13105550002\","
                + "\"properties\":{\"tags\":[\"vip\",\"beta\"],\"visits\":3,\"vip\":true,\"note\":null}}}",
                message -> assertThat(event(message).getCustomer().getProperties())
                        .containsEntry("tags", "[\"vip\",\"beta\"]").containsEntry("visits", "3")
                        .containsEntry("vip", "true").containsEntry("note", null)));
        shapes.add(new Shape("customer as a string",
                "{\"action\":\"customer_created\",\"uuid\":\"s-3\",\"customer\":\"+13105550003\","
                + "\"phone_number\":\"+13105550003\"}",
                message -> {
                    assertThat(event(message).getCustomer()).isNull();
                    assertThat(event(message).getOther()).containsEntry("customer", "+13105550003");
                    assertThat(message.getHeader(SonarConstants.PHONE_NUMBER)).isEqualTo("+13105550003");
                }));
        shapes.add(new Shape("customer as an array",
                "{\"action\":\"customer_created\",\"uuid\":\"s-4\",\"customer\":[{\"phone_number\":\"+13105550004\"},"
                + "{\"phone_number\":\"+13105550005\"}]}",
                message -> {
                    assertThat(event(message).getCustomer()).isNull();
                    assertThat((List<?>) event(message).getOther().get("customer")).hasSize(2);
                }));
        shapes.add(new Shape("user as an array",
                "{\"action\":\"customer_created\",\"uuid\":\"s-5\",\"user\":[{\"email\":\"a@example.com\"},"
                + "{\"email\":\"b@example.com\"}],\"customer\":{\"first_name\":\"Ann\"}}",
                message -> {
                    assertThat(event(message).getUser()).isNull();
                    assertThat((List<?>) event(message).getOther().get("user")).hasSize(2);
                    assertThat(event(message).getCustomer().getFirstName()).isEqualTo("Ann");
                }));
        shapes.add(new Shape("user as a number",
                "{\"action\":\"customer_created\",\"uuid\":\"s-6\",\"user\":42}",
                message -> {
                    assertThat(event(message).getUser()).isNull();
                    assertThat(event(message).getOther()).containsEntry("user", 42);
                }));
        shapes.add(new Shape("nulls everywhere",
                "{\"action\":null,\"uuid\":null,\"text\":null,\"customer\":null,\"user\":null,\"link\":null}",
                message -> {
                    WebhookEvent event = event(message);
                    assertThat(event.getCustomer()).isNull();
                    assertThat(event.getText()).isNull();
                    assertThat(event.getOther()).containsEntry("link", null);
                    assertThat(message.getHeader(SonarConstants.EVENT_TYPE)).isEqualTo("customer_created");
                }));
        shapes.add(new Shape("numbers as strings and strings as numbers",
                "{\"action\":\"customer_created\",\"uuid\":\"s-8\",\"message_id\":987654,\"text\":12.5,"
                + "\"conversation_id\":778,\"customer\":{\"phone_number\":13105550008,\"subscribed\":\"true\","
                + "\"id\":55}}",
                message -> {
                    WebhookEvent event = event(message);
                    assertThat(event.getMessageId()).isEqualTo("987654");
                    assertThat(event.getText()).isEqualTo("12.5");
                    assertThat(event.getConversationId()).isEqualTo("778");
                    assertThat(event.getCustomer().getPhoneNumber()).isEqualTo("13105550008");
                    assertThat(event.getCustomer().getSubscribed()).isTrue();
                    assertThat(event.getCustomer().getId()).isEqualTo("55");
                    assertThat(message.getHeader(SonarConstants.CONVERSATION_ID)).isEqualTo("778");
                }));
        shapes.add(new Shape("a value that fits no type: subscribed is \"maybe\", first_name an object",
                "{\"action\":\"customer_created\",\"uuid\":\"s-9\",\"customer\":{\"phone_number\":\"+13105550009\","
                + "\"subscribed\":\"maybe\",\"first_name\":{\"given\":\"Ann\"}}}",
                message -> {
                    Customer customer = event(message).getCustomer();
                    assertThat(customer.getPhoneNumber()).isEqualTo("+13105550009");
                    assertThat(customer.getSubscribed()).isNull();
                    assertThat(customer.getFirstName()).isNull();
                    assertThat(customer.getOther()).containsEntry("subscribed", "maybe")
                            .containsEntry("first_name", Map.of("given", "Ann"));
                }));
        shapes.add(new Shape("a numeric uuid",
                "{\"action\":\"customer_created\",\"uuid\":1234567890123,\"customer\":{\"phone_number\":\"+13105550010\"}}",
                message -> {
                    assertThat(event(message).getUuid()).isEqualTo("1234567890123");
                    assertThat(message.getHeader(SonarConstants.EVENT_ID)).isEqualTo("1234567890123");
                }));
        shapes.add(new Shape("no action",
                "{\"uuid\":\"s-11\",\"customer\":{\"phone_number\":\"+13105550011\"}}",
                message -> {
                    assertThat(event(message).getAction()).isNull();
                    assertThat(message.getHeader(SonarConstants.EVENT_TYPE)).isEqualTo("customer_created");
                }));
        shapes.add(new Shape("unknown top-level objects and arrays",
                "{\"action\":\"customer_created\",\"uuid\":\"s-12\",\"conversation\":{\"id\":\"c-1\",\"state\":\"open\","
                + "\"messages\":[{\"text\":\"hi\"}]},\"meta\":{\"retries\":[1,2],\"nested\":{\"deep\":{\"x\":true}}}}",
                message -> {
                    Map<String, Object> other = event(message).getOther();
                    assertThat(other).containsKeys("conversation", "meta");
                    assertThat(other.get("meta")).isEqualTo(Map.of("retries", List.of(1, 2),
                            "nested", Map.of("deep", Map.of("x", true))));
                }));
        shapes.add(new Shape("unknown fields inside customer and user",
                "{\"action\":\"customer_created\",\"uuid\":\"s-13\",\"customer\":{\"phone_number\":\"+13105550013\","
                + "\"loyalty\":{\"tier\":\"gold\",\"points\":1200},\"channels\":[\"sms\"]},"
                + "\"user\":{\"email\":\"bob@example.com\",\"role\":\"admin\"}}",
                message -> {
                    WebhookEvent event = event(message);
                    assertThat(event.getCustomer().getOther()).containsEntry("loyalty",
                            Map.of("tier", "gold", "points", 1200)).containsEntry("channels", List.of("sms"));
                    assertThat(event.getUser().getEmail()).isEqualTo("bob@example.com");
                    assertThat(event.getUser().getOther()).containsEntry("role", "admin");
                }));
        String text = "Caf\u00e9 \u2615 \ud83d\udc4d\ud83c\udffd \u4f60\u597d \u0645\u0631\u062d\u0628\u0627 \u00e9\u0301";
        shapes.add(new Shape("emoji and other non-ASCII text, in values and in names",
                "{\"action\":\"customer_created\",\"uuid\":\"s-14\",\"text\":\"" + text + "\",\"customer\":{"
                + "\"first_name\":\"Zo\u00eb \ud83c\udf38\",\"properties\":{\"\u00e9tage\":\"3\u00e8me\"}},"
                + "\"\ud83d\ude00\":\"smile\"}",
                message -> {
                    WebhookEvent event = event(message);
                    assertThat(event.getText()).isEqualTo(text);
                    assertThat(event.getCustomer().getFirstName()).isEqualTo("Zo\u00eb \ud83c\udf38");
                    assertThat(event.getCustomer().getProperties()).containsEntry("\u00e9tage", "3\u00e8me");
                    assertThat(event.getOther()).containsEntry("\ud83d\ude00", "smile");
                }));
        shapes.add(new Shape("an empty object", "{}", message -> {
            assertThat(event(message).getUuid()).isNull();
            assertThat(message.getHeader(SonarConstants.EVENT_TYPE)).isEqualTo("customer_created");
        }));
        shapes.add(new Shape("a list where a single value is expected, and deeply nested arrays",
                "{\"action\":[\"customer_created\"],\"uuid\":\"s-16\",\"text\":[\"a\",\"b\"],"
                + "\"matrix\":[[1,[2,[3,[4]]]],{\"k\":[]}]}",
                message -> {
                    assertThat(event(message).getText()).isNull();
                    assertThat(event(message).getOther()).containsEntry("text", List.of("a", "b"))
                            .containsKey("matrix");
                }));
        return shapes;
    }

    @Test
    void everyJsonObjectReachesTheRouteWithItsJsonUnchanged() throws Exception {
        consume();
        List<Shape> shapes = shapes();
        SoftAssertions softly = new SoftAssertions();
        for (Shape shape : shapes) {
            events().reset();
            HttpResponse<String> response = post(PATH, shape.json());
            if (response.statusCode() != 200) {
                softly.fail("%s: answered %d %s", shape.name(), response.statusCode(), response.body());
                continue;
            }
            Message message = events().getExchanges().get(0).getMessage();
            softly.assertThat(event(message).getJson()).as(shape.name() + ": getJson()")
                    .isEqualTo(JSON.readTree(shape.json()));
            softly.check(() -> shape.check().accept(message));
        }
        softly.assertAll();
    }

    @Test
    void aTextNearWebhookMaxBodySizeArrivesIntact() throws Exception {
        consume();
        String head = "{\"action\":\"customer_created\",\"uuid\":\"big-1\",\"text\":\"";
        String tail = "\"}";
        // four-byte emoji and two-byte letters, so that the limit is counted in bytes, not characters
        StringBuilder text = new StringBuilder();
        String unit = "\ud83d\udc4d\u00e9a";
        int unitBytes = unit.getBytes(StandardCharsets.UTF_8).length;
        int room = MAX_BODY - head.length() - tail.length() - 8;
        for (int used = 0; used + unitBytes <= room; used += unitBytes) {
            text.append(unit);
        }
        String body = head + text + tail;
        int bytes = body.getBytes(StandardCharsets.UTF_8).length;
        assertThat(bytes).isBetween(MAX_BODY - 16, MAX_BODY);

        assertThat(post(PATH, body).statusCode()).isEqualTo(200);

        WebhookEvent event = events().getExchanges().get(0).getMessage().getBody(WebhookEvent.class);
        assertThat(event.getText()).isEqualTo(text.toString());
        assertThat(event.getJson().get("text").asText()).isEqualTo(text.toString());
        // one emoji more and it no longer fits
        assertThat(post(PATH, head + text + "\ud83d\udc4d\ud83d\udc4d\ud83d\udc4d" + tail).statusCode()).isEqualTo(413);
    }

    @Test
    void aNumericUuidIsDeduplicated() throws Exception {
        consume();
        String numeric = "{\"action\":\"customer_created\",\"uuid\":4242,\"customer\":{\"phone_number\":\"+13105550042\"}}";

        assertThat(post(PATH, numeric).statusCode()).isEqualTo(200);
        HttpResponse<String> again = post(PATH, numeric);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).isEqualTo("Already processed");
        // the same event with its uuid written as a string is the same event
        assertThat(post(PATH, numeric.replace("4242", "\"4242\"")).body()).isEqualTo("Already processed");

        assertThat(events().getReceivedCounter()).isEqualTo(1);
    }

    @Test
    void onlyABodyThatIsNotAJsonObjectIsRefused() throws Exception {
        consume();
        for (String body : List.of("[{\"uuid\":\"x\"}]", "\"text\"", "42", "true", "null", "", "{\"a\":", "{a:1}")) {
            assertThat(post(PATH, body).statusCode()).as("body <%s>", body).isEqualTo(400);
        }
        assertThat(events().getReceivedCounter()).isZero();
    }

    @Test
    void theTypedEventSerialisesBackToTheSameFields() throws Exception {
        consume();
        String odd = "{\"action\":\"customer_created\",\"uuid\":\"rt-1\",\"user\":[1,2],"
                     + "\"customer\":{\"phone_number\":\"+13105550077\",\"subscribed\":\"maybe\",\"x\":{\"y\":1}},"
                     + "\"extra\":{\"k\":\"v\"}}";

        assertThat(post(PATH, odd).statusCode()).isEqualTo(200);

        WebhookEvent event = events().getExchanges().get(0).getMessage().getBody(WebhookEvent.class);
        JsonNode written = JSON.readTree(org.camelsonar.component.sonar.client.SonarJson.mapper()
                .writeValueAsString(event));
        assertThat(written).isEqualTo(JSON.readTree(odd));
    }
}
