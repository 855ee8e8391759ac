package org.camelsonar.component.sonar;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.CamelContext;
import org.apache.camel.ExchangePattern;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.EndpointUriFactory;
import org.apache.camel.spi.ExceptionHandler;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.PropertyConfigurer;
import org.apache.camel.spi.PropertyConfigurerGetter;
import org.apache.camel.support.LoggingExceptionHandler;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.util.URISupport;
import org.camelsonar.component.sonar.operation.SonarOperation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

/**
 * Runs (failsafe, after {@code package}) against the packaged jar, as users get it: the jar holds the generated
 * configurers, URI factory, component JSON, service files and Jandex index, and every option in the JSON binds
 * through the generated configurers (no reflection).
 */
class PackagedJarConfigurerIT {

    private static final String MODEL = "META-INF/org/camelsonar/component/sonar/sonar.json";
    private static final String SERVICES = "META-INF/services/org/apache/camel/";

    private static Path jar;
    private static JsonNode model;

    private CamelContext context;
    private final SSLContextParameters ssl = new SSLContextParameters();
    private final IdempotentRepository idempotentRepository = MemoryIdempotentRepository.memoryIdempotentRepository();
    private final ExceptionHandler exceptionHandler = new LoggingExceptionHandler(null, PackagedJarConfigurerIT.class);

    @BeforeAll
    static void locateJar() throws IOException {
        String property = System.getProperty("sonar.jar");
        if (property == null || property.isBlank()) {
            fail("system property sonar.jar is not set: run this test with mvn verify (failsafe)");
        }
        jar = Path.of(property).toRealPath();
        try (InputStream in = Objects.requireNonNull(SonarComponent.class.getClassLoader().getResourceAsStream(MODEL),
                MODEL + " not on the class path")) {
            model = new ObjectMapper().readTree(in);
        }
    }

    @BeforeEach
    void startContext() {
        context = new DefaultCamelContext();
        context.getRegistry().bind("sonarSsl", ssl);
        context.getRegistry().bind("sonarIdempotent", idempotentRepository);
        context.getRegistry().bind("sonarExceptionHandler", exceptionHandler);
        context.start();
    }

    @AfterEach
    void stopContext() {
        context.stop();
    }

    @Test
    void classesAndModelComeFromThePackagedJar() throws Exception {
        for (Class<?> type : List.of(SonarComponent.class, SonarEndpoint.class, SonarComponentConfigurer.class,
                SonarEndpointConfigurer.class, SonarEndpointUriFactory.class)) {
            URL location = type.getProtectionDomain().getCodeSource().getLocation();
            assertThat(Path.of(location.toURI()).toRealPath())
                    .as("%s must be loaded from the packaged jar, not target/classes", type.getSimpleName())
                    .isEqualTo(jar);
        }
        URL resource = SonarComponent.class.getClassLoader().getResource(MODEL);
        assertThat(resource).isNotNull();
        assertThat(resource.getProtocol()).isEqualTo("jar");
        assertThat(Path.of(new URL(resource.getPath().substring(0, resource.getPath().indexOf("!/"))).toURI())
                .toRealPath()).isEqualTo(jar);
    }

