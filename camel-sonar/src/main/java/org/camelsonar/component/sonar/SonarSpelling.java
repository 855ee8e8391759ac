package org.camelsonar.component.sonar;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * The valid name nearest to a misspelt one, so that an error can say "did you mean 'phoneNumber'?" instead of
 * only listing every valid name. Near means a few edits apart (case ignored), relative to the name's length.
 */
final class SonarSpelling {

    private SonarSpelling() {
    }

    static Optional<String> nearest(String typed, Collection<String> valid) {
        String wanted = typed.toLowerCase(Locale.ROOT);
        int limit = Math.max(2, wanted.length() / 3);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : valid) {
            int distance = distance(wanted, candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return bestDistance <= limit ? Optional.of(best) : Optional.empty();
    }

    /** " Did you mean 'x'?" when a valid name is near, else the empty string. */
    static String hint(String typed, Collection<String> valid) {
        return nearest(typed, valid).map(name -> " Did you mean '" + name + "'?").orElse("");
    }

    /** Levenshtein distance, with an adjacent transposition counting as one edit. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
