package org.camelsonar.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a Java block into a source file: a complete file keeps its package and class name; a fragment
 * ({@code wrap=route|method|class}) becomes a class in package {@code docsnippets} named after its page and id.
 * Test code (JUnit, the simulator) goes to {@code src/test/java}.
 */
public final class JavaSnippets {

    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
    private static final Pattern TYPE = Pattern.compile(
            "^(?:public\\s+|final\\s+|abstract\\s+)*(?:class|record|interface|enum)\\s+(\\w+)", Pattern.MULTILINE);
    private static final String IMPORTS = """
            import java.net.URLEncoder;
            import java.nio.charset.StandardCharsets;
            import java.time.*;
            import java.util.*;
            import org.apache.camel.*;
            import org.apache.camel.builder.*;
            import org.camelsonar.component.sonar.*;
            import org.camelsonar.component.sonar.error.*;
            import org.camelsonar.component.sonar.model.*;
            """;

    /** A source file: its path below {@code src/main/java} or {@code src/test/java}, and its text. */
    public record Source(String path, boolean test, String text) {
    }

    private JavaSnippets() {
    }

    public static Source source(Snippet snippet) {
        String body = snippet.body();
        // test code goes to src/test/java, where test-scope dependencies (JUnit, the simulator) are visible
        boolean test = body.contains("@Test") || body.contains("org.junit") || body.contains("org.camelsonar.simulator");
        String wrap = snippet.attribute("wrap");
        if (wrap == null) {
            Matcher type = TYPE.matcher(body);
            if (!type.find()) {
                throw new IllegalArgumentException(snippet.where() + ": a Java block without a class needs wrap=route,"
                        + " wrap=method or wrap=class");
            }
            Matcher pkg = PACKAGE.matcher(body);
            String dir = pkg.find() ? pkg.group(1).replace('.', '/') + "/" : "";
            return new Source(dir + type.group(1) + ".java", test, body);
        }
        List<String> imports = new ArrayList<>();
        StringBuilder code = new StringBuilder();
        for (String line : body.split("\n")) {
            if (line.startsWith("import ")) {
                imports.add(line);
            } else {
                code.append("        ").append(line).append('\n');
            }
        }
        String name = className(snippet);
        String members = switch (wrap) {
            case "route" -> "    @Override\n    public void configure() throws Exception {\n" + code + "    }\n";
            case "method" -> "    static void snippet(CamelContext context) throws Exception {\n" + code + "    }\n";
            default -> code.toString();
        };
        String text = "// generated from " + snippet.where() + "\npackage docsnippets;\n\n" + IMPORTS
                + String.join("\n", imports) + "\n\n" + "@SuppressWarnings(\"all\")\npublic class " + name
                + (wrap.equals("route") ? " extends RouteBuilder" : "") + " {\n" + members + "}\n";
        return new Source("docsnippets/" + name + ".java", test, text);
    }

    static String className(Snippet snippet) {
        String page = snippet.page().getFileName().toString().replace(".md", "");
        StringBuilder name = new StringBuilder();
        for (String part : (page + "-" + snippet.id()).split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                name.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
            }
        }
        return name.toString();
    }
}
