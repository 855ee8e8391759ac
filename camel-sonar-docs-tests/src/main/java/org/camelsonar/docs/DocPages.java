package org.camelsonar.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The pages whose code blocks are tests: the repository's README.md and every docs/*.md, with their snippets. */
public final class DocPages {

    private final Map<Path, List<Snippet>> pages = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();

    public static DocPages read(Path root) {
        DocPages docs = new DocPages();
        List<Path> paths = new ArrayList<>();
        paths.add(Path.of("README.md"));
        try (Stream<Path> files = Files.list(root.resolve("docs"))) {
            files.filter(p -> p.toString().endsWith(".md")).sorted()
                    .forEach(p -> paths.add(Path.of("docs").resolve(p.getFileName())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path page : paths) {
            MarkdownSnippets snippets = MarkdownSnippets.read(root, page);
            docs.problems.addAll(snippets.problems());
            docs.problems.addAll(SnippetRules.check(snippets.snippets()));
            docs.pages.put(page, snippets.snippets());
        }
        return docs;
    }

    public Map<Path, List<Snippet>> pages() {
        return pages;
    }

    public List<Snippet> all() {
        return pages.values().stream().flatMap(List::stream).toList();
    }

    /** Every broken rule on every page; empty when the docs can be tested. */
    public List<String> problems() {
        return problems;
    }

    /** The page a {@code deps=...} attribute names ({@code camel-main.md} means {@code docs/camel-main.md}). */
    public Path page(Snippet from, String name) {
        for (Path page : pages.keySet()) {
            if (page.toString().equals(name) || page.getFileName().toString().equals(name)) {
                return page;
            }
        }
        throw new IllegalArgumentException(from.where() + ": deps=" + name + " names no page of " + pages.keySet());
    }
}
