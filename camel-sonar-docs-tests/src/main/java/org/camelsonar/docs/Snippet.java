package org.camelsonar.docs;

import java.nio.file.Path;
import java.util.Map;

/**
 * One fenced code block of a Markdown page, with the attributes of the {@code <!-- snippet: ... -->} marker before it.
 *
 * @param page     the page, relative to the repository root (e.g. {@code docs/getting-started.md})
 * @param line     the line of the opening fence (1-based), for error messages
 * @param language the fence's info string ({@code java}, {@code yaml}, ...; empty when none)
 * @param attributes the marker's attributes
 * @param body     the block's text, without the fences and without the fence's indentation
 */
public record Snippet(Path page, int line, String language, Map<String, String> attributes, String body) {

    public String id() {
        return attributes.get("id");
    }

    public String check() {
        return attributes.get("check");
    }

    public String runtime() {
        return attributes.get("runtime");
    }

    public String attribute(String name) {
        return attributes.get(name);
    }

    /** The page and line, as build errors name a block: {@code docs/camel-main.md:42 (id=route)}. */
    public String where() {
        return page + ":" + line + (id() == null ? "" : " (id=" + id() + ")");
    }
}
