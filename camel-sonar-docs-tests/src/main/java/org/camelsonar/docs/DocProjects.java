package org.camelsonar.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes one throwaway Maven project per runtime and dependency list, from the pages' own blocks: the
 * {@code check=deps} blocks become its dependencies (plus JUnit, Awaitility and the simulator in test scope when it
 * runs something), {@code compile} and {@code run} blocks its sources, and the page tests of {@code run} pages its
 * tests. maven-invoker-plugin then builds each one. Arguments: {@code key=value} pairs, see {@link #main}.
 */
public final class DocProjects {

    private final Map<String, String> settings;
    private final DocPages docs;

    private DocProjects(Map<String, String> settings) {
        this.settings = settings;
        this.docs = DocPages.read(Path.of(settings.get("root")));
    }

    /** root, out, scaffold, pageTests and the versions: simulator, junit, awaitility, compiler, surefire, dependency. */
    public static void main(String[] args) throws IOException {
        Map<String, String> settings = new HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            settings.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        List<String> written = new DocProjects(settings).write();
        System.out.println("[docs] generated " + written.size() + " projects from the docs' snippets: " + written);
    }

    /** A project: the runtime, the dependencies, and the blocks checked with them, by page. */
    private record Project(String runtime, PageDependencies deps, Map<Path, List<Snippet>> blocks) {
        boolean runs() {
            return blocks.values().stream().flatMap(List::stream).anyMatch(s -> s.check().equals("run"));
        }

        boolean hasTests() {
            return blocks.values().stream().flatMap(List::stream)
                    .anyMatch(s -> s.language().equals("java") && JavaSnippets.source(s).test());
        }

        List<Path> runPages() {
            return blocks.entrySet().stream()
                    .filter(e -> e.getValue().stream().anyMatch(s -> s.check().equals("run")))
                    .map(Map.Entry::getKey).toList();
        }
    }

    List<String> write() throws IOException {
        if (!docs.problems().isEmpty()) {
            throw new IllegalStateException("The docs' code blocks break the snippet rules (docs/README.md):\n  "
                    + String.join("\n  ", docs.problems()));
        }
        Path out = Path.of(settings.get("out"));
        delete(out); // a block removed from a page must not linger in last build's project
        List<String> names = new ArrayList<>();
        for (Project project : projects()) {
            List<String> pages = project.blocks().keySet().stream()
                    .map(p -> p.getFileName().toString().replace(".md", "").toLowerCase()).toList();
            String name = project.runtime() + "-" + (project.runs() ? project.runPages().get(0).getFileName()
                    .toString().replace(".md", "") : pages.get(0))
                    + (pages.size() > 1 ? "-and-" + (pages.size() - 1) + "-more" : "");
            writeProject(out.resolve(name), name, project);
            names.add(name);
        }
        return names;
    }

    /**
     * Groups blocks by runtime and the page whose dependencies they use, then merges groups with the same
     * dependency list, except that two pages that run something never share a project (their files would mix).
     */
    private List<Project> projects() {
        Map<String, Project> byPage = new LinkedHashMap<>();
        for (Snippet s : docs.all()) {
            if (!s.check().equals("compile") && !s.check().equals("run")) {
                continue;
            }
            List<Path> depsPages = s.attribute("deps") == null ? List.of(s.page())
                    : Stream.of(s.attribute("deps").split("\\+")).map(name -> docs.page(s, name)).toList();
            String key = s.runtime() + " " + depsPages;
            Project project = byPage.computeIfAbsent(key,
                    k -> new Project(s.runtime(), dependencies(s, depsPages), new LinkedHashMap<>()));
            project.blocks().computeIfAbsent(s.page(), p -> new ArrayList<>()).add(s);
        }
        List<Project> merged = new ArrayList<>();
        for (Project next : byPage.values()) {
            Project into = merged.stream()
                    .filter(p -> p.runtime().equals(next.runtime()) && p.deps().key().equals(next.deps().key())
                            && !(p.runs() && next.runs()))
                    .findFirst().orElse(null);
            if (into == null) {
                merged.add(next);
            } else {
                next.blocks().forEach((page, blocks) ->
                        into.blocks().computeIfAbsent(page, p -> new ArrayList<>()).addAll(blocks));
            }
        }
        return merged;
    }

    private PageDependencies dependencies(Snippet from, List<Path> depsPages) {
        List<Snippet> blocks = new ArrayList<>();
        for (Path depsPage : depsPages) {
            // Camel JBang runs YAML routes and application.properties on Camel Main: its blocks use Camel Main lists
            String runtime = from.runtime().equals("jbang") ? "camel-main" : from.runtime();
            List<Snippet> found = docs.pages().get(depsPage).stream()
                    .filter(s -> s.check().equals("deps") && s.runtime().equals(runtime)).toList();
            if (found.isEmpty()) {
                throw new IllegalStateException(from.where() + ": " + depsPage + " lists no dependencies for runtime "
                        + from.runtime() + "; add a check=deps block there, or name another page with deps=<page>");
            }
            blocks.addAll(found);
        }
        return PageDependencies.of(blocks);
    }

    private void writeProject(Path dir, String name, Project project) throws IOException {
        Files.createDirectories(dir);
        Map<String, StringBuilder> files = new LinkedHashMap<>();
        Map<String, Snippet> origin = new HashMap<>();
        for (List<Snippet> blocks : project.blocks().values()) {
            for (Snippet s : blocks) {
                String path;
                String text;
                if (s.language().equals("java")) {
                    JavaSnippets.Source source = JavaSnippets.source(s);
                    path = (source.test() ? "src/test/java/" : "src/main/java/") + source.path();
                    text = source.text();
                    if (origin.containsKey(path)) {
                        throw new IllegalStateException(s.where() + " and " + origin.get(path).where()
                                + " both define " + path + " in the project " + name);
                    }
                } else {
                    path = s.attribute("file");
                    text = s.body();
                }
                origin.putIfAbsent(path, s);
                files.computeIfAbsent(path, p -> new StringBuilder()).append(text).append('\n');
            }
        }
        for (Map.Entry<String, StringBuilder> file : files.entrySet()) {
            write(dir.resolve(file.getKey()), file.getValue().toString());
        }
        if (project.runs()) {
            copyTree(Path.of(settings.get("scaffold")), dir.resolve("src/test/java"));
            for (Path page : project.runPages()) {
                Path tests = Path.of(settings.get("pageTests")).resolve(page.getFileName().toString().replace(".md", ""));
                if (!Files.isDirectory(tests)) {
                    throw new IllegalStateException(page + " has check=run blocks but no page test in " + tests);
                }
                copyTree(tests, dir.resolve("src/test/java"));
            }
        }
        write(dir.resolve("pom.xml"), pom(name, project));
        write(dir.resolve("invoker.properties"), "invoker.goals = " + (project.runs() ? "verify" : "test-compile")
                + "\n");
    }

    private String pom(String name, Project project) {
        StringBuilder pom = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <!-- generated by camel-sonar-docs-tests from the code blocks of: %s -->
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>org.camelsonar.doctests</groupId>
                  <artifactId>%s</artifactId>
                  <version>1</version>
                  <properties>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                    <maven.compiler.release>17</maven.compiler.release>
                  </properties>
                """.formatted(project.blocks().keySet(), name));
        if (!project.deps().managed().isEmpty()) {
            pom.append("  <dependencyManagement><dependencies>\n");
            project.deps().managed().forEach(d -> pom.append("    ").append(d).append('\n'));
            pom.append("  </dependencies></dependencyManagement>\n");
        }
        pom.append("  <dependencies>\n    <!-- the page's dependencies -->\n");
        project.deps().dependencies().forEach(d -> pom.append("    ").append(d).append('\n'));
        if (project.runs()) {
            pom.append("    <!-- test scaffolding only -->\n");
            if (!project.deps().key().contains("<artifactId>camel-sonar-simulator</artifactId>")) {
                pom.append(testDependency("org.camelsonar", "camel-sonar-simulator", settings.get("simulator.version")));
            }
            pom.append(testDependency("org.awaitility", "awaitility", settings.get("awaitility.version")));
        }
        if (project.runs() || project.hasTests() && !project.deps().key().contains("<groupId>org.junit")
                && !project.deps().key().contains("-starter-test<")) {
            pom.append(testDependency("org.junit.jupiter", "junit-jupiter", settings.get("junit.version")));
        }
        pom.append("  </dependencies>\n  <build><plugins>\n");
        pom.append(plugin("maven-compiler-plugin", settings.get("compiler.version"), ""));
        pom.append(plugin("maven-surefire-plugin", settings.get("surefire.version"), """
                <configuration><systemPropertyVariables>
                  <sun.net.httpserver.nodelay>true</sun.net.httpserver.nodelay>
                </systemPropertyVariables></configuration>"""));
        if (project.runs()) {
            // the page's runtime class path, exactly, for tests that start the documented application as a process
            pom.append(plugin("maven-dependency-plugin", settings.get("dependency.version"), """
                    <executions><execution><id>runtime-classpath</id><phase>generate-test-resources</phase>
                      <goals><goal>build-classpath</goal></goals>
                      <configuration><includeScope>runtime</includeScope>
                        <outputFile>${project.build.directory}/runtime.classpath</outputFile></configuration>
                    </execution></executions>"""));
        }
        pom.append("  </plugins></build>\n</project>\n");
        return pom.toString();
    }

    private static String testDependency(String group, String artifact, String version) {
        return "    <dependency><groupId>" + group + "</groupId><artifactId>" + artifact + "</artifactId><version>"
                + version + "</version><scope>test</scope></dependency>\n";
    }

    private static String plugin(String artifact, String version, String body) {
        return "    <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>" + artifact
                + "</artifactId><version>" + version + "</version>" + body + "</plugin>\n";
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static void delete(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                write(to.resolve(from.relativize(file).toString()), Files.readString(file));
            }
        }
    }
}
