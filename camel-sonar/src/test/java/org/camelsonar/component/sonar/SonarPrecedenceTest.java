package org.camelsonar.component.sonar;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.apache.camel.Exchange;
import org.apache.camel.spi.Metadata;
import org.camelsonar.component.sonar.model.Customer;
import org.camelsonar.component.sonar.operation.SonarOperation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where each value comes from: a header beats a body field, which beats the endpoint option; and every input
 * header of {@link SonarConstants} really changes what goes on the wire.
 */
class SonarPrecedenceTest extends SonarTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HEADER_PHONE = "+13105550001";
    private static final String BODY_PHONE = "+13105550002";
    private static final String OPTION_PHONE = "+13105550003";
    private static final String SEND = "sonar:message/send?text=option text&phoneNumber=RAW(" + OPTION_PHONE + ")";

    @BeforeEach
    void answerEverything() {
        // one answer every operation can parse
        wireMock().stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withHeader("Content-Type",
                "application/json").withBody("{\"to\":\"+13105550000\",\"status\":\"queued\",\"success\":true,"
                                             + "\"phone_number\":\"+13105550000\"}")));
    }

    // ---------------------------------------------------------------- phone number

    @Test
    void phoneHeaderBeatsBodyFieldBeatsOption() {
        assertThat(sentBody(SEND, Map.of("to", BODY_PHONE), Map.of(SonarConstants.PHONE_NUMBER, HEADER_PHONE))
                .get("to").asText()).isEqualTo(HEADER_PHONE);
        assertThat(sentBody(SEND, Map.of("to", BODY_PHONE), Map.of()).get("to").asText()).isEqualTo(BODY_PHONE);
        assertThat(sentBody(SEND, null, Map.of()).get("to").asText()).isEqualTo(OPTION_PHONE);
    }

    @Test
    void phoneOfATypedCustomerBodyBeatsTheOptionButNotTheHeader() {
        String upsert = "sonar:customer/upsert?phoneNumber=RAW(" + OPTION_PHONE + ")&firstName=Option";
        Customer customer = new Customer(BODY_PHONE);
        customer.setFirstName("Body");

        JsonNode fromBody = sentBody(upsert, customer, Map.of());
        assertThat(fromBody.get("phone_number").asText()).isEqualTo(BODY_PHONE);
        assertThat(fromBody.get("first_name").asText()).isEqualTo("Body");

        JsonNode fromHeader = sentBody(upsert, customer, Map.of(SonarConstants.PHONE_NUMBER, HEADER_PHONE,
                SonarConstants.FIRST_NAME, "Header"));
        assertThat(fromHeader.get("phone_number").asText()).isEqualTo(HEADER_PHONE);
        assertThat(fromHeader.get("first_name").asText()).isEqualTo("Header");
    }

    // ---------------------------------------------------------------- text

    @Test
    void textHeaderBeatsStringBodyBeatsOption() {
        assertThat(sentBody(SEND, "body text", Map.of(SonarConstants.TEXT, "header text")).get("text").asText())
                .isEqualTo("header text");
        assertThat(sentBody(SEND, "body text", Map.of()).get("text").asText()).isEqualTo("body text");
        assertThat(sentBody(SEND, null, Map.of()).get("text").asText()).isEqualTo("option text");
        // a blank String body is no text: the option applies
        assertThat(sentBody(SEND, "   ", Map.of()).get("text").asText()).isEqualTo("option text");
    }

    @Test
    void aStringBodyIsTheTextOfMessageSend() {
        JsonNode body = sentBody("sonar:message/send", "Your order shipped",
                Map.of(SonarConstants.PHONE_NUMBER, HEADER_PHONE));
        assertThat(body.get("text").asText()).isEqualTo("Your order shipped");
        assertThat(fieldNames(body)).containsExactlyInAnyOrder("to", "text");
    }

    @Test
    void textOfAMapBodyBeatsTheOption() {
        assertThat(sentBody(SEND, Map.of("text", "map text"), Map.of()).get("text").asText()).isEqualTo("map text");
        assertThat(sentBody(SEND, Map.of("text", "map text"), Map.of(SonarConstants.TEXT, "header text"))
                .get("text").asText()).isEqualTo("header text");
    }

    // ---------------------------------------------------------------- properties

    @Test
    void propertiesHeaderBeatsBodyBeatsOptionAsAWhole() {
        String upsert = "sonar:customer/upsert?phoneNumber=RAW(" + OPTION_PHONE + ")&property.plan=option"
                        + "&property.source=option";
        Map<String, Object> body = Map.of("properties", Map.of("plan", "body"));

        assertThat(properties(sentBody(upsert, body, Map.of(SonarConstants.PROPERTIES, Map.of("plan", "header")))))
                .isEqualTo(Map.of("plan", "header"));
        assertThat(properties(sentBody(upsert, body, Map.of()))).isEqualTo(Map.of("plan", "body"));
        assertThat(properties(sentBody(upsert, null, Map.of())))
                .isEqualTo(Map.of("plan", "option", "source", "option"));
        Customer typed = new Customer(BODY_PHONE).withProperty("plan", "typed");
        assertThat(properties(sentBody(upsert, typed, Map.of()))).isEqualTo(Map.of("plan", "typed"));
    }

    // ---------------------------------------------------------------- tags

    @Test
    void tagsHeaderAsListOrStringBeatsBodyBeatsOption() {
        String send = SEND + "&tags=option1,option2";
        Map<String, Object> body = Map.of("tag_names", List.of("body1", "body2"));

        assertThat(tags(sentBody(send, body, Map.of(SonarConstants.TAGS, List.of("header1", "header2")))))
                .containsExactly("header1", "header2");
        assertThat(tags(sentBody(send, body, Map.of(SonarConstants.TAGS, "header1, header2 ,,"))))
                .containsExactly("header1", "header2");
        assertThat(tags(sentBody(send, body, Map.of(SonarConstants.TAGS, new String[] { "array1", "array2" }))))
                .containsExactly("array1", "array2");
        assertThat(tags(sentBody(send, body, Map.of()))).containsExactly("body1", "body2");
        assertThat(tags(sentBody(send, Map.of("tag_names", "body1,body2"), Map.of())))
                .containsExactly("body1", "body2");
        assertThat(tags(sentBody(send, null, Map.of()))).containsExactly("option1", "option2");
    }

    /**
     * BUG (SonarRequestFactory.resolve): a blank header or body value "counts as not set" (SonarValueKind), yet it
     * still stops the search, so the endpoint option is silently dropped instead of applying ("the first that is set
     * wins" is what resolve() documents). A route that sets CamelSonarText from an empty expression then fails with
     * "text or mediaUrl is required" although the endpoint has text=...
     */
    @Test
    void aBlankHeaderOrBodyValueCountsAsNotSetAndTheNextSourceApplies() {
        Map<String, Object> fellThrough = new LinkedHashMap<>();
        wireMock().resetRequests();
        Exchange blankText = call(SEND, null, Map.of(SonarConstants.TEXT, "  "));
        fellThrough.put("blank CamelSonarText header -> option text", blankText.getException() == null
                ? body(wireMock().getAllServeEvents().get(0).getRequest()).path("text").asText(null)
                : blankText.getException().getMessage());
        wireMock().resetRequests();
        Exchange emptyTags = call(SEND + "&tags=option1", null, Map.of(SonarConstants.TAGS, List.of()));
        fellThrough.put("empty CamelSonarTags list -> option tags", emptyTags.getException() == null
                ? body(wireMock().getAllServeEvents().get(0).getRequest()).path("tag_names").toString()
                : emptyTags.getException().getMessage());
        wireMock().resetRequests();
        Exchange blankBodyField = call(SEND, Map.of("text", ""), Map.of());
        fellThrough.put("blank body field 'text' -> option text", blankBodyField.getException() == null
                ? body(wireMock().getAllServeEvents().get(0).getRequest()).path("text").asText(null)
                : blankBodyField.getException().getMessage());

        assertThat(fellThrough).as("BUG: a blank value stops the header > body > option search")
                .containsExactly(Map.entry("blank CamelSonarText header -> option text", "option text"),
                        Map.entry("empty CamelSonarTags list -> option tags", "[\"option1\"]"),
                        Map.entry("blank body field 'text' -> option text", "option text"));
    }

    // ---------------------------------------------------------------- every input header takes effect

    private record HeaderCase(String header, String uri, Object value, Consumer<LoggedRequest> check) {
        @Override
        public String toString() {
            return header;
        }
    }

    static Stream<Arguments> headerCases() {
        String phoneOption = "phoneNumber=RAW(" + OPTION_PHONE + ")";
        OffsetDateTime sendAt = OffsetDateTime.of(2027, 3, 4, 5, 6, 7, 0, ZoneOffset.ofHours(2));
        return Stream.of(
                new HeaderCase(SonarConstants.PHONE_NUMBER, "sonar:customer/get?" + phoneOption, HEADER_PHONE,
                        r -> assertThat(r.getUrl()).isEqualTo("/api/v1/customers?phone_number=%2B13105550001")),
                new HeaderCase(SonarConstants.EMAIL, "sonar:customer/deleteProperty?email=option@example.com"
                                                     + "&propertyName=vip", "header@example.com",
                        r -> assertThat(field(r, "email")).isEqualTo("header@example.com")),
                new HeaderCase(SonarConstants.FIRST_NAME, "sonar:customer/upsert?" + phoneOption + "&firstName=Option",
                        "Header", r -> assertThat(field(r, "first_name")).isEqualTo("Header")),
                new HeaderCase(SonarConstants.LAST_NAME, "sonar:customer/upsert?" + phoneOption + "&lastName=Option",
                        "Header", r -> assertThat(field(r, "last_name")).isEqualTo("Header")),
                new HeaderCase(SonarConstants.PROPERTIES, "sonar:customer/upsert?" + phoneOption + "&property.plan=option",
                        Map.of("plan", "header", "visits", 4),
                        r -> assertThat(properties(body(r))).isEqualTo(Map.of("plan", "header", "visits", "4"))),
                new HeaderCase(SonarConstants.TEXT, "sonar:message/send?" + phoneOption + "&text=option", "header",
                        r -> assertThat(field(r, "text")).isEqualTo("header")),
                new HeaderCase(SonarConstants.MEDIA_URL, "sonar:message/send?" + phoneOption
                                                         + "&mediaUrl=https://option.example.com/o.png",
                        "https://header.example.com/h.png",
                        r -> assertThat(field(r, "media_url")).isEqualTo("https://header.example.com/h.png")),
                new HeaderCase(SonarConstants.TAGS, "sonar:message/send?" + phoneOption + "&text=t&tags=option",
                        List.of("header"), r -> assertThat(tags(body(r))).containsExactly("header")),
                new HeaderCase(SonarConstants.EXTERNAL_MESSAGE_ID, "sonar:message/appendTag?externalMessageId=option"
                                                                   + "&tagName=t", "header",
                        r -> assertThat(field(r, "external_id")).isEqualTo("header")),
                new HeaderCase(SonarConstants.TAG_NAME, "sonar:message/appendTag?externalMessageId=e&tagName=option",
                        "header", r -> assertThat(field(r, "tag_name")).isEqualTo("header")),
                new HeaderCase(SonarConstants.CAMPAIGN_ID, "sonar:campaign/send?" + phoneOption + "&campaignId=option",
                        "header", r -> assertThat(field(r, "campaign_id")).isEqualTo("header")),
                new HeaderCase(SonarConstants.SEND_AT, "sonar:campaign/send?" + phoneOption + "&campaignId=c"
                                                       + "&sendAt=2026-01-01T00:00:00Z", sendAt,
                        r -> assertThat(field(r, "send_at")).isEqualTo("2027-03-04T05:06:07+02:00")),
                new HeaderCase(SonarConstants.PROPERTY_NAME, "sonar:customer/deleteProperty?" + phoneOption
                                                             + "&propertyName=option", "header",
                        r -> assertThat(field(r, "property_name")).isEqualTo("header")),
                new HeaderCase(SonarConstants.CONVERSATION_ID, "sonar:conversation/get?conversationId=option", "header",
                        r -> assertThat(r.getUrl()).isEqualTo("/api/v1/conversations/header")),
                new HeaderCase(SonarConstants.PATH, "sonar:api/call?path=/v1/option", "/v1/header",
                        r -> assertThat(r.getUrl()).isEqualTo("/api/v1/header")),
                new HeaderCase(SonarConstants.HTTP_METHOD, "sonar:api/call?path=/v1/x&httpMethod=GET", "DELETE",
                        r -> assertThat(r.getMethod()).isEqualTo(RequestMethod.DELETE)),
                new HeaderCase(SonarConstants.QUERY, "sonar:api/call?path=/v1/x&query=RAW(who=option)", "who=header",
                        r -> assertThat(r.getUrl()).isEqualTo("/api/v1/x?who=header")),
                new HeaderCase(SonarConstants.HTTP_HEADERS, "sonar:api/call?path=/v1/x", Map.of("X-Extra", "header"),
                        r -> assertThat(r.getHeader("X-Extra")).isEqualTo("header")))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("headerCases")
    void everyInputHeaderOverridesTheOption(HeaderCase headerCase) {
        Exchange result = call(headerCase.uri(), null, Map.of(headerCase.header(), headerCase.value()));

        assertThat(result.getException()).isNull();
        assertThat(wireMock().getAllServeEvents()).hasSize(1);
        headerCase.check().accept(wireMock().getAllServeEvents().get(0).getRequest());
    }

    @Test
    void theHeaderCasesCoverEveryInputHeaderOfSonarConstants() throws Exception {
        Set<String> covered = headerCases().map(arguments -> ((HeaderCase) arguments.get()[0]).header())
                .collect(Collectors.toSet());
        Set<String> fieldHeaders = Arrays.stream(SonarOperation.Field.values()).map(SonarOperation.Field::header).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        assertThat(covered).isEqualTo(fieldHeaders);

        // every documented header is an input of some field, an answer header, or a consumer-only header
        Set<String> answers = Set.of(SonarConstants.RESPONSE_CODE, SonarConstants.REQUEST_ID,
                SonarConstants.MESSAGE_STATUS);
        for (Field field : SonarConstants.class.getFields()) {
            if (!Modifier.isStatic(field.getModifiers()) || field.getType() != String.class) {
                continue;
            }
            String header = (String) field.get(null);
            Metadata metadata = field.getAnnotation(Metadata.class);
            boolean consumerOnly = metadata != null && "consumer".equals(metadata.label());
            if (!answers.contains(header) && !consumerOnly) {
                assertThat(fieldHeaders).as("SonarConstants.%s is documented as an input but no field reads it",
                        field.getName()).contains(header);
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    private Exchange call(String uri, Object body, Map<String, Object> headers) {
        return template.request(uri, exchange -> {
            exchange.getMessage().setBody(body);
            headers.forEach(exchange.getMessage()::setHeader);
        });
    }

    /** Calls and returns the JSON body of the one request made. */
    private JsonNode sentBody(String uri, Object body, Map<String, Object> headers) {
        wireMock().resetRequests();
        Exchange result = call(uri, body, headers);
        assertThat(result.getException()).isNull();
        assertThat(wireMock().getAllServeEvents()).hasSize(1);
        return body(wireMock().getAllServeEvents().get(0).getRequest());
    }

    private static JsonNode body(LoggedRequest request) {
        try {
            return JSON.readTree(request.getBodyAsString());
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + request.getBodyAsString(), e);
        }
    }

    private static String field(LoggedRequest request, String name) {
        JsonNode value = body(request).get(name);
        return value == null ? null : value.asText();
    }

    private static Map<String, Object> properties(JsonNode body) {
        Map<String, Object> properties = new LinkedHashMap<>();
        body.get("properties").fields().forEachRemaining(e -> properties.put(e.getKey(), e.getValue().asText()));
        return properties;
    }

    private static List<String> tags(JsonNode body) {
        return JSON.convertValue(body.get("tag_names"), JSON.getTypeFactory().constructCollectionType(List.class,
                String.class));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
