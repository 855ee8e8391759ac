package org.camelsonar.component.sonar;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.util.URISupport;
import org.apache.logging.log4j.Level;
import org.camelsonar.component.sonar.error.SonarAuthenticationException;
import org.camelsonar.component.sonar.error.SonarServerException;
import org.camelsonar.component.sonar.error.SonarValidationException;
import org.camelsonar.testsupport.LogCapture;
import org.camelsonar.testsupport.RefusedPort;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The token and the publishable key appear nowhere a user or an operator reads: no log line of Camel, of the
 * component or of its HTTP client at any level, no exception message, no toString, no URI Camel reports.
 */
class SonarSecretsTest extends SonarTestSupport {

    private static final String URI_TOKEN = "uritok-9b8a7c6d5e4f3a2b1c0d9e8f";
    private static final String URI_KEY = "urikey-1a2b3c4d-5e6f-7a8b-9c0d";
    private static final List<String> SECRETS = List.of(TOKEN, PUBLISHABLE_KEY, URI_TOKEN, URI_KEY);
    /** A line of HttpClient's hex dump: connection id, direction, then 16 bytes as ASCII (and then as hex). */
    private static final Pattern WIRE_DUMP = Pattern.compile("(c-\\d+)\\S* (>>|<<) (.{1,16})");