    @Test
    void jarHoldsServiceFilesGeneratedClassesModelAndJandexIndex() throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            assertThat(serviceClass(file, SERVICES + "component/sonar")).isEqualTo(SonarComponent.class.getName());
            assertThat(serviceClass(file, SERVICES + "configurer/sonar-component"))
                    .isEqualTo(SonarComponentConfigurer.class.getName());
            assertThat(serviceClass(file, SERVICES + "configurer/sonar-endpoint"))
                    .isEqualTo(SonarEndpointConfigurer.class.getName());
            assertThat(serviceClass(file, SERVICES + "urifactory/sonar-endpoint"))
                    .isEqualTo(SonarEndpointUriFactory.class.getName());
            // the generated sources must be compiled into the jar, not only their service files
            for (Class<?> type : List.of(SonarComponentConfigurer.class, SonarEndpointConfigurer.class,
                    SonarEndpointUriFactory.class)) {
                assertThat(file.getJarEntry(type.getName().replace('.', '/') + ".class")).as(type.getName()).isNotNull();
            }
            assertThat(file.getJarEntry(MODEL)).isNotNull();
            JarEntry index = file.getJarEntry("META-INF/jandex.idx");
            assertThat(index).as("META-INF/jandex.idx").isNotNull();
            byte[] bytes = file.getInputStream(index).readAllBytes();
            assertThat(bytes).as("Jandex magic").startsWith((byte) 0xBA, (byte) 0xBE, (byte) 0x1F, (byte) 0x15);
            String text = new String(bytes, StandardCharsets.ISO_8859_1);
            assertThat(text).contains("SonarComponent", "SonarEndpoint", "SonarComponentConfigurer",
                    "SonarEndpointConfigurer", "SonarEndpointUriFactory");
        }
        assertThat(model.path("component").path("scheme").asText()).isEqualTo("sonar");
        assertThat(model.path("component").path("javaType").asText()).isEqualTo(SonarComponent.class.getName());
    }

    @Test
    void everyComponentOptionBindsThroughTheGeneratedConfigurer() {
        PropertyConfigurer resolved = PluginHelper.getConfigurerResolver(context)
                .resolvePropertyConfigurer("sonar-component", context);
        assertThat(resolved).isExactlyInstanceOf(SonarComponentConfigurer.class);
        SonarComponent component = context.getComponent("sonar", SonarComponent.class);
        assertThat(component.getComponentPropertyConfigurer()).isExactlyInstanceOf(SonarComponentConfigurer.class);

        Map<String, Object> expected = bindAll(resolved, component, options("componentProperties", "property"));

        // the values really landed on the component and its configuration
        SonarConfiguration configuration = component.getConfiguration();
        assertThat(configuration.getToken()).isEqualTo(expected.get("token"));
        assertThat(configuration.getPublishableKey()).isEqualTo(expected.get("publishableKey"));
        assertThat(configuration.getBaseUrl()).isEqualTo(expected.get("baseUrl"));
        assertThat(configuration.getResponseTimeout()).isEqualTo(expected.get("responseTimeout"));
        assertThat(configuration.getConnectTimeout()).isEqualTo(expected.get("connectTimeout"));
        assertThat(configuration.getMaxConnections()).isEqualTo(expected.get("maxConnections"));
        assertThat(configuration.getIdleConnectionTimeout()).isEqualTo(expected.get("idleConnectionTimeout"));
        assertThat(configuration.getProxyPort()).isEqualTo(expected.get("proxyPort"));
        assertThat(configuration.isSandbox()).isEqualTo(expected.get("sandbox"));
        assertThat(configuration.getSslContextParameters()).isSameAs(ssl);
        assertThat(component.isAutowiredEnabled()).isEqualTo(expected.get("autowiredEnabled"));
        assertThat(component.isLazyStartProducer()).isEqualTo(expected.get("lazyStartProducer"));
    }

    @Test
    void everyEndpointOptionBindsThroughTheGeneratedConfigurer() {
        PropertyConfigurer resolved = PluginHelper.getConfigurerResolver(context)
                .resolvePropertyConfigurer("sonar-endpoint", context);
        assertThat(resolved).isExactlyInstanceOf(SonarEndpointConfigurer.class);
        assertThat(context.getComponent("sonar").getEndpointPropertyConfigurer())
                .isExactlyInstanceOf(SonarEndpointConfigurer.class);
        SonarEndpoint endpoint = context.getEndpoint("sonar:message/send", SonarEndpoint.class);

        Map<String, Object> expected = bindAll(resolved, endpoint, options("properties", "parameter"));

        assertThat(endpoint.getConfiguration().getToken()).isEqualTo(expected.get("token"));
        assertThat(endpoint.getConfiguration().getResponseTimeout()).isEqualTo(expected.get("responseTimeout"));
        assertThat(endpoint.getOperationOptions().getProperties()).isEqualTo(Map.of("plan", "gold"));
        assertThat(endpoint.getOperationOptions().getHttpMethod()).isEqualTo(expected.get("httpMethod"));
        assertThat(endpoint.getOperationOptions().getSubscribed()).isEqualTo(expected.get("subscribed"));
        assertThat(endpoint.isLazyStartProducer()).isEqualTo(expected.get("lazyStartProducer"));
    }

    @Test
    void endpointUrisWithEveryOption() throws Exception {
        Map<String, String> producer = new TreeMap<>(Map.ofEntries(
                Map.entry("baseUrl", "http://127.0.0.1:9/api"),
                Map.entry("campaignId", "spring-sale"),
                Map.entry("connectTimeout", "3s"),
                Map.entry("continueOnIoThread", "true"),
                Map.entry("conversationId", "conv-42"),
                Map.entry("defaultRegion", "GB"),
                Map.entry("email", "ada@example.com"),
                Map.entry("externalMessageId", "ext-7"),
                Map.entry("failOnUnsubscribed", "true"),
                Map.entry("firstName", "Ada"),
                Map.entry("httpMethod", "PATCH"),
                Map.entry("idleConnectionTimeout", "20s"),
                Map.entry("lastName", "Lovelace"),
                Map.entry("lazyStartProducer", "true"),
                Map.entry("maxConnections", "9"),
                Map.entry("mediaUrl", "https://cdn.example.com/a.png"),
                Map.entry("path", "/v1/webhooks"),
                Map.entry("phoneNumber", "RAW(+447700900123)"),
                Map.entry("pictureUrl", "https://cdn.example.com/ada.png"),
                Map.entry("propertyName", "plan"),
                Map.entry("proxyHost", "proxy.invalid"),
                Map.entry("proxyPort", "3128"),
                Map.entry("publishableKey", "RAW(pk+&key)"),
                Map.entry("query", "RAW(a=1&b=2)"),
                Map.entry("responseTimeout", "4500"),
                Map.entry("sandbox", "true"),
                Map.entry("sendAt", "RAW(2026-12-01T09:00:00-08:00)"),
                Map.entry("sslContextParameters", "#sonarSsl"),
                Map.entry("subscribed", "false"),
                Map.entry("tagName", "vip"),
                Map.entry("tags", "orders,vip"),
                Map.entry("text", "Hello"),
                Map.entry("timezone", "Europe/London"),
                Map.entry("token", "RAW(tok+&en)"),
                Map.entry("userEmail", "agent@example.com"),
                Map.entry("zipCode", "90210")));
        Map<String, String> consumer = new TreeMap<>(Map.ofEntries(
                Map.entry("bridgeErrorHandler", "true"),
                Map.entry("exceptionHandler", "#sonarExceptionHandler"),
                Map.entry("exchangePattern", "InOut"),
                Map.entry("httpServerComponent", "platform-http"),
                Map.entry("idempotentRepository", "#sonarIdempotent"),
                Map.entry("webhookAutoRegister", "false"),
                Map.entry("webhookExternalUrl", "https://app.example.com"),
                Map.entry("webhookMaxBodySize", "2048"),
                Map.entry("webhookName", "orders-hook"),
                Map.entry("webhookPath", "/hooks/sonar"),
                Map.entry("webhookReconcileInterval", "30s"),
                Map.entry("webhookSecret", "RAW(whs+&ec)"),
                Map.entry("webhookUnregisterOnStop", "true")));
        // together they hold every endpoint parameter of the model (properties through its property. prefix)
        Set<String> parameters = new LinkedHashSet<>(options("properties", "parameter").keySet());
        parameters.remove("properties");
        Set<String> written = new LinkedHashSet<>(producer.keySet());
        written.addAll(consumer.keySet());
        assertThat(written).as("update this test when an endpoint option is added or removed")
                .containsExactlyInAnyOrderElementsOf(parameters);

        SonarEndpoint endpoint = context.getEndpoint(
                uri("sonar:message/send?property.plan=gold&property.seats=12", producer), SonarEndpoint.class);

        SonarConfiguration c = endpoint.getConfiguration();
        assertThat(c.getBaseUrl()).isEqualTo("http://127.0.0.1:9/api");
        assertThat(c.getConnectTimeout()).isEqualTo(3000L);
        assertThat(c.getDefaultRegion()).isEqualTo("GB");
        assertThat(c.isFailOnUnsubscribed()).isTrue();
        assertThat(c.isContinueOnIoThread()).isTrue();
        assertThat(c.getMaxConnections()).isEqualTo(9);
        assertThat(c.getIdleConnectionTimeout()).isEqualTo(20_000L);
        assertThat(c.getProxyHost()).isEqualTo("proxy.invalid");
        assertThat(c.getProxyPort()).isEqualTo(3128);
        assertThat(c.getPublishableKey()).isEqualTo("pk+&key");
        assertThat(c.getResponseTimeout()).isEqualTo(4500L);
        assertThat(c.isSandbox()).isTrue();
        assertThat(c.getSslContextParameters()).isSameAs(ssl);
        assertThat(c.getToken()).isEqualTo("tok+&en");
        SonarOperationOptions o = endpoint.getOperationOptions();
        assertThat(o.getCampaignId()).isEqualTo("spring-sale");
        assertThat(o.getConversationId()).isEqualTo("conv-42");
        assertThat(o.getEmail()).isEqualTo("ada@example.com");
        assertThat(o.getExternalMessageId()).isEqualTo("ext-7");
        assertThat(o.getFirstName()).isEqualTo("Ada");
        assertThat(o.getHttpMethod()).isEqualTo("PATCH");
        assertThat(o.getLastName()).isEqualTo("Lovelace");
        assertThat(o.getMediaUrl()).isEqualTo("https://cdn.example.com/a.png");
        assertThat(o.getPath()).isEqualTo("/v1/webhooks");
        assertThat(o.getPhoneNumber()).isEqualTo("+447700900123");
        assertThat(o.getPictureUrl()).isEqualTo("https://cdn.example.com/ada.png");
        assertThat(o.getProperties()).isEqualTo(Map.of("plan", "gold", "seats", "12"));
        assertThat(o.getPropertyName()).isEqualTo("plan");
        assertThat(o.getQuery()).isEqualTo("a=1&b=2");
        assertThat(o.getSendAt()).isEqualTo("2026-12-01T09:00:00-08:00");
        assertThat(o.getSubscribed()).isFalse();
        assertThat(o.getTagName()).isEqualTo("vip");
        assertThat(o.getTags()).isEqualTo("orders,vip");
        assertThat(o.getText()).isEqualTo("Hello");
        assertThat(o.getTimezone()).isEqualTo("Europe/London");
        assertThat(o.getUserEmail()).isEqualTo("agent@example.com");
        assertThat(o.getZipCode()).isEqualTo("90210");
        assertThat(endpoint.isLazyStartProducer()).isTrue();
        assertThat(endpoint.getResource()).isEqualTo("message");
        assertThat(endpoint.getAction()).isEqualTo("send");

        SonarEndpoint webhook = context.getEndpoint(uri("sonar:webhook/customer_created?token=RAW(tok-w)", consumer),
                SonarEndpoint.class);
        SonarWebhookConfiguration w = webhook.getWebhookConfiguration();
        assertThat(webhook.isBridgeErrorHandler()).isTrue();
        assertThat(webhook.getExceptionHandler()).isSameAs(exceptionHandler);
        assertThat(webhook.getExchangePattern()).isEqualTo(ExchangePattern.InOut);
        assertThat(w.getHttpServerComponent()).isEqualTo("platform-http");
        assertThat(w.getIdempotentRepository()).isSameAs(idempotentRepository);
        assertThat(w.isWebhookAutoRegister()).isFalse();
        assertThat(w.getWebhookExternalUrl()).isEqualTo("https://app.example.com");
        assertThat(w.getWebhookMaxBodySize()).isEqualTo(2048);
        assertThat(w.getWebhookName()).isEqualTo("orders-hook");
        assertThat(w.getWebhookPath()).isEqualTo("/hooks/sonar");
        assertThat(webhook.getConfiguration().getWebhookSecret()).isEqualTo("whs+&ec");
        assertThat(w.isWebhookUnregisterOnStop()).isTrue();
        assertThat(w.getWebhookReconcileInterval()).isEqualTo(30_000L);
        assertThat(webhook.getResource()).isEqualTo("webhook");
        assertThat(webhook.getAction()).isEqualTo("customer_created");
        assertThat(webhook.getConfiguration().getToken()).isEqualTo("tok-w");
    }

    private static String uri(String base, Map<String, String> options) {
        StringBuilder uri = new StringBuilder(base);
        options.forEach((name, value) -> uri.append('&').append(name).append('=').append(value));
        return uri.toString();
    }

    /**
     * Every option the model marks secret must be masked where Camel prints an endpoint URI (route dumps, errors,
     * tracing all use URISupport.sanitizeUri). Camel masks by a fixed list of key words (SensitiveUtils), not by the
     * component's secret flag: "token" is on it, "publishableKey" is not, so it is printed in clear.
     */
    @Test
    void secretOptionsAreMaskedInSanitizedUris() {
        List<String> secrets = options("properties", "parameter").entrySet().stream()
                .filter(e -> e.getValue().path("secret").asBoolean()).map(Map.Entry::getKey).toList();
        assertThat(secrets).contains("token", "publishableKey");
        StringBuilder uri = new StringBuilder("sonar:phoneNumber/available?lazyStartProducer=true");
        secrets.forEach(name -> uri.append('&').append(name).append("=RAW(secret-value-of-").append(name).append(')'));
        SonarEndpoint endpoint = context.getEndpoint(uri.toString(), SonarEndpoint.class);
        assertThat(endpoint.getConfiguration().getPublishableKey()).isEqualTo("secret-value-of-publishableKey");

        String sanitized = URISupport.sanitizeUri(endpoint.getEndpointUri());
        List<String> inClear = secrets.stream().filter(name -> sanitized.contains("secret-value-of-" + name)).toList();
        assertThat(inClear).as("options marked secret=true in sonar.json but printed in clear by Camel: %s", sanitized)
                .isEmpty();
    }

    @Test
    void uriFactoryBuildsUrisFromParameterMaps() throws Exception {
        EndpointUriFactory factory = context.getCamelContextExtension().getEndpointUriFactory("sonar");
        assertThat(factory).isExactlyInstanceOf(SonarEndpointUriFactory.class);
        assertThat(factory.isEnabled("sonar")).isTrue();
        assertThat(factory.isEnabled("http")).isFalse();
        assertThat(factory.isLenientProperties()).isFalse()
                .isEqualTo(model.path("component").path("lenientProperties").asBoolean(true));

        Map<String, JsonNode> endpointOptions = fields(model.path("properties"));
        assertThat(factory.propertyNames()).containsExactlyInAnyOrderElementsOf(endpointOptions.keySet());
        assertThat(factory.propertyNames()).contains("resource", "action", "token", "properties", "phoneNumber");
        assertThat(factory.secretPropertyNames()).containsExactlyInAnyOrderElementsOf(endpointOptions.entrySet()
                .stream().filter(e -> e.getValue().path("secret").asBoolean()).map(Map.Entry::getKey).toList());
        assertThat(factory.secretPropertyNames()).contains("token", "publishableKey");
        Map<String, String> prefixes = new HashMap<>();
        endpointOptions.forEach((name, option) -> {
            if (option.path("multiValue").asBoolean()) {
                prefixes.put(name, option.path("prefix").asText());
            }
        });
        assertThat(factory.multiValuePrefixes()).isEqualTo(prefixes).isEqualTo(Map.of("properties", "property."));

        Map<String, Object> parameters = new HashMap<>();
        parameters.put("resource", "message");
        parameters.put("action", "send");
        parameters.put("text", "hi");
        parameters.put("tags", "orders,vip");
        parameters.put("token", "t&k");
        parameters.put("properties", new LinkedHashMap<>(Map.of("plan", "gold")));
        String uri = factory.buildUri("sonar", parameters, false);
        assertThat(uri).isEqualTo("sonar:message/send?property.plan=gold&tags=orders,vip&text=hi&token=RAW(t&k)");
        assertThat(factory.buildUri("sonar", Map.of("resource", "customer", "action", "get"), false))
                .isEqualTo("sonar:customer/get");
        assertThatThrownBy(() -> factory.buildUri("sonar", Map.of("resource", "customer"), false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("action");

        SonarEndpoint endpoint = context.getEndpoint(uri, SonarEndpoint.class);
        assertThat(endpoint.getOperation()).isEqualTo(SonarOperation.MESSAGE_SEND);
        assertThat(endpoint.getOperationOptions().getProperties()).isEqualTo(Map.of("plan", "gold"));
        assertThat(endpoint.getOperationOptions().getTags()).isEqualTo("orders,vip");
        assertThat(endpoint.getOperationOptions().getText()).isEqualTo("hi");
        assertThat(endpoint.getConfiguration().getToken()).isEqualTo("t&k");
    }

    /**
     * Sets every option with a sample value through the configurer (by its exact and its lower-case name), reads it
     * back after each set, and again after all are set so that no option overwrites another.
     */
    private Map<String, Object> bindAll(PropertyConfigurer configurer, Object target, Map<String, JsonNode> options) {
        assertThat(configurer).isInstanceOf(PropertyConfigurerGetter.class);
        PropertyConfigurerGetter getter = (PropertyConfigurerGetter) configurer;
        assertThat(options).isNotEmpty();
        // the nested configuration object first: setting it later would replace the values set before it
        List<String> names = new ArrayList<>(options.keySet());
        names.sort((a, b) -> Boolean.compare(!"configuration".equals(a), !"configuration".equals(b)));
        Map<String, Object> expected = new LinkedHashMap<>();
        for (String name : names) {
            JsonNode option = options.get(name);
            Sample sample = sample(name, option);
            assertThat(getter.getOptionType(name, false)).as("getOptionType(%s)", name)
                    .isEqualTo(javaType(option));
            assertThat(configurer.configure(context, target, name, sample.input(), false))
                    .as("configure(%s)", name).isTrue();
            assertThat(getter.getOptionValue(target, name, false)).as("getOptionValue(%s)", name)
                    .isEqualTo(sample.expected());
            assertThat(configurer.configure(context, target, name.toLowerCase(Locale.ROOT), sample.input(), true))
                    .as("configure(%s, ignoreCase)", name.toLowerCase(Locale.ROOT)).isTrue();
            assertThat(getter.getOptionValue(target, name.toUpperCase(Locale.ROOT), true))
                    .as("getOptionValue(%s, ignoreCase)", name).isEqualTo(sample.expected());
            expected.put(name, sample.expected());
        }
        expected.forEach((name, value) -> assertThat(getter.getOptionValue(target, name, false))
                .as("%s after all options were set", name).isEqualTo(value));
        assertThat(configurer.configure(context, target, "noSuchOption", "x", false)).isFalse();
        assertThat(configurer.configure(context, target, "noSuchOption", "x", true)).isFalse();
        return expected;
    }

    private record Sample(Object input, Object expected) {
    }

    /** A value unlike the default, given as text where Camel would bind text (so that conversion is exercised). */
    private Sample sample(String name, JsonNode option) {
        String type = option.path("type").asText();
        String javaType = option.path("javaType").asText();
        String defaultValue = option.path("defaultValue").asText(null);
        switch (type) {
            case "string":
                return new Sample("value-of-" + name, "value-of-" + name);
            case "enum": {
                List<String> values = new ArrayList<>();
                option.path("enum").forEach(value -> values.add(value.asText()));
                assertThat(values).as("enum values of %s", name).isNotEmpty();
                String value = values.stream().filter(v -> !v.equals(defaultValue)).reduce((a, b) -> b)
                        .orElse(values.get(0));
                Class<?> enumType = javaType(option);
                return new Sample(value, enumType.isEnum() ? enumConstant(enumType, value) : value);
            }
            case "boolean": {
                boolean value = !Boolean.parseBoolean(defaultValue);
                return new Sample(String.valueOf(value), value);
            }
            case "integer":
                return new Sample("4242", 4242);
            case "duration":
                // a duration option is held in milliseconds
                return new Sample("7s", 7000L);
            case "object":
                if (javaType.equals(SSLContextParameters.class.getName())) {
                    return new Sample("#sonarSsl", ssl);
                } else if (javaType.equals(IdempotentRepository.class.getName())) {
                    return new Sample("#sonarIdempotent", idempotentRepository);
                } else if (javaType.equals(ExceptionHandler.class.getName())) {
                    return new Sample("#bean:sonarExceptionHandler", exceptionHandler);
                } else if (javaType.equals(SonarConfiguration.class.getName())) {
                    SonarConfiguration configuration = new SonarConfiguration();
                    return new Sample(configuration, configuration);
                } else if (javaType.startsWith("java.util.Map")) {
                    Map<String, Object> map = new LinkedHashMap<>(Map.of("plan", "gold"));
                    return new Sample(map, map);
                }
                break;
            default:
                break;
        }
        return fail("no sample value for option %s (type %s, javaType %s): extend this test", name, type, javaType);
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static Object enumConstant(Class<?> type, String name) {
        return Enum.valueOf((Class<? extends Enum>) type, name);
    }

    /** The option type the configurer reports: the JSON javaType without generics, primitives as they are. */
    private static Class<?> javaType(JsonNode option) {
        String javaType = option.path("javaType").asText();
        int generic = javaType.indexOf('<');
        String raw = generic < 0 ? javaType : javaType.substring(0, generic);
        return switch (raw) {
            case "boolean" -> boolean.class;
            case "int" -> int.class;
            case "long" -> long.class;
            default -> {
                try {
                    yield Class.forName(raw);
                } catch (ClassNotFoundException e) {
                    throw new AssertionError("javaType " + javaType + " is not a class", e);
                }
            }
        };
    }

    private static Map<String, JsonNode> options(String section, String kind) {
        Map<String, JsonNode> options = new LinkedHashMap<>();
        fields(model.path(section)).forEach((name, option) -> {
            if (kind.equals(option.path("kind").asText())) {
                options.put(name, option);
            }
        });
        return options;
    }

    private static Map<String, JsonNode> fields(JsonNode node) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        node.fields().forEachRemaining(entry -> fields.put(entry.getKey(), entry.getValue()));
        return fields;
    }

    private static String serviceClass(JarFile file, String entry) throws IOException {
        JarEntry service = file.getJarEntry(entry);
        assertThat(service).as(entry).isNotNull();
        try (InputStream in = file.getInputStream(service)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> line.startsWith("class=")).map(line -> line.substring("class=".length()).trim())
                    .findFirst().orElseThrow(() -> new AssertionError(entry + " has no class= line"));
        }
    }
}
