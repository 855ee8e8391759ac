package org.camelsonar.kamelets;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What designers (Kaoto, Karavan) and catalogs read from a Kamelet, checked as Apache's Kamelet catalog lays it
 * out: labels and annotations, a form entry (title, description, type, default or example) per property, secrets
 * masked, and the Maven dependency that brings the component.
 */
class KameletCatalogConventionsTest {

    static List<String> kamelets() {
        return KameletDefinitions.names();
    }

    @Test
    void theModuleShipsTheFiveSinksAndTheSource() {
        assertThat(kamelets()).containsExactlyInAnyOrder("sonar-message-sink", "sonar-customer-upsert-sink",
                "sonar-campaign-sink", "sonar-customer-close-sink", "sonar-message-tag-sink",
                "sonar-webhook-source");
    }

    @ParameterizedTest
    @MethodSource("kamelets")
    void metadataNamesTypeSupportLevelProviderGroupAndIcon(String name) {
        Map<String, Object> kamelet = KameletDefinitions.load(name);
        assertThat(kamelet).containsEntry("apiVersion", "camel.apache.org/v1").containsEntry("kind", "Kamelet");
        Map<String, Object> metadata = KameletDefinitions.at(kamelet, "metadata");
        assertThat(metadata).containsEntry("name", name);
        assertThat(KameletDefinitions.at(metadata, "labels"))
                .containsEntry("camel.apache.org/kamelet.type", KameletDefinitions.isSource(name) ? "source" : "sink");

        Map<String, Object> annotations = KameletDefinitions.at(metadata, "annotations");
        assertThat(annotations)
                .containsEntry("camel.apache.org/kamelet.support.level", "Preview")
                .containsEntry("camel.apache.org/provider", "camel-sonar")
                .containsEntry("camel.apache.org/kamelet.group", "Sonar")
                .containsEntry("camel.apache.org/catalog.version", System.getProperty("camel.version"));
        String icon = (String) annotations.get("camel.apache.org/kamelet.icon");
        assertThat(icon).startsWith("data:image/svg+xml;base64,");
        String svg = new String(Base64.getDecoder().decode(icon.substring(icon.indexOf(',') + 1)),
                StandardCharsets.UTF_8);
        assertThat(svg).startsWith("<svg").endsWith("</svg>");
    }

    @ParameterizedTest
    @MethodSource("kamelets")
    void everyPropertyHasAFormEntryAndSecretsAreMasked(String name) {
        Map<String, Object> kamelet = KameletDefinitions.load(name);
        Map<String, Object> definition = KameletDefinitions.at(kamelet, "spec", "definition");
        assertThat(definition).containsKeys("title", "description").containsEntry("type", "object");
        Map<String, Map<String, Object>> properties = KameletDefinitions.properties(kamelet);
        assertThat(properties.keySet()).containsAll(KameletDefinitions.required(kamelet));

        properties.forEach((property, schema) -> {
            String where = name + " property " + property;
            assertThat(schema).as(where).containsKeys("title", "description", "type");
            assertThat(schema.get("type")).as(where).isIn("string", "boolean", "integer");
            boolean secret = SonarComponentCatalog.isSecret(property);
            if (secret) {
                assertThat(schema).as(where).containsEntry("format", "password")
                        .containsEntry("x-descriptors", List.of("urn:camel:group:credentials"))
                        .doesNotContainKeys("default", "example");
            } else {
                assertThat(schema).as(where).doesNotContainKey("format");
                assertThat(schema.containsKey("default") || schema.containsKey("example"))
                        .as(where + " has a default or an example").isTrue();
            }
        });
    }

    @ParameterizedTest
    @MethodSource("kamelets")
    void typesAndDefaultsAgreeWithTheComponent(String name) {
        KameletDefinitions.properties(KameletDefinitions.load(name)).forEach((property, schema) -> {
            JsonNode option = SonarComponentCatalog.option(property);
            if (option.isMissingNode()) {
                return; // a path parameter such as the source's event, checked by KameletPropertiesTest
            }
            String where = name + " property " + property;
            String expectedType = "duration".equals(option.path("type").asText()) ? "string" : option.path("type").asText();
            assertThat(schema.get("type")).as(where).isEqualTo(expectedType);
            if (schema.containsKey("default")) {
                assertThat(String.valueOf(schema.get("default"))).as(where + " default")
                        .isEqualTo(option.path("defaultValue").asText());
            }
        });
    }

    @ParameterizedTest
    @MethodSource("kamelets")
    void dependsOnTheComponentOfThisBuild(String name) {
        assertThat(KameletDefinitions.at(KameletDefinitions.load(name), "spec").get("dependencies"))
                .asList().contains("camel:kamelet",
                        "mvn:org.camelsonar:camel-sonar:" + System.getProperty("project.version"));
    }
}
