package org.camelsonar.live;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** One row per {@link Check}, rendered as the Markdown table the issue asks for, plus notes. */
final class LiveReport {

    static final String HEADER = "| detail | expected | observed | verdict |";

    private final Map<Check, Evidence> rows = new EnumMap<>(Check.class);
    private final List<String> notes = new ArrayList<>();
    private final String target;

    LiveReport(String target) {
        this.target = target;
        for (Check check : Check.values()) {
            rows.put(check, new Evidence(check));
        }
    }

    Evidence row(Check check) {
        return rows.get(check);
    }

    List<Evidence> rows() {
        return List.copyOf(rows.values());
    }

    synchronized void note(String note) {
        notes.add(note);
    }

    String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("# camel-sonar live check\n\n").append("Target: ").append(target).append("\n\n");
        out.append(HEADER).append('\n').append("|---|---|---|---|\n");
        for (Evidence row : rows.values()) {
            out.append("| ").append(cell(row.check().detail() + " (`live:" + row.check().id() + "`)"))
                    .append(" | ").append(cell(row.check().expected()))
                    .append(" | ").append(cell(row.observed()))
                    .append(" | ").append(row.verdict().label()).append(" |\n");
        }
        out.append("\n## Request ids\n\n");
        for (Evidence row : rows.values()) {
            if (!row.requestIds().isEmpty()) {
                out.append("- `live:").append(row.check().id()).append("`: ")
                        .append(String.join(", ", row.requestIds())).append('\n');
            }
        }
        synchronized (this) {
            if (!notes.isEmpty()) {
                out.append("\n## Notes\n\n");
                notes.forEach(note -> out.append("- ").append(note).append('\n'));
            }
        }
        return out.toString();
    }

    void write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, markdown());
    }

    /** A table cell: one line, no pipe that would split it. */
    private static String cell(String text) {
        return text.replace("\r", " ").replace("\n", " ").replace("|", "\\|");
    }
}
