package org.camelsonar.docs;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * The Maven dependencies a page documents for one runtime: its {@code check=deps} blocks, each holding
 * {@code <dependencyManagement>}, {@code <dependencies>} or bare {@code <dependency>} elements.
 */
public final class PageDependencies {

    private final List<String> managed = new ArrayList<>();
    private final List<String> dependencies = new ArrayList<>();

    public static PageDependencies of(List<Snippet> blocks) {
        PageDependencies deps = new PageDependencies();
        for (Snippet block : blocks) {
            deps.add(block);
        }
        return deps;
    }

    private void add(Snippet block) {
        Element root;
        try {
            root = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new InputSource(new StringReader("<root>" + block.body() + "</root>"))).getDocumentElement();
        } catch (Exception e) {
            throw new IllegalArgumentException(block.where() + ": not well-formed XML: " + e.getMessage(), e);
        }
        for (Node node = root.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (!(node instanceof Element element)) {
                continue;
            }
            switch (element.getTagName()) {
                case "dependency" -> add(dependencies, xml(element));
                case "dependencies" -> children(element, dependencies);
                case "dependencyManagement" -> {
                    for (Node d = element.getFirstChild(); d != null; d = d.getNextSibling()) {
                        if (d instanceof Element inner && inner.getTagName().equals("dependencies")) {
                            children(inner, managed);
                        }
                    }
                }
                default -> throw new IllegalArgumentException(block.where() + ": a deps block holds <dependency>,"
                        + " <dependencies> or <dependencyManagement>, not <" + element.getTagName() + ">");
            }
        }
    }

    private static void children(Element parent, List<String> into) {
        for (Node d = parent.getFirstChild(); d != null; d = d.getNextSibling()) {
            if (d instanceof Element dep && dep.getTagName().equals("dependency")) {
                add(into, xml(dep));
            }
        }
    }

    /** Two pages listing the same dependency (e.g. the Camel BOM) yield it once. */
    private static void add(List<String> into, String dependency) {
        if (!into.contains(dependency)) {
            into.add(dependency);
        }
    }

    private static String xml(Element element) {
        try {
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(element), new StreamResult(out));
            return out.toString().replaceAll("(?s)<!--.*?-->", "").replaceAll("\\s+", " ").replace("> <", "><").trim();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public List<String> managed() {
        return managed;
    }

    public List<String> dependencies() {
        return dependencies;
    }

    /** Equal for pages that document the same dependencies, in any order: such pages can share a project. */
    public String key() {
        return managed.stream().sorted().toList() + " " + dependencies.stream().sorted().toList();
    }
}
