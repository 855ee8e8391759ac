package org.camelsonar.kamelets;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The component's own catalog ({@code sonar.json}, generated from its {@code @UriParam}s): which endpoint options
 * exist, their types and defaults, and which are secrets. The Kamelets are checked against it.
 */
final class SonarComponentCatalog {

    private static final JsonNode OPTIONS = load().path("properties");

    private SonarComponentCatalog() {
    }

    private static JsonNode load() {
        try (InputStream in = SonarComponentCatalog.class.getResourceAsStream(
                "/META-INF/org/camelsonar/component/sonar/sonar.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The endpoint option of that name, or a missing node. */
    static JsonNode option(String name) {
        return OPTIONS.path(name);
    }

    static boolean isSecret(String name) {
        return option(name).path("secret").asBoolean(false);
    }
}
