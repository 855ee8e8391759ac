package org.camelsonar.simulator;

import java.util.Locale;
import java.util.Set;

/**
 * The opt-out words of Sonar's help page "Customer subscription" (listed in docs/simulator.md). An inbound text whose
 * whole body is one of them, with or without a trailing "!", unsubscribes the customer. Case-insensitivity is
 * inferred; the simulator also ignores surrounding and repeated blanks.
 */
final class OptOutKeywords {

    private static final Set<String> KEYWORDS = Set.of(
            "stop", "unsubscribe", "end", "cancel", "quit", "stopall",
            "stop messaging", "stop texting", "stop texting me", "stop messaging me",
            "leave me alone", "wrong number", "do not contact me");

    private OptOutKeywords() {
    }

    static boolean isOptOut(String text) {
        if (text == null) {
            return false;
        }
        String body = text.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        if (body.endsWith("!")) {
            body = body.substring(0, body.length() - 1).trim();
        }
        return KEYWORDS.contains(body);
    }

    /** The keywords, for documentation and tests. */
    static Set<String> all() {
        return KEYWORDS;
    }
}
