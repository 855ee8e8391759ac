package org.camelsonar.docs;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A block that shows an excerpt of an example's code (check=none, since the example's own build compiles and runs
 * that code) is that code: the excerpt's lines appear in the source, in order and together, whatever their
 * indentation. Without this check the page would drift from the code its tests run.
 */
class ExampleExcerptsTest {

    private static final Path ROOT = Path.of(System.getProperty("docs.root", "..")).toAbsolutePath().normalize();

    /** The page, the block's id, and the source file under camel-sonar-examples/. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            docs/quarkus.md | java-5 | quarkus/src/test/java/org/camelsonar/examples/quarkus/SonarSimulatorResource.java
            """)
    void theExcerptIsTheExamplesCode(String page, String id, String example) throws Exception {
        Snippet excerpt = DocPages.read(ROOT).pages().get(Path.of(page)).stream()
                .filter(s -> id.equals(s.id())).findFirst().orElseThrow();
        Path source = ROOT.resolve("camel-sonar-examples").resolve(example);

        assertThat(stripped(Files.readString(source))).as("%s, against %s", excerpt.where(), source)
                .contains(stripped(excerpt.body()));
    }

    /** Each line without its leading and trailing blanks, so that the excerpt may be indented differently. */
    private static String stripped(String code) {
        return String.join("\n", code.strip().lines().map(String::strip).toList());
    }
}
