package org.camelsonar.kamelets;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The Kamelets this module ships, read from the class path as a runtime finds them
 * ({@code camel.component.kamelet.location=classpath:kamelets}), after Maven filled in the versions.
 */
final class KameletDefinitions {

    static final String SUFFIX = ".kamelet.yaml";

    private KameletDefinitions() {
    }

    /** The names of every shipped Kamelet, e.g. {@code sonar-message-sink}. */
    static List<String> names() {
        URL dir = KameletDefinitions.class.getClassLoader().getResource("kamelets");
        if (dir == null) {
            throw new IllegalStateException("No kamelets directory on the class path");
        }
        try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(SUFFIX))
                    .map(name -> name.substring(0, name.length() - SUFFIX.length())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One Kamelet as parsed YAML. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> load(String name) {
        try (InputStream in = KameletDefinitions.class.getClassLoader().getResourceAsStream("kamelets/" + name + SUFFIX)) {
            if (in == null) {
                throw new IllegalArgumentException("No Kamelet " + name + " on the class path");
            }
            return (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromInputStream(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of one Kamelet, for checks on its template. */
    static String text(String name) {
        try (InputStream in = KameletDefinitions.class.getClassLoader().getResourceAsStream("kamelets/" + name + SUFFIX)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> at(Map<String, Object> node, String... path) {
        Map<String, Object> current = node;
        for (String key : path) {
            current = (Map<String, Object>) current.get(key);
            if (current == null) {
                throw new AssertionError("No " + String.join(".", path) + " in the Kamelet");
            }
        }
        return current;
    }

    /** spec.definition.properties: property name to its JSON schema. */
    @SuppressWarnings("unchecked")
    static Map<String, Map<String, Object>> properties(Map<String, Object> kamelet) {
        return (Map<String, Map<String, Object>>) (Map<?, ?>) at(kamelet, "spec", "definition", "properties");
    }

    @SuppressWarnings("unchecked")
    static List<String> required(Map<String, Object> kamelet) {
        Object required = at(kamelet, "spec", "definition").get("required");
        return required == null ? List.of() : (List<String>) required;
    }

    static boolean isSource(String name) {
        return name.endsWith("-source");
    }
}
