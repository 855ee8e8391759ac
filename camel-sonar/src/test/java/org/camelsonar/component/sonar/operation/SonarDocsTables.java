package org.camelsonar.component.sonar.operation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camelsonar.component.sonar.client.SonarWebhookCalls;

/**
 * Renders the option and header tables of the user docs from the component's generated metadata (sonar.json), in
 * AsciiDoc for the component page and in Markdown for the docs/ pages. Each table lives in a marked section of a
 * document; {@link #replaceSection} swaps a section's content for a fresh rendering.
 */
final class SonarDocsTables {

    static final String METADATA = "META-INF/org/camelsonar/component/sonar/sonar.json";

    /**
     * A marked section, by the name used in its START and END markers: the option and header tables, the wire
     * mapping of every operation, and one field table per operation ({@code fields message/send}).
     *
     * @param operation the operation whose fields the section lists; null for the other sections
     */
    record Section(String marker, SonarOperation operation) {

        static final Section COMPONENT_OPTIONS = new Section("component options", null);
        static final Section ENDPOINT_OPTIONS = new Section("endpoint options", null);
        static final Section COMPONENT_HEADERS = new Section("component headers", null);
        /** Not an option table: the wire mapping of every operation, from {@link SonarOperation}. */
        static final Section OPERATIONS = new Section("operations", null);

        /** The sections of the component page, which links to docs/ for the fields of each operation. */
        static final List<Section> COMPONENT_PAGE = List.of(COMPONENT_OPTIONS, ENDPOINT_OPTIONS, COMPONENT_HEADERS,
                OPERATIONS);

        /** The fields of one operation: option, header, Sonar's name, whether required, what it is. */
        static Section fields(SonarOperation operation) {
            return new Section("fields " + operation.uri(), operation);
        }

        /** Every field table, one per operation that takes fields. */
        static List<Section> fieldTables() {
            return Arrays.stream(SonarOperation.values()).filter(operation -> !operation.fields().isEmpty())
                    .map(Section::fields).toList();
        }

        static List<Section> values() {
            List<Section> all = new ArrayList<>(COMPONENT_PAGE);
            all.addAll(fieldTables());
            return all;
        }
    }

    /** The two document formats and how each writes a marker line. */
    enum Format {
        ASCIIDOC {
            @Override
            String startMarker(Section section) {
                return "// " + section.marker() + ": START";
            }

            @Override
            String endMarker(Section section) {
                return "// " + section.marker() + ": END";
            }
        },
        MARKDOWN {
            @Override
            String startMarker(Section section) {
                return "<!-- " + section.marker() + ": START -->";
            }

            @Override
            String endMarker(Section section) {
                return "<!-- " + section.marker() + ": END -->";
            }
        };

        abstract String startMarker(Section section);

        abstract String endMarker(Section section);
    }

    private static final Pattern QUALIFIED = Pattern.compile("\\b(?:[a-z_][a-z0-9_]*\\.)+([A-Z]\\w*)");
    private static final Pattern ATTRIBUTE_REFERENCE = Pattern.compile("\\{(\\w[\\w-]*)}");

    private final JsonNode metadata;

    private SonarDocsTables(JsonNode metadata) {
        this.metadata = metadata;
    }

    /** Reads sonar.json from the classpath, where the build puts the freshly generated copy. */
    static SonarDocsTables fromClasspath() {
        try (InputStream in = SonarDocsTables.class.getClassLoader().getResourceAsStream(METADATA)) {
            if (in == null) {
                throw new IllegalStateException(METADATA + " is not on the test classpath: build the module first");
            }
            return new SonarDocsTables(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + METADATA, e);
        }
    }

    /** The content of a section, one table or more, ending with a line break. */
    String render(Section section, Format format) {
        if (section.operation() != null) {
            return fields(section.operation(), format);
        }
        return switch (section.marker()) {
            case "component options" -> componentOptions(format);
            case "endpoint options" -> endpointOptions(format);
            case "component headers" -> headers(format);
            case "operations" -> operations(format);
            default -> throw new IllegalArgumentException("No rendering for section " + section.marker());
        };
    }

