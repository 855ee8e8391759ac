package org.camelsonar.kamelets;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.camelsonar.component.sonar.SonarEndpoint;
import org.camelsonar.component.sonar.SonarEndpointConfigurer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every property of every Kamelet reaches the component: the template uses each one (optional placeholders only for
 * properties without a default), and a Kamelet started with a value for every property (never its default) ends up
 * with a Sonar endpoint carrying exactly those values.
 */
class KameletPropertiesTest extends KameletTestSupport {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\??)([A-Za-z0-9]+)}}");

    static List<String> kamelets() {
        return KameletDefinitions.names();
    }

    @ParameterizedTest
    @MethodSource("kamelets")
    void theTemplateUsesEveryPropertyAndNoOther(String name) {
        Map<String, Object> kamelet = KameletDefinitions.load(name);
        Map<String, Map<String, Object>> properties = KameletDefinitions.properties(kamelet);
        List<String> required = KameletDefinitions.required(kamelet);
        String text = KameletDefinitions.text(name);
        String template = text.substring(text.indexOf("\n  template:"));

        Map<String, Boolean> used = new LinkedHashMap<>();
        Matcher placeholder = PLACEHOLDER.matcher(template);
        while (placeholder.find()) {
            used.put(placeholder.group(2), placeholder.group(1).isEmpty() ? Boolean.FALSE : Boolean.TRUE);
        }
        assertThat(used.keySet()).as(name + " placeholders").containsExactlyInAnyOrderElementsOf(properties.keySet());
        properties.forEach((property, schema) -> {
            boolean optional = !schema.containsKey("default") && !required.contains(property);
            assertThat(used.get(property)).as(name + ": {{?" + property + "}} exactly when it may be unset")
                    .isEqualTo(optional);
        });
    }

    @ParameterizedTest
    @MethodSource("kamelets")
    void everyValueReachesTheSonarEndpoint(String name) throws Exception {
        Map<String, Map<String, Object>> properties = KameletDefinitions.properties(KameletDefinitions.load(name));
        Map<String, String> values = new LinkedHashMap<>();
        properties.forEach((property, schema) -> values.put(property, valueFor(property, schema)));
        StringJoiner query = new StringJoiner("&");
        values.forEach((property, value) -> query.add(property + "=RAW(" + value + ")"));
        String uri = "kamelet:" + name + "?" + query;
        loadYaml(KameletDefinitions.isSource(name)
                ? "- route:\n    from:\n      uri: \"" + uri + "\"\n      steps:\n        - to: log:events\n"
                : "- route:\n    from:\n      uri: direct:in\n      steps:\n        - to: \"" + uri + "\"\n");

        SonarEndpoint sonar = sonarEndpoint();
        SonarEndpointConfigurer options = new SonarEndpointConfigurer();
        values.forEach((property, value) -> {
            Object actual = SonarComponentCatalog.option(property).isMissingNode()
                    ? sonar.getAction() // the source's event is the endpoint's path: sonar:webhook/<event>
                    : options.getOptionValue(sonar, property, false);
            assertThat(String.valueOf(actual)).as(name + " property " + property).isEqualTo(value);
        });
    }

    @ParameterizedTest
    @MethodSource("kamelets")
    void anUnsetPropertyLeavesTheComponentsDefault(String name) throws Exception {
        Map<String, Object> kamelet = KameletDefinitions.load(name);
        Map<String, Map<String, Object>> properties = KameletDefinitions.properties(kamelet);
        List<String> required = KameletDefinitions.required(kamelet);
        StringJoiner query = new StringJoiner("&");
        required.forEach(property -> query.add(property + "=RAW(" + valueFor(property, properties.get(property)) + ")"));
        if (KameletDefinitions.isSource(name)) {
            query.add("webhookAutoRegister=false"); // no call to Sonar: this test looks at the endpoint only
        }
        String uri = "kamelet:" + name + (query.length() == 0 ? "" : "?" + query);
        loadYaml(KameletDefinitions.isSource(name)
                ? "- route:\n    from:\n      uri: \"" + uri + "\"\n      steps:\n        - to: log:events\n"
                : "- route:\n    from:\n      uri: direct:in\n      steps:\n        - to: \"" + uri + "\"\n");

        SonarEndpoint sonar = sonarEndpoint();
        SonarEndpointConfigurer options = new SonarEndpointConfigurer();
        try (CamelContext plainContext = new DefaultCamelContext()) {
            // the same operation as a user writes it without options: what "unset" means to the component
            Endpoint plain = plainContext.getEndpoint("sonar:" + sonar.getResource() + "/" + sonar.getAction());
            properties.keySet().stream().filter(property -> !required.contains(property))
                    .filter(property -> !SonarComponentCatalog.option(property).isMissingNode())
                    .filter(property -> !"webhookAutoRegister".equals(property))
                    .forEach(property -> {
                        // RAW({{?x}}) must drop the option, not set it to an empty string
                        assertThat(options.getOptionValue(sonar, property, false)).as(name + " property " + property)
                                .isEqualTo(options.getOptionValue(plain, property, false));
                    });
        }
    }

    private SonarEndpoint sonarEndpoint() {
        List<Endpoint> sonar = context.getEndpoints().stream().filter(SonarEndpoint.class::isInstance).toList();
        assertThat(sonar).as("the Kamelet's Sonar endpoint").hasSize(1);
        return (SonarEndpoint) sonar.get(0);
    }

    /** A value unlike the default, so that a property that never arrives cannot pass for one that does. */
    @SuppressWarnings("unchecked")
    private static String valueFor(String property, Map<String, Object> schema) {
        Object defaultValue = schema.get("default");
        return switch (String.valueOf(schema.get("type"))) {
            case "boolean" -> String.valueOf(!Boolean.TRUE.equals(defaultValue));
            case "integer" -> String.valueOf(defaultValue == null ? 4096 : ((Number) defaultValue).longValue() / 2);
            default -> {
                if (schema.containsKey("enum")) {
                    yield ((List<String>) schema.get("enum")).stream().filter(v -> !v.equals(defaultValue))
                            .findFirst().orElseThrow();
                }
                if (SonarComponentCatalog.isSecret(property)) {
                    yield "s3cret-" + property + "-7c4a8d09ca3762af";
                }
                yield String.valueOf(schema.getOrDefault("example", "value-of-" + property));
            }
        };
    }
}
