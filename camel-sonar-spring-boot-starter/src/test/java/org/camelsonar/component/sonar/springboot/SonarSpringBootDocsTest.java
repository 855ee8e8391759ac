package org.camelsonar.component.sonar.springboot;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/spring-boot.md names every key the starter has, so the page's table cannot silently fall behind. */
class SonarSpringBootDocsTest {

    @Test
    void theDocsPageListsEveryKey() throws Exception {
        Path page = Path.of("..", "docs", "spring-boot.md");
        assertThat(page).exists();
        String docs = Files.readString(page);
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("META-INF/spring-configuration-metadata.json")) {
            new ObjectMapper().readTree(in).get("properties").forEach(property -> assertThat(docs)
                    .as("docs/spring-boot.md lists " + property.get("name").asText())
                    .contains("`" + property.get("name").asText() + "`"));
        }
    }
}