    private String componentOptions(Format format) {
        List<JsonNode> options = byGroup(entries("componentProperties"));
        StringBuilder out = new StringBuilder();
        out.append("The ").append(title()).append(" component supports ").append(options.size())
                .append(" options, which are listed below.\n\n");
        table(out, format, options, option -> nameWithGroup(option, format));
        return out.toString();
    }

    private String endpointOptions(Format format) {
        List<JsonNode> path = new ArrayList<>();
        List<JsonNode> query = new ArrayList<>();
        entries("properties").forEach(option -> ("path".equals(option.path("kind").asText()) ? path : query)
                .add(option));
        StringBuilder out = new StringBuilder();
        out.append("The ").append(title()).append(" endpoint is configured using URI syntax:\n\n");
        if (format == Format.ASCIIDOC) {
            out.append("----\n").append(metadata.path("component").path("syntax").asText()).append("\n----\n\n");
        } else {
            // every code block of the docs carries a snippet marker (docs/README.md); this one is syntax, not code
            out.append("<!-- snippet: id=uri-syntax check=none reason=\"URI syntax, rendered from sonar.json\" -->\n")
                    .append("```\n").append(metadata.path("component").path("syntax").asText()).append("\n```\n\n");
        }
        out.append("with ").append(path.size()).append(" path parameters and ").append(query.size())
                .append(" query parameters.\n\n");
        title(out, format, "Path parameters (" + path.size() + ")");
        table(out, format, path, option -> name(option, format));
        Map<String, List<JsonNode>> groups = new LinkedHashMap<>();
        byGroup(query).forEach(option -> groups.computeIfAbsent(group(option), g -> new ArrayList<>()).add(option));
        groups.forEach((group, options) -> {
            out.append('\n');
            title(out, format, "Query parameters: " + group + " (" + options.size() + ")");
            table(out, format, options, option -> name(option, format));
        });
        return out.toString();
    }

    private String headers(Format format) {
        List<JsonNode> headers = entries("headers");
        StringBuilder out = new StringBuilder();
        out.append("The ").append(title()).append(" component supports ").append(headers.size())
                .append(" message headers, which are listed below.\n\n");
        table(out, format, headers, header -> {
            String constant = header.path("constantName").asText();
            String field = constant.substring(constant.lastIndexOf('.') + 1).replace('#', '.');
            return format == Format.ASCIIDOC
                    ? "`" + header.path("name").asText() + "` (" + group(header) + ") +\nConstant: `" + field + "`"
                    : "`" + header.path("name").asText() + "` (" + group(header) + ")<br>Constant: `" + field + "`";
        });
        return out.toString();
    }

