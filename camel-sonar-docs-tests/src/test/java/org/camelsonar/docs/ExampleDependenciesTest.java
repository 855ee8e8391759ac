package org.camelsonar.docs;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.params.ParameterizedTest;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Spring Boot and Quarkus pages say that their example modules exercise them, and those modules' tests boot the
 * runtimes (too slow to boot again from the page). So the page must document the example's dependencies: every
 * non-test dependency of the example is on the page, and nothing on the page is missing from the example.
 */
class ExampleDependenciesTest {

    private static final Path ROOT = Path.of(System.getProperty("docs.root", "..")).toAbsolutePath().normalize();
    @ParameterizedTest(name = "{0}")
    @CsvSource({"docs/spring-boot.md, camel-sonar-examples/spring-boot/pom.xml",
            "docs/quarkus.md, camel-sonar-examples/quarkus/pom.xml"})
    void thePageDocumentsTheExamplesDependencies(String page, String pom) throws Exception {
        List<Snippet> blocks = DocPages.read(ROOT).pages().get(Path.of(page)).stream()
                .filter(s -> s.check().equals("deps")).toList();
        Set<String> documented = new TreeSet<>();
        for (Snippet block : blocks) {
            documented.addAll(dependencies(block.body()));
        }
        String model = Files.readString(ROOT.resolve(pom));
        Set<String> used = dependencies(model);

        assertThat(used).as("what %s depends on", pom).containsAll(documented);
        assertThat(documented).as("what %s documents", page)
                .containsAll(used.stream().filter(d -> !d.endsWith(":test")).toList());
    }

    /** groupId:artifactId:scope of each dependency, leaving out dependency management (BOMs) and plugins. */
    private static Set<String> dependencies(String xml) throws Exception {
        Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader("<root>" + xml.replaceFirst("(?s)^<\\?xml.*?\\?>", "")
                        + "</root>"))).getDocumentElement();
        Set<String> found = new TreeSet<>();
        NodeList all = root.getElementsByTagName("dependency");
        for (int i = 0; i < all.getLength(); i++) {
            Element dependency = (Element) all.item(i);
            if (within(dependency, "dependencyManagement") || within(dependency, "build")) {
                continue;
            }
            String scope = child(dependency, "scope");
            found.add(child(dependency, "groupId") + ":" + child(dependency, "artifactId") + ":"
                    + (scope == null ? "compile" : scope));
        }
        return found;
    }

    private static boolean within(Node node, String ancestor) {
        for (Node n = node.getParentNode(); n != null; n = n.getParentNode()) {
            if (ancestor.equals(n.getNodeName())) {
                return true;
            }
        }
        return false;
    }

    private static String child(Element element, String name) {
        NodeList children = element.getElementsByTagName(name);
        return children.getLength() == 0 ? null : children.item(0).getTextContent().strip();
    }
}
