package org.camelsonar.docs;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.xml.sax.InputSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The fast half of the docs checks (docs/README.md): every code block of README.md and docs/*.md carries a valid
 * marker, and every YAML, XML, JSON and properties block parses. The other half builds the generated projects.
 */
class DocsSnippetsTest {

    private static final Path ROOT = Path.of(System.getProperty("docs.root", "..")).toAbsolutePath().normalize();
    private static final DocPages DOCS = DocPages.read(ROOT);

    @Test
    void everyCodeBlockCarriesAValidMarker() {
        assertThat(DOCS.problems()).as("code blocks against the rules of docs/README.md").isEmpty();
        assertThat(DOCS.all()).hasSizeGreaterThan(100);
    }

    @Test
    void everyYamlXmlJsonAndPropertiesBlockParses() {
        List<Snippet> parsed = DOCS.all().stream()
                .filter(s -> SnippetRules.PARSED.contains(s.language()) && !s.check().equals("none")).toList();
        for (Snippet s : parsed) {
            try {
                parse(s);
            } catch (Exception e) {
                fail(s.where() + ": the " + s.language() + " block does not parse: " + e.getMessage());
            }
        }
        assertThat(parsed).extracting(Snippet::language).contains("yaml", "xml", "json", "properties");
    }

    static void parse(Snippet s) throws Exception {
        switch (s.language()) {
            case "yaml" -> new Load(LoadSettings.builder().build()).loadFromString(s.body());
            case "json" -> new ObjectMapper().readTree(s.body());
            case "xml" -> DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new InputSource(new StringReader("<root>" + s.body() + "</root>")));
            case "properties" -> properties(s.body());
            default -> throw new IllegalArgumentException("no parser for " + s.language());
        }
    }

    /** java.util.Properties reads almost anything: a line with neither '=' nor ':' is a key without value, a typo. */
    private static void properties(String text) throws Exception {
        new Properties().load(new StringReader(text));
        boolean continued = false;
        for (String line : text.split("\n")) {
            String trimmed = line.strip();
            boolean comment = trimmed.startsWith("#") || trimmed.startsWith("!");
            if (!continued && !trimmed.isEmpty() && !comment && !trimmed.contains("=") && !trimmed.contains(":")) {
                throw new IllegalArgumentException("line '" + trimmed + "' has no '=': a key without a value");
            }
            String value = trimmed.replaceFirst("^[^=:]*[=:]", "").strip();
            if (!continued && !comment && value.matches(".*\\S\\s+#.*")) {
                throw new IllegalArgumentException("line '" + trimmed + "': a # after a value is part of the value"
                        + " in a .properties file; put the comment on its own line");
            }
            continued = !comment && trimmed.endsWith("\\");
        }
    }
}