    /**
     * One row per endpoint operation of {@link SonarOperation}: HTTP method and path, credential, where each field
     * goes, what is required. The webhook calls the consumer makes get a short table of their own.
     */
    private static String operations(Format format) {
        List<String[]> rows = new ArrayList<>();
        for (SonarOperation operation : SonarOperation.values()) {
            String credential = "`" + operation.credential().header() + "`";
            String http = operation.method() == null
                    ? "any method (`httpMethod`), any path (`path`)"
                    : "`" + operation.method() + " " + operation.path() + "`";
            List<String> fields = new ArrayList<>();
            for (SonarWireField wire : operation.fields()) {
                SonarOperation.Field field = wire.field();
                String source = field.option() != null ? "`" + field.optionSpelling() + "`" : "header `" + field.header() + "`";
                fields.add(switch (wire.placement()) {
                    case BODY -> source + " -> `" + wire.wireName() + "`";
                    case QUERY -> source + " -> query `" + wire.wireName() + "`";
                    case PATH -> source + " -> path `{" + wire.wireName() + "}`";
                    case CALL -> source;
                });
            }
            if (operation.bodyRole() == SonarBodyRole.PAYLOAD) {
                fields.add("message body -> JSON request body");
            }
            List<String> required = new ArrayList<>();
            operation.required().forEach(oneOf -> required.add(String.join(" or ",
                    oneOf.stream().map(field -> "`" + (field.option() != null ? field.optionSpelling() : field.header()) + "`")
                            .toList())));
            rows.add(new String[] {
                    "`sonar:" + operation.uri() + "`", http, credential,
                    fields.isEmpty() ? "none" : String.join(", ", fields),
                    required.isEmpty() ? "none" : String.join("; ", required),
                    operation.resultType() == Object.class ? "`Map`, `List` or `String`"
                            : "`" + operation.resultType().getSimpleName() + "`" });
        }
        StringBuilder out = new StringBuilder();
        out.append("The ").append(rows.size())
                .append(" operations and their wire mapping, from the operation table in the code (SonarOperation).\n\n");
        grid(out, format, new String[] { "Operation", "HTTP", "Credential", "Fields (option \u2192 wire name)",
                "Required", "Result" }, "2,3,2,5,2,2", rows);
        List<String[]> webhookCalls = new ArrayList<>();
        for (SonarWebhookCalls.Kind call : SonarWebhookCalls.Kind.values()) {
            webhookCalls.add(new String[] { "`" + call.name().toLowerCase(java.util.Locale.ROOT) + "`",
                    "`" + call.method() + " " + call.path() + "`", "`" + SonarCredential.TOKEN.header() + "`" });
        }
        out.append("\nThe calls the webhook consumer makes to keep itself registered (and to remove copies, or itself when asked), from the client's webhook calls (SonarWebhookCalls):\n\n");
        grid(out, format, new String[] { "Call", "HTTP", "Credential" }, "2,3,2", webhookCalls);
        return out.toString();
    }

    /**
     * One operation's fields, in the order of the table: the option and header that set each, where it goes on the
     * wire, whether it is required, and the option's (else the header's) description from sonar.json.
     */
    private String fields(SonarOperation operation, Format format) {
        List<String[]> rows = new ArrayList<>();
        for (SonarWireField wire : operation.fields()) {
            SonarOperation.Field field = wire.field();
            String wireName = switch (wire.placement()) {
                case BODY -> "`" + wire.wireName() + "`";
                case QUERY -> "query `" + wire.wireName() + "`";
                case PATH -> "path `{" + wire.wireName() + "}`";
                case CALL -> switch (field) {
                    case PATH -> "the request's path";
                    case HTTP_METHOD -> "the request's method";
                    case QUERY -> "the request's query";
                    default -> "the request's headers";
                };
            };
            String required = operation.required().stream().filter(oneOf -> oneOf.contains(field)).findFirst()
                    .map(oneOf -> oneOf.size() == 1 ? "yes" : "one of " + String.join(", ", oneOf.stream()
                            .map(other -> "`" + (other.option() != null ? other.optionSpelling() : other.header()) + "`")
                            .toList()))
                    .orElse("no");
            JsonNode described = field.option() != null ? metadata.path("properties").path(field.option())
                    : metadata.path("headers").path(field.header());
            rows.add(new String[] {
                    field.option() != null ? "`" + field.optionSpelling() + "`" : "none",
                    field.header() != null ? "`" + field.header() + "`" : "none",
                    wireName, required, described.path("description").asText() + choices(described) });
        }
        StringBuilder out = new StringBuilder();
        grid(out, format, new String[] { "Option", "Header", "Sonar's name", "Required", "What it is" }, "2,3,2,1,5",
                rows);
        return out.toString();
    }

