package org.camelsonar.docs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A block that shows an excerpt of an example's code (check=none, since the example's own build compiles and runs
 * that code) is that code: the excerpt's lines appear in the source, in order and together, whatever their
 * indentation. A block that copies a whole example file (docs/jbang.md runs its copies, camel-sonar-examples runs
 * the files) is that file, less the file's comments. Without these checks the page would drift from the code its
 * tests run.
 */
class ExampleExcerptsTest {

    private static final Path ROOT = Path.of(System.getProperty("docs.root", "..")).toAbsolutePath().normalize();

    /** The page, the block's id, and the source file under camel-sonar-examples/. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            docs/quarkus.md | java-5 | quarkus/src/test/java/org/camelsonar/examples/quarkus/SonarSimulatorResource.java
            """)
    void theExcerptIsTheExamplesCode(String page, String id, String example) throws Exception {
        Snippet excerpt = block(page, id);
        Path source = ROOT.resolve("camel-sonar-examples").resolve(example);

        assertThat(stripped(Files.readString(source))).as("%s, against %s", excerpt.where(), source)
                .contains(stripped(excerpt.body()));
    }

    /** The page, the block's id, and the file it copies, under the repository root. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            docs/jbang.md | route      | docs/examples/jbang/sonar-route.yaml
            docs/jbang.md | properties | docs/examples/jbang/application.properties
            """)
    void theBlockIsTheWholeFile(String page, String id, String file) throws Exception {
        Snippet copy = block(page, id);
        Path source = ROOT.resolve(file);

        assertThat(uncommented(copy.body())).as("%s, against %s", copy.where(), source)
                .isEqualTo(uncommented(Files.readString(source)));
    }

    private static Snippet block(String page, String id) throws Exception {
        return DocPages.read(ROOT).pages().get(Path.of(page)).stream()
                .filter(s -> id.equals(s.id())).findFirst().orElseThrow();
    }

    /** Each line without its leading and trailing blanks, so that the excerpt may be indented differently. */
    private static String stripped(String code) {
        return String.join("\n", code.strip().lines().map(String::strip).toList());
    }

    /**
     * The lines of a YAML or properties file, indentation kept (it is YAML's syntax), without blank lines and
     * {@code #} comments: the file explains itself in comments, the page in its prose.
     */
    private static List<String> uncommented(String text) {
        return text.lines().map(String::stripTrailing)
                .filter(line -> !line.isBlank() && !line.strip().startsWith("#")).toList();
    }
}
