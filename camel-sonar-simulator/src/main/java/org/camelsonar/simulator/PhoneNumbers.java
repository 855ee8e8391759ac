package org.camelsonar.simulator;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Sonar's phone-number check, deliberately simple: E.164 ({@code +} and 8 to 15 digits) or a bare 10-digit US
 * number, which the 2014 recordings show Sonar accepted and which is normalised to {@code +1}.
 * Anything else is an "Invalid Phone Number". A bare 11-digit {@code 1...} number is refused on purpose: it is
 * what an unencoded {@code +} in a query string turns into, and that client bug should show up in tests.
 */
final class PhoneNumbers {

    private static final Pattern E164 = Pattern.compile("\\+[0-9]{8,15}");
    private static final Pattern US_TEN_DIGITS = Pattern.compile("[0-9]{10}");
    private static final Pattern FORMATTING = Pattern.compile("[\\s().\\-]");

    private PhoneNumbers() {
    }

    /** The E.164 form of {@code raw}, or empty when Sonar would answer "Invalid Phone Number". */
    static Optional<String> normalise(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String compact = FORMATTING.matcher(raw).replaceAll("");
        if (E164.matcher(compact).matches()) {
            return Optional.of(compact);
        }
        if (US_TEN_DIGITS.matcher(compact).matches()) {
            return Optional.of("+1" + compact);
        }
        return Optional.empty();
    }

    /** Like {@link #normalise} but for the Java API, where a bad number is a programming error. */
    static String require(String raw) {
        return normalise(raw).orElseThrow(() -> new IllegalArgumentException("Invalid Phone Number: " + raw));
    }
}