    /** " One of `A`, `B`; default `A`." from an option's metadata, or nothing. */
    private static String choices(JsonNode option) {
        StringBuilder text = new StringBuilder();
        if (option.path("enum").isArray()) {
            List<String> values = new ArrayList<>();
            option.path("enum").forEach(value -> values.add("`" + value.asText() + "`"));
            text.append(" One of ").append(String.join(", ", values));
        }
        if (option.hasNonNull("defaultValue")) {
            text.append(text.isEmpty() ? " Default " : "; default ").append('`').append(option.path("defaultValue").asText())
                    .append('`');
        }
        return text.isEmpty() ? "" : text.append('.').toString();
    }

    /** A table of preformatted cells (inline code in backticks, arrows as ->). */
    private static void grid(StringBuilder out, Format format, String[] header, String cols, List<String[]> rows) {
        if (format == Format.ASCIIDOC) {
            out.append("[width=\"100%\",cols=\"").append(cols).append("\",options=\"header\"]\n|===\n| ")
                    .append(String.join(" | ", header)).append('\n');
            for (String[] row : rows) {
                out.append('\n');
                for (String cell : row) {
                    out.append("| ").append(asciidoc(cell.replace("->", "\u2192"))).append('\n');
                }
            }
            out.append("|===\n");
        } else {
            out.append("| ").append(String.join(" | ", header)).append(" |\n|")
                    .append("---|".repeat(header.length)).append('\n');
            for (String[] row : rows) {
                out.append("|");
                for (String cell : row) {
                    out.append(' ').append(cell.replace("->", "\u2192").replace("|", "\\|")).append(" |");
                }
                out.append('\n');
            }
        }
    }

    /** The entries of one of the metadata's maps, in their order, each with its key as "name". */
    private List<JsonNode> entries(String map) {
        List<JsonNode> entries = new ArrayList<>();
        metadata.path(map).fields().forEachRemaining(entry -> entries.add(
                ((ObjectNode) entry.getValue().deepCopy()).put("name", entry.getKey())));
        return entries;
    }

    private String title() {
        return metadata.path("component").path("title").asText();
    }

    private static void title(StringBuilder out, Format format, String title) {
        out.append(format == Format.ASCIIDOC ? "." + title + "\n" : "**" + title + "**\n\n");
    }

    private static void table(StringBuilder out, Format format, List<JsonNode> rows, Function<JsonNode, String> name) {
        if (format == Format.ASCIIDOC) {
            out.append("[width=\"100%\",cols=\"2,5,^1,2\",options=\"header\"]\n|===\n")
                    .append("| Name | Description | Default | Type\n");
            for (JsonNode row : rows) {
                out.append("\n| ").append(name.apply(row))
                        .append("\n| ").append(asciidoc(description(row)))
                        .append("\n| ").append(defaultValue(row).isEmpty() ? "" : asciidoc(defaultValue(row)))
                        .append("\n| ").append(asciidoc(type(row))).append('\n');
            }
            out.append("|===\n");
        } else {
            out.append("| Name | Description | Default | Type |\n|---|---|---|---|\n");
            for (JsonNode row : rows) {
                String defaultValue = defaultValue(row);
                out.append("| ").append(name.apply(row))
                        .append(" | ").append(markdown(description(row)))
                        .append(" | ").append(defaultValue.isEmpty() ? "" : code(defaultValue))
                        .append(" | ").append(code(type(row))).append(" |\n");
            }
        }
    }

    /** Options in their metadata order, but each group together, groups in order of first appearance. */
    private static List<JsonNode> byGroup(Iterable<JsonNode> options) {
        Map<String, List<JsonNode>> groups = new LinkedHashMap<>();
        options.forEach(option -> groups.computeIfAbsent(group(option), g -> new ArrayList<>()).add(option));
        List<JsonNode> ordered = new ArrayList<>();
        groups.values().forEach(ordered::addAll);
        return ordered;
    }

    private static String group(JsonNode option) {
        String group = option.path("group").asText();
        return group.isEmpty() ? "common" : group;
    }

    private static String nameWithGroup(JsonNode option, Format format) {
        return name(option, format) + " (" + group(option) + ")";
    }

