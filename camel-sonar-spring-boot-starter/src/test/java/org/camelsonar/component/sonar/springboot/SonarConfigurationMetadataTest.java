package org.camelsonar.component.sonar.springboot;

import java.io.InputStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.convert.DurationStyle;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Spring configuration metadata IDEs read (written by spring-boot-configuration-processor from the properties
 * class) says what the component's catalog JSON says: same options, same descriptions, same defaults. Fails when
 * an option is added to or described differently in camel-sonar without the starter following.
 */
class SonarConfigurationMetadataTest {

    private static final String PREFIX = "camel.component.sonar.";
    private static final Set<String> STARTER_ONLY = Set.of("enabled", "customizer.enabled");

    @Test
    void metadataMatchesTheComponentCatalog() throws Exception {
        JsonNode catalog = read("META-INF/org/camelsonar/component/sonar/sonar.json").get("componentProperties");
        Map<String, JsonNode> metadata = new HashMap<>();
        read("META-INF/spring-configuration-metadata.json").get("properties")
                .forEach(property -> metadata.put(property.get("name").asText(), property));

        Iterator<Map.Entry<String, JsonNode>> options = catalog.fields();
        int checked = 0;
        while (options.hasNext()) {
            Map.Entry<String, JsonNode> option = options.next();
            String key = PREFIX + kebab(option.getKey());
            JsonNode property = metadata.get(key);
            assertThat(property).as("metadata for component option %s (%s)", option.getKey(), key).isNotNull();
            assertThat(property.path("description").asText()).as("description of " + key)
                    .isEqualTo(option.getValue().get("description").asText());
            JsonNode catalogDefault = option.getValue().get("defaultValue");
            if (catalogDefault == null) {
                assertThat(property.has("defaultValue")).as("no default for " + key).isFalse();
            } else if ("duration".equals(option.getValue().get("type").asText())) {
                assertThat(DurationStyle.detectAndParse(property.get("defaultValue").asText()))
                        .as("default of " + key).isEqualTo(Duration.ofMillis(catalogDefault.asLong()));
            } else {
                assertThat(property.get("defaultValue").asText()).as("default of " + key).isEqualTo(catalogDefault.asText());
            }
            checked++;
        }
        assertThat(checked).isEqualTo(catalog.size()).isPositive();
        assertThat(metadata.keySet()).as("every starter property is a component option")
                .allSatisfy(key -> assertThat(STARTER_ONLY.contains(key.substring(PREFIX.length()))
                                              || catalog.has(camel(key.substring(PREFIX.length())))).as(key).isTrue());
    }

    private static JsonNode read(String resource) throws Exception {
        try (InputStream in = SonarConfigurationMetadataTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource + " on the class path").isNotNull();
            return new ObjectMapper().readTree(in);
        }
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([A-Z])", "-$1").toLowerCase();
    }

    private static String camel(String kebab) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : kebab.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }
}
