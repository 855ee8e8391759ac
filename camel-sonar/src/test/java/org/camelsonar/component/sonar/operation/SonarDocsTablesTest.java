package org.camelsonar.component.sonar.operation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.camelsonar.component.sonar.operation.SonarDocsTables.Format;
import org.camelsonar.component.sonar.operation.SonarDocsTables.Section;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The option and header tables of the docs are renderings of sonar.json, which the build regenerates from the code
 * on every run, and the operations table is a rendering of {@link SonarOperation}. This test fails when a table
 * differs from a fresh rendering, i.e. when an option, header or wire detail was added, removed or changed and the
 * docs were not refreshed.
 * <p>
 * To refresh, with the command of CONTRIBUTING.md (section "Generated metadata"), i.e. this test with
 * {@code -Dsonar.docs.update=true}. That
 * rewrites the marked sections in place (the text between the START and END marker lines, nothing else) and then
 * passes; review the diff and commit it.
 * <p>
 * Checked: {@code camel-sonar/src/main/docs/sonar-component.adoc} (all four sections required),
 * {@code docs/configuration.md} (the three option and header sections required), {@code docs/operations.md} (the
 * operations section required) and any other marked section in {@code docs/*.md}.
 */
class SonarDocsTablesTest {

    static final String UPDATE_PROPERTY = "sonar.docs.update";

    private static final String HOW_TO_UPDATE = "The docs are out of date with the code (sonar.json, the option and"
            + " header metadata the build generates, or the SonarOperation table). Refresh them with:%n"
            + "  ./mvnw -B -ntp -q verify -pl camel-sonar -am -Dtest=SonarDocsTablesTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false -D" + UPDATE_PROPERTY + "=true%n"
            + "which rewrites the marked sections in place; then review and commit the change.";

    private static final boolean UPDATE = Boolean.getBoolean(UPDATE_PROPERTY);

    private final SonarDocsTables tables = SonarDocsTables.fromClasspath();

    @TestFactory
    Stream<DynamicTest> componentPageTablesMatchMetadata() {
        Path adoc = moduleDir().resolve("src/main/docs/sonar-component.adoc");
        return checks(adoc, Format.ASCIIDOC, Set.copyOf(Section.COMPONENT_PAGE));
    }

    @TestFactory
    Stream<DynamicTest> markdownTablesMatchMetadata() throws IOException {
        Path docs = moduleDir().getParent().resolve("docs");
        assertThat(docs.resolve("configuration.md")).as("the Markdown options reference").exists();
        assertThat(docs.resolve("operations.md")).as("the Markdown operations reference").exists();
        List<Path> pages;
        try (Stream<Path> files = Files.list(docs)) {
            pages = files.filter(file -> file.getFileName().toString().endsWith(".md")).sorted().toList();
        }
        return pages.stream().flatMap(page -> checks(page, Format.MARKDOWN,
                switch (page.getFileName().toString()) {
                    case "configuration.md" -> Set.of(Section.COMPONENT_OPTIONS, Section.ENDPOINT_OPTIONS,
                            Section.COMPONENT_HEADERS);
                    case "operations.md" -> operationsPage();
                    default -> Set.<Section>of();
                }));
    }

    @Test
    void renderingNamesEveryOptionAndHeader() {
        String endpoint = tables.render(Section.ENDPOINT_OPTIONS, Format.MARKDOWN);
        for (SonarOperation.Field field : SonarOperation.Field.values()) {
            if (field.option() != null && !field.option().endsWith(".*")) {
                assertThat(endpoint).as("endpoint options table").contains("`" + field.option() + "`");
            }
            if (field.header() != null) {
                assertThat(tables.render(Section.COMPONENT_HEADERS, Format.MARKDOWN)).contains("`" + field.header() + "`");
            }
        }
        assertThat(endpoint).contains("`properties`", "property.");
        assertThat(tables.render(Section.COMPONENT_OPTIONS, Format.ASCIIDOC)).contains("*token* (security)");
    }

    /** The wire mapping, and the field table of every operation that takes fields. */
    private static Set<Section> operationsPage() {
        Set<Section> sections = new HashSet<>(Section.fieldTables());
        sections.add(Section.OPERATIONS);
        return sections;
    }

    /** One dynamic test per section: the required ones and any other the document holds. */
    private Stream<DynamicTest> checks(Path document, Format format, Set<Section> required) {
        String text = read(document);
        List<DynamicTest> tests = new ArrayList<>();
        for (Section section : Section.values()) {
            boolean present = SonarDocsTables.hasSection(text, section, format);
            if (present || required.contains(section)) {
                tests.add(DynamicTest.dynamicTest(document.getFileName() + ": " + section.marker(),
                        () -> check(document, section, format)));
            }
        }
        return tests.stream();
    }

    private void check(Path document, Section section, Format format) {
        String expected = tables.render(section, format);
        String text = read(document);
        String actual;
        try {
            actual = SonarDocsTables.section(text, section, format);
        } catch (IllegalArgumentException e) {
            fail(document + ": " + e.getMessage() + ". Add the lines '" + format.startMarker(section) + "' and '"
                 + format.endMarker(section) + "' where the table belongs; " + UPDATE_PROPERTY
                 + "=true then fills them in.");
            return;
        }
        if (UPDATE && !actual.equals(expected)) {
            write(document, SonarDocsTables.replaceSection(text, section, format, expected));
            actual = SonarDocsTables.section(read(document), section, format);
        }
        assertThat(actual)
                .as("%s, section '%s'.%n" + HOW_TO_UPDATE, document, section.marker())
                .isEqualTo(expected);
    }

    /** The camel-sonar module directory: Surefire's basedir, else the working directory. */
    private static Path moduleDir() {
        Path dir = Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath();
        if (!Files.isDirectory(dir.resolve("src/main/docs")) && Files.isDirectory(dir.resolve("camel-sonar/src"))) {
            dir = dir.resolve("camel-sonar");
        }
        return dir;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new AssertionError("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("Cannot update " + file + ": " + e.getMessage(), e);
        }
    }
}
