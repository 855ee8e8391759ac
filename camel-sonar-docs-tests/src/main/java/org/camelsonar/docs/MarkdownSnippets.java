package org.camelsonar.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the fenced code blocks of a Markdown page together with the snippet marker before each
 * ({@code <!-- snippet: id=... check=... -->}, see docs/README.md). A block without a marker is reported, not skipped.
 */
public final class MarkdownSnippets {

    private static final Pattern FENCE = Pattern.compile("^( {0,3})(```+|~~~+)\\s*([\\w+-]*).*$");
    private static final Pattern MARKER = Pattern.compile("^ {0,3}<!--\\s*snippet:(.*?)-->\\s*$");
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-z]+)=(\"[^\"]*\"|[^\\s,\"]+)[\\s,]*");

    private final List<Snippet> snippets = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    private MarkdownSnippets() {
    }

    /** Reads {@code root.resolve(page)}. */
    public static MarkdownSnippets read(Path root, Path page) {
        try {
            return parse(page, Files.readString(root.resolve(page)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static MarkdownSnippets parse(Path page, String markdown) {
        MarkdownSnippets result = new MarkdownSnippets();
        result.scan(page, markdown.split("\n", -1));
        return result;
    }

    public List<Snippet> snippets() {
        return snippets;
    }

    /** Blocks without a marker, markers without a block, and malformed markers, each naming page and line. */
    public List<String> problems() {
        return problems;
    }

    private void scan(Path page, String[] lines) {
        Map<String, String> pending = null;
        int pendingLine = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher marker = MARKER.matcher(line);
            Matcher fence = FENCE.matcher(line);
            if (marker.matches()) {
                if (pending != null) {
                    problems.add(page + ":" + pendingLine + ": snippet marker not followed by a code block");
                }
                pending = attributes(page, i + 1, marker.group(1));
                pendingLine = i + 1;
            } else if (fence.matches()) {
                int end = closingFence(lines, i, fence.group(2));
                String body = body(lines, i + 1, end, fence.group(1).length());
                if (pending == null) {
                    problems.add(page + ":" + (i + 1) + ": code block without a snippet marker"
                            + " (add <!-- snippet: id=... check=... --> before it; see docs/README.md)");
                } else {
                    snippets.add(new Snippet(page, i + 1, fence.group(3), pending, body));
                }
                pending = null;
                i = end;
            } else if (!line.isBlank() && pending != null) {
                problems.add(page + ":" + pendingLine + ": snippet marker not followed by a code block");
                pending = null;
            }
        }
        if (pending != null) {
            problems.add(page + ":" + pendingLine + ": snippet marker not followed by a code block");
        }
    }

    private static int closingFence(String[] lines, int open, String fence) {
        for (int j = open + 1; j < lines.length; j++) {
            String trimmed = lines[j].strip();
            if (trimmed.startsWith(fence) && trimmed.replace(fence.substring(0, 1), "").isEmpty()) {
                return j;
            }
        }
        return lines.length;
    }

    private static String body(String[] lines, int from, int to, int indent) {
        StringBuilder text = new StringBuilder();
        for (int j = from; j < to && j < lines.length; j++) {
            String line = lines[j];
            int strip = 0;
            while (strip < indent && strip < line.length() && line.charAt(strip) == ' ') {
                strip++;
            }
            text.append(line.substring(strip)).append('\n');
        }
        return text.toString();
    }

    private Map<String, String> attributes(Path page, int line, String text) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher attribute = ATTRIBUTE.matcher(text.strip());
        int at = 0;
        while (attribute.lookingAt()) {
            String value = attribute.group(2);
            if (value.startsWith("\"")) {
                value = value.substring(1, value.length() - 1);
            }
            attributes.put(attribute.group(1), value);
            at = attribute.end();
            attribute.region(at, text.strip().length());
        }
        if (at != text.strip().length()) {
            problems.add(page + ":" + line + ": cannot read the snippet marker from '" + text.strip().substring(at)
                    + "' (write key=value pairs, quote values with blanks)");
        }
        return attributes;
    }
}
