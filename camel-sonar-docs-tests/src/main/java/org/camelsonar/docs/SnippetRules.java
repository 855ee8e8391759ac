package org.camelsonar.docs;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The rules of docs/README.md for one page's markers: each broken rule is one message naming the block. */
public final class SnippetRules {

    public static final Set<String> CHECKS = Set.of("deps", "compile", "run", "parse", "none");
    public static final Set<String> RUNTIMES = Set.of("camel-main", "spring-boot", "quarkus", "jbang");
    public static final Set<String> PARSED = Set.of("yaml", "xml", "json", "properties");
    private static final Set<String> WRAPS = Set.of("route", "method", "class");
    private static final Set<String> KNOWN = Set.of("id", "check", "runtime", "deps", "file", "wrap", "reason");
    private static final Pattern ID = Pattern.compile("[a-z0-9-]+");

    private SnippetRules() {
    }

    public static List<String> check(List<Snippet> page) {
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Snippet s : page) {
            String at = s.where() + ": ";
            for (String name : s.attributes().keySet()) {
                if (!KNOWN.contains(name)) {
                    problems.add(at + "unknown marker attribute '" + name + "', known: " + KNOWN);
                }
            }
            if (s.id() == null || !ID.matcher(s.id()).matches()) {
                problems.add(at + "the marker needs id=<lower-case-name>");
            } else if (!ids.add(s.id())) {
                problems.add(at + "id '" + s.id() + "' is used twice on the page");
            }
            String check = s.check();
            if (check == null || !CHECKS.contains(check)) {
                problems.add(at + "check must be one of " + CHECKS + ", not " + check);
                continue;
            }
            boolean needsRuntime = check.equals("deps") || check.equals("compile") || check.equals("run");
            if (needsRuntime && !RUNTIMES.contains(String.valueOf(s.runtime()))) {
                problems.add(at + "check=" + check + " needs runtime=one of " + RUNTIMES);
            }
            if (check.equals("none") && (s.attribute("reason") == null || s.attribute("reason").isBlank())) {
                problems.add(at + "check=none needs a reason=\"...\"");
            }
            if (check.equals("deps") && !s.language().equals("xml")) {
                problems.add(at + "check=deps is for Maven XML blocks, this one is '" + s.language() + "'");
            }
            if (check.equals("compile") && !s.language().equals("java")) {
                problems.add(at + "check=compile is for Java blocks; use check=parse for '" + s.language() + "'");
            }
            if (check.equals("run") && !s.language().equals("java") && s.attribute("file") == null) {
                problems.add(at + "check=run of a " + s.language() + " block needs file=<path in the project>");
            }
            if (check.equals("parse") && !PARSED.contains(s.language())) {
                problems.add(at + "check=parse knows " + PARSED + ", not '" + s.language() + "'");
            }
            String wrap = s.attribute("wrap");
            if (wrap != null && (!WRAPS.contains(wrap) || !s.language().equals("java"))) {
                problems.add(at + "wrap=" + wrap + " is for Java blocks, one of " + WRAPS);
            }
        }
        return problems;
    }
}