    private LogCapture capture;
    private final List<Exception> failures = new ArrayList<>();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // through routes, so that Camel's error handler logs every failure with its message history
                from("direct:call").toD("${header.sonarTestUri}");
            }
        };
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.setMessageHistory(true);
        return context;
    }

    @AfterEach
    void stopCapturing() {
        if (capture != null) {
            capture.close();
            capture = null;
        }
    }

    // ---------------------------------------------------------------- credentials on the component

    @Test
    void credentialsAppearInNoCamelOrSonarLogLineEvenAtTrace() throws Exception {
        startCapturing("org.apache.camel", "org.camelsonar");

        runEveryOperationAndFailure("direct:call");

        assertThat(logLines()).as("captured log lines").isNotEmpty();
        assertThat(logLines()).anyMatch(line -> line.contains("Calling Sonar"));
        assertNoSecretIn("log lines", logLines());
        assertNoSecretInFailures();
        for (Endpoint endpoint : context.getEndpoints()) {
            if (endpoint instanceof SonarEndpoint sonar) {
                assertNoSecretIn("endpoint.toString()", List.of(sonar.toString(), sonar.getEndpointUri(),
                        sonar.getEndpointKey(), sonar.getConfiguration().toString(),
                        String.valueOf(sonar.getServiceUrl())));
            }
        }
        SonarComponent component = context.getComponent("sonar", SonarComponent.class);
        assertThat(component.getConfiguration().toString()).contains("token=***").contains("publishableKey=***");
        assertNoSecretIn("configuration.toString()", List.of(component.getConfiguration().toString()));
    }

    /**
     * Apache HttpClient 5 logs every request header on logger org.apache.hc.client5.http.headers at DEBUG
     * ("c-0000000003 >> X-Token: tok-...") and dumps the bytes on ...wire, with no way to mask one header. The
     * component warns (SECURITY) when a client is created while those loggers are on; the docs say to keep them off.
     */
    @Test
    void httpClientHeaderLoggingIsFlaggedBecauseItCannotBeMasked() throws Exception {
        // Apache HttpClient's header and wire loggers print every request header and cannot mask one. The
        // component cannot silence them, so it warns once per client; at INFO (the default) nothing leaks.
        startCapturing(Level.INFO, "org.apache.hc");
        runEveryOperationAndFailure("direct:call");
        assertThat(leaksByLogger(logLines())).as("HttpClient at INFO").isEmpty();
        stopCapturing();

        // other transport settings make a new client, which checks the loggers when it is created
        startCapturing(Level.DEBUG, "org.apache.hc", "org.camelsonar");
        template.request("direct:call", exchange -> exchange.getMessage().setHeader("sonarTestUri",
                "sonar:customer/get?phoneNumber=RAW(+13105551234)&responseTimeout=4321"));
        assertThat(logLines()).filteredOn(line -> line.contains("SECURITY"))
                .anySatisfy(line -> assertThat(line).contains("org.apache.hc.client5.http.headers"))
                .allSatisfy(line -> SECRETS.forEach(secret -> assertThat(line).doesNotContain(secret)));
    }

    // ---------------------------------------------------------------- credentials as URI options

    @Test
    void aTokenGivenAsUriOptionIsMaskedInEveryUriCamelReportsAndInNoFailure() throws Exception {
        addRoute("direct:uriToken", "sonar:message/send?phoneNumber=RAW(+13105551234)&token=" + URI_TOKEN);
        wireMock().stubFor(any(anyUrl()).willReturn(aResponse().withStatus(401).withHeader("X-Request-Id", "req-401")
                .withBody("{\"error\":\"Invalid token\"}")));

        Exchange failed = template.request("direct:uriToken", exchange -> exchange.getMessage().setBody("hi"));

        assertThat(failed.getException()).isInstanceOf(SonarAuthenticationException.class);
        failures.add(failed.getException());
        assertThat(failed.toString()).doesNotContain(URI_TOKEN);
        assertThat(wireMock().getAllServeEvents().get(0).getRequest().getHeader("X-Token")).isEqualTo(URI_TOKEN);
        Endpoint endpoint = sonarEndpoint("message/send");
        // Camel's API returns the URI as configured; what Camel prints goes through sanitizeUri
        assertThat(endpoint.getEndpointUri()).contains(URI_TOKEN);
        assertThat(URISupport.sanitizeUri(endpoint.getEndpointUri())).contains("token=xxxxxx")
                .doesNotContain(URI_TOKEN);
        assertThat(URISupport.sanitizeUri(endpoint.getEndpointKey())).doesNotContain(URI_TOKEN);
        // endpoint creation failures name the URI sanitised
        for (String uri : List.of("sonar:customer/explode?token=" + URI_TOKEN,
                "sonar:message/send?defaultRegion=XY&token=" + URI_TOKEN,
                "sonar:message/send?noSuchOption=1&token=" + URI_TOKEN)) {
            try {
                context.getEndpoint(uri);
                throw new AssertionError("expected a failure for " + uri);
            } catch (org.apache.camel.ResolveEndpointFailedException e) {
                failures.add(e);
            }
        }
        assertNoSecretInFailures();
    }

    /**
     * BUG (SonarEndpoint.toString): it prints getEndpointKey(), which for a non-lenient endpoint is the raw endpoint
     * URI, so a token (or publishable key) given as URI option is printed by endpoint.toString(), at DEBUG by Camel's
     * AbstractCamelContext ("... converted to endpoint: SonarEndpoint[sonar://...&token=...]") and SendProcessor
     * (">>>> SonarEndpoint[sonar://...&token=...]"), and by Camel's PropertyBindingException
     * ("... on bean: SonarEndpoint[sonar://...&token=...]") when another option of that URI is invalid, which ends in
     * the ResolveEndpointFailedException message and the start-up error log. DefaultEndpoint.toString() sanitises;
     * this override does not.
     */
    @Test
    void endpointToStringDebugLogsAndEndpointCreationErrorsDoNotPrintAUriCredential() throws Exception {
        startCapturing(Level.DEBUG, "org.apache.camel");
        addRoute("direct:uriToken", "sonar:message/send?phoneNumber=RAW(+13105551234)&token=" + URI_TOKEN);
        addRoute("direct:uriKey", "sonar:phoneNumber/available?publishableKey=" + URI_KEY);
        wireMock().stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("{\"status\":\"queued\"}")));
        Map<String, String> leaks = new LinkedHashMap<>();

        template.request("direct:uriToken", exchange -> exchange.getMessage().setBody("hi"));
        template.request("direct:uriKey", exchange -> {
        });
        for (String operation : List.of("message/send", "phoneNumber/available")) {
            String text = sonarEndpoint(operation).toString();
            if (text.contains(URI_TOKEN) || text.contains(URI_KEY)) {
                leaks.put(operation + " endpoint.toString()", text);
            }
        }
        try {
            context.getEndpoint("sonar:customer/upsert?subscribed=maybe&token=" + URI_TOKEN);
            throw new AssertionError("subscribed=maybe must fail");
        } catch (org.apache.camel.ResolveEndpointFailedException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (String.valueOf(t.getMessage()).contains(URI_TOKEN)) {
                    leaks.put(t.getClass().getSimpleName() + ".getMessage()", t.getMessage());
                }
            }
        }
        leaksByLogger(logLines()).forEach((logger, line) -> leaks.put("log " + logger, line));

        assertThat(leaks).as("BUG: SonarEndpoint.toString() prints the raw URI with its credentials (where -> text)")
                .isEmpty();
    }

    /**
     * Camel's URI sanitiser masks option names from a fixed list (token, apiKey, secret, ...) in which
     * publishableKey is not; SonarComponent registers it (URISupport.addSanitizeKeywords). Log lines that print
     * SonarEndpoint.toString() are left to the test above.
     */
    @Test
    void aPublishableKeyGivenAsUriOptionIsMaskedWhereverCamelSanitisesUris() throws Exception {
        addRoute("direct:uriKey", "sonar:phoneNumber/available?publishableKey=" + URI_KEY);
        startCapturing(Level.DEBUG, "org.apache.camel");
        wireMock().stubFor(any(anyUrl()).willReturn(aResponse().withStatus(401).withBody("{\"error\":\"Invalid key\"}")));

        Exchange failed = template.request("direct:uriKey", exchange -> {
        });

        assertThat(failed.getException()).isInstanceOf(SonarAuthenticationException.class);
        failures.add(failed.getException());
        assertThat(wireMock().getAllServeEvents().get(0).getRequest().getHeader("X-Publishable-Key")).isEqualTo(URI_KEY);
        Endpoint endpoint = sonarEndpoint("phoneNumber/available");
        assertThat(URISupport.sanitizeUri(endpoint.getEndpointUri())).doesNotContain(URI_KEY);
        try {
            context.getEndpoint("sonar:customer/explode?publishableKey=" + URI_KEY);
        } catch (org.apache.camel.ResolveEndpointFailedException e) {
            failures.add(e);
        }
        assertNoSecretInFailures();
        List<String> lines = logLines().stream().filter(line -> !line.contains("SonarEndpoint[")).toList();
        assertThat(lines).anyMatch(line -> line.contains("DefaultErrorHandler"));
        assertNoSecretIn("log lines (but those printing SonarEndpoint.toString())", lines);
    }

    // ---------------------------------------------------------------- the run

    /** Every operation, successful, then the failures: 401, 500, refused values, timeout, connection refused. */
    private void runEveryOperationAndFailure(String route) throws Exception {
        wireMock().stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withHeader("Content-Type",
                "application/json").withHeader("X-Request-Id", "req-ok")
                .withBody("{\"to\":\"+13105551234\",\"status\":\"queued\",\"success\":true,"
                          + "\"phone_number\":\"+13105551234\",\"available_number\":\"7573780424\"}")));
        String phone = "phoneNumber=RAW(+13105551234)";
        List<String> operations = List.of(
                "sonar:customer/get?" + phone,
                "sonar:customer/upsert?" + phone + "&firstName=Ann&property.plan=gold",
                "sonar:customer/unassign?" + phone,
                "sonar:customer/close?" + phone,
                "sonar:customer/deleteProperty?" + phone + "&propertyName=vip",
                "sonar:message/send?" + phone + "&text=hi&tags=orders",
                "sonar:message/appendTag?externalMessageId=ext-1&tagName=orders",
                "sonar:campaign/send?" + phone + "&campaignId=spring",
                "sonar:conversation/get?conversationId=conv-1",
                "sonar:phoneNumber/available",
                "sonar:api/call?path=/v1/webhooks");
        for (String uri : operations) {
            Exchange ok = send(route, uri, null, Map.of());
            assertThat(ok.getException()).as(uri).isNull();
            assertThat(ok.toString()).doesNotContain(TOKEN).doesNotContain(PUBLISHABLE_KEY);
            assertNoSecretIn("exchange headers and body", List.of(ok.getMessage().getHeaders().toString(),
                    String.valueOf(ok.getMessage().getBody()), ok.getProperties().toString()));
        }

        wireMock().resetAll();
        wireMock().stubFor(post(urlPathEqualTo("/api/v1/messages")).withRequestBody(containing("unauthorised"))
                .willReturn(aResponse().withStatus(401).withHeader("X-Request-Id", "req-401")
                        .withBody("{\"error\":\"Invalid token\"}")));
        wireMock().stubFor(post(urlPathEqualTo("/api/v1/messages")).withRequestBody(containing("crash"))
                .willReturn(aResponse().withStatus(500).withBody("{\"error\":\"Internal error\"}")));
        wireMock().stubFor(post(urlPathEqualTo("/api/v1/messages")).withRequestBody(containing("slow"))
                .willReturn(aResponse().withStatus(202).withFixedDelay(1500).withBody("{}")));
        wireMock().stubFor(any(urlPathEqualTo("/api/v1/phone_numbers/available"))
                .willReturn(aResponse().withStatus(403).withBody("{\"error\":\"Invalid publishable key\"}")));
        String send = "sonar:message/send?" + phone;
        expectFailure(send(route, send, "unauthorised", Map.of()), SonarAuthenticationException.class);
        expectFailure(send(route, send, "crash", Map.of()), SonarServerException.class);
        expectFailure(send(route, "sonar:phoneNumber/available", null, Map.of()), SonarAuthenticationException.class);
        expectFailure(send(route, send, "hi", Map.of(SonarConstants.PHONE_NUMBER, "12ab")),
                SonarValidationException.class);
        expectFailure(send(route, "sonar:api/call?path=/v1/webhooks", null,
                Map.of(SonarConstants.HTTP_HEADERS, Map.of("X-Token", TOKEN))), SonarValidationException.class);
        expectFailure(send(route, "sonar:api/call?path=https://elsewhere.example.com/steal", null, Map.of()),
                SonarValidationException.class);
        expectFailure(send(route, send + "&responseTimeout=300", "slow", Map.of()), Exception.class);
        try (RefusedPort closed = new RefusedPort()) {
            expectFailure(send(route, send + "&baseUrl=" + closed.baseUrl(), "hi", Map.of()), Exception.class);
        }
    }

    private Exchange send(String route, String uri, Object body, Map<String, Object> headers) {
        return template.request(route, exchange -> {
            exchange.getMessage().setHeader("sonarTestUri", uri);
            exchange.getMessage().setBody(body);
            headers.forEach(exchange.getMessage()::setHeader);
        });
    }

    private void addRoute(String from, String to) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(from).to(to);
            }
        });
    }

    private SonarEndpoint sonarEndpoint(String operation) {
        return context.getEndpoints().stream().filter(SonarEndpoint.class::isInstance).map(SonarEndpoint.class::cast)
                .filter(e -> e.getOperation() != null && operation.equals(e.getOperation().uri())).findFirst()
                .orElseThrow();
    }

    private void expectFailure(Exchange result, Class<? extends Exception> type) {
        assertThat(result.getException()).isInstanceOf(type);
        failures.add(result.getException());
        assertThat(result.toString()).doesNotContain(TOKEN).doesNotContain(PUBLISHABLE_KEY);
    }

    // ---------------------------------------------------------------- checks

    private void assertNoSecretInFailures() {
        assertThat(failures).isNotEmpty();
        List<String> texts = new ArrayList<>();
        for (Exception failure : failures) {
            Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
                texts.add(t.toString());
                texts.add(String.valueOf(t.getMessage()));
                texts.add(String.valueOf(t.getLocalizedMessage()));
                for (Throwable suppressed : t.getSuppressed()) {
                    texts.add(suppressed.toString());
                }
            }
            StringWriter trace = new StringWriter();
            failure.printStackTrace(new PrintWriter(trace));
            texts.add(trace.toString());
        }
        assertNoSecretIn("exception messages and toString (causes walked)", texts);
    }

    private static void assertNoSecretIn(String where, List<String> texts) {
        for (String secret : SECRETS) {
            assertThat(texts).as("%s must not contain %s", where, secret)
                    .noneMatch(text -> text != null && text.contains(secret));
        }
    }

    /** The loggers that printed a secret, each with its first such line per secret (client side only). */
    private static Map<String, String> leaksByLogger(List<String> lines) {
        Map<String, String> leaks = new LinkedHashMap<>();
        // HttpClient's wire log is a hex dump, 16 bytes a line: a secret is split over two lines; its ASCII column
        // is put back together per connection and direction
        Map<String, StringBuilder> wire = new LinkedHashMap<>();
        for (String line : lines) {
            String logger = line.substring(0, line.indexOf(' '));
            for (String secret : SECRETS) {
                if (line.contains(secret)) {
                    leaks.putIfAbsent(logger + " (" + secretName(secret) + ")",
                            line.length() > 300 ? line.substring(0, 300) + "..." : line);
                }
            }
            Matcher dump = WIRE_DUMP.matcher(line);
            if (logger.equals("org.apache.hc.client5.http.wire") && dump.find()) {
                wire.computeIfAbsent(dump.group(1) + " " + dump.group(2), key -> new StringBuilder())
                        .append(dump.group(3));
            }
        }
        wire.forEach((stream, text) -> {
            for (String secret : SECRETS) {
                int at = text.indexOf(secret);
                if (at >= 0) {
                    leaks.putIfAbsent("org.apache.hc.client5.http.wire (" + secretName(secret) + ", hex dump of "
                                      + stream + ")", text.substring(Math.max(0, at - 20),
                                              Math.min(text.length(), at + secret.length() + 20)));
                }
            }
        });
        return leaks;
    }

    private static String secretName(String secret) {
        return secret.equals(TOKEN) ? "token" : secret.equals(PUBLISHABLE_KEY) ? "publishable key"
                : secret.equals(URI_TOKEN) ? "URI token" : "URI publishable key";
    }

    // ---------------------------------------------------------------- log capture

    private void startCapturing(String... loggers) {
        startCapturing(Level.TRACE, loggers);
    }

    /** Every logger watched (none silenced), the named ones raised to the level. */
    private void startCapturing(Level level, String... loggers) {
        capture = LogCapture.everyLogger(level, loggers);
    }

    /** The captured lines, "logger LEVEL message | causes", but the test server's own (not the client's). */
    private List<String> logLines() {
        return capture.lines().stream()
                .filter(line -> !line.logger().contains("wiremock") && !line.logger().contains("jetty"))
                .map(line -> line.logger() + " " + line.text()).toList();
    }
}