    private static String name(JsonNode option, Format format) {
        String name = option.path("name").asText();
        return format == Format.ASCIIDOC ? "*" + name + "*" : "`" + name + "`";
    }

    /** The option's description, with what the metadata says besides it: required, the enum values, secret. */
    private static String description(JsonNode option) {
        StringBuilder text = new StringBuilder();
        if (option.path("required").asBoolean()) {
            text.append("Required. ");
        }
        text.append(option.path("description").asText().strip());
        if (option.has("enum")) {
            List<String> values = new ArrayList<>();
            option.path("enum").forEach(value -> values.add(value.asText()));
            text.append(" One of: ").append(String.join(", ", values)).append('.');
        }
        if (option.path("secret").asBoolean()) {
            text.append(" Secret: masked in logs.");
        }
        return text.toString();
    }

    private static String defaultValue(JsonNode option) {
        JsonNode value = option.get("defaultValue");
        return value == null || value.isNull() ? "" : value.asText();
    }

    /** The Java type with packages left out: java.util.Map&lt;String, Object&gt; becomes Map&lt;String, Object&gt;. */
    private static String type(JsonNode option) {
        return QUALIFIED.matcher(option.path("javaType").asText()).replaceAll("$1");
    }

    private static String asciidoc(String text) {
        String escaped = text.replace("|", "\\|");
        return ATTRIBUTE_REFERENCE.matcher(escaped).replaceAll("\\\\{$1}");
    }

    private static String markdown(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("*", "\\*").replace("`", "\\`")
                .replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String code(String text) {
        return "`" + text.replace("|", "\\|") + "`";
    }

    /**
     * The document with the section between its START and END marker lines replaced by the content. The marker
     * lines are kept.
     *
     * @throws IllegalArgumentException when the markers are missing, repeated or out of order
     */
    static String replaceSection(String document, Section section, Format format, String content) {
        int[] bounds = bounds(document, section, format);
        return document.substring(0, bounds[0]) + content + document.substring(bounds[1]);
    }

    /** The text between the START marker line and the END marker line. */
    static String section(String document, Section section, Format format) {
        int[] bounds = bounds(document, section, format);
        return document.substring(bounds[0], bounds[1]);
    }

    /** Whether the document holds the START marker of the section. */
    static boolean hasSection(String document, Section section, Format format) {
        return lineIndex(document, format.startMarker(section), 0) >= 0;
    }

    /** Start (after the START line) and end (at the END line) of a section's content. */
    private static int[] bounds(String document, Section section, Format format) {
        String start = format.startMarker(section);
        String end = format.endMarker(section);
        int startLine = lineIndex(document, start, 0);
        int endLine = lineIndex(document, end, 0);
        if (startLine < 0 || endLine < 0) {
            throw new IllegalArgumentException("missing marker line '" + (startLine < 0 ? start : end) + "'");
        }
        if (lineIndex(document, start, startLine + 1) >= 0 || lineIndex(document, end, endLine + 1) >= 0) {
            throw new IllegalArgumentException("marker '" + start + "' or '" + end + "' appears more than once");
        }
        int contentStart = document.indexOf('\n', startLine) + 1;
        if (contentStart == 0 || endLine < contentStart) {
            throw new IllegalArgumentException("marker '" + end + "' must be on a line after '" + start + "'");
        }
        return new int[] { contentStart, endLine };
    }

    /** Offset of the first line, at or after from, that is exactly the marker (trailing blanks ignored). */
    private static int lineIndex(String document, String marker, int from) {
        int offset = from;
        while (offset <= document.length()) {
            int found = document.indexOf(marker, offset);
            if (found < 0) {
                return -1;
            }
            int lineEnd = document.indexOf('\n', found);
            String rest = document.substring(found + marker.length(), lineEnd < 0 ? document.length() : lineEnd);
            if ((found == 0 || document.charAt(found - 1) == '\n') && rest.isBlank()) {
                return found;
            }
            offset = found + 1;
        }
        return -1;
    }
}
