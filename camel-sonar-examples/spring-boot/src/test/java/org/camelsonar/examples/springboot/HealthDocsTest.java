package org.camelsonar.examples.springboot;

import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two probe configurations of docs/spring-boot.md's Health section are the ones the tests run with: the first
 * block is the example's application.properties, the second the property SonarReadinessIncludesCredentialsTest adds.
 */
class HealthDocsTest {

    @Test
    void theHealthSectionShowsTheConfigurationsTheTestsUse() throws Exception {
        String page = Files.readString(Path.of("..", "..", "docs", "spring-boot.md"));
        int start = page.indexOf("\n## Health\n");
        String health = page.substring(start, page.indexOf("\n## ", start + 1));
        List<Properties> blocks = new ArrayList<>();
        Matcher block = Pattern.compile("```properties\n(.*?)```", Pattern.DOTALL).matcher(health);
        while (block.find()) {
            Properties properties = new Properties();
            properties.load(new StringReader(block.group(1)));
            blocks.add(properties);
        }
        assertThat(blocks).as("the default and the opt-in configuration").hasSize(2);

        Properties application = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            application.load(in);
        }
        assertThat(application).containsAllEntriesOf(blocks.get(0));

        Properties optIn = new Properties();
        Arrays.stream(SonarReadinessIncludesCredentialsTest.class.getAnnotation(SpringBootTest.class).properties())
                .forEach(property -> optIn.setProperty(property.substring(0, property.indexOf('=')),
                        property.substring(property.indexOf('=') + 1)));
        assertThat(optIn).isEqualTo(blocks.get(1));
    }
}
