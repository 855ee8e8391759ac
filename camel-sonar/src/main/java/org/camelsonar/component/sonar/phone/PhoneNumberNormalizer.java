package org.camelsonar.component.sonar.phone;

import java.util.Locale;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Turns what users write into the E.164 numbers Sonar wants, with libphonenumber. The check is the
 * <em>possible</em> number test (length and shape), not the <em>valid</em> one: whether a range is assigned is
 * Sonar's to judge, and Sonar accepts ranges such as +1 555 used in examples.
 */
public final class PhoneNumberNormalizer {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private final String defaultRegion;

    /**
     * @param defaultRegion ISO 3166 region for numbers written in national format, or null to require international
     *                      numbers
     */
    public PhoneNumberNormalizer(String defaultRegion) {
        this.defaultRegion = defaultRegion == null || defaultRegion.isBlank()
                ? null : defaultRegion.trim().toUpperCase(Locale.ROOT);
    }

    /** Whether a region code is one libphonenumber knows, so that a typo fails at start-up. */
    public static boolean isSupportedRegion(String region) {
        return region != null && UTIL.getSupportedRegions().contains(region.trim().toUpperCase(Locale.ROOT));
    }

    /**
     * The E.164 form of a number.
     *
     * @throws IllegalArgumentException with a reason that does not repeat the input, when the text cannot be a phone
     *                                  number
     */
    public String toE164(String text) {
        String trimmed = text.trim();
        if (isCanonicalNanp(trimmed)) {
            return trimmed; // what libphonenumber would answer, without its regexes
        }
        if (containsLetter(trimmed)) {
            // libphonenumber would read letters as a keypad (1-800-FLOWERS); a value with letters is far more often
            // the wrong header or field than a vanity number, so say what is wrong with it
            throw new IllegalArgumentException("contains letters: a phone number is digits, with + and the country"
                    + " code (e.g. +13105551234); spaces, dots, dashes and parentheses are allowed");
        }
        if (defaultRegion == null && !trimmed.startsWith("+")) {
            throw new IllegalArgumentException(
                    "is not in international format: start it with + and the country code (in an endpoint URI write"
                    + " RAW(+13105551234), since a + there reads as a space), or set defaultRegion");
        }
        PhoneNumber number;
        try {
            number = UTIL.parse(trimmed, defaultRegion);
        } catch (NumberParseException e) {
            throw new IllegalArgumentException("is not a phone number (" + describe(e.getErrorType()) + ")");
        }
        if (!UTIL.isPossibleNumber(number)) {
            throw new IllegalArgumentException("cannot be a phone number (" + describe(UTIL.isPossibleNumberWithReason(number)) + ")");
        }
        return UTIL.format(number, PhoneNumberFormat.E164);
    }

    /**
     * The E.164 form of a number Sonar returned, which may be bare national digits; the text unchanged when it cannot
     * be read, since answers are parsed leniently. Ten digits (or eleven starting with 1), bare or written with
     * spaces, dashes, dots or parentheses, are North American: Sonar's accounts and numbers are, and
     * {@code defaultRegion} describes what the user writes, not what Sonar returns. Other national numbers are read
     * in the default region, else as US numbers.
     */
    public String fromSonar(String text) {
        if (text == null || text.isBlank()) {
            return text;
        }
        if (isCanonicalNanp(text)) {
            return text;
        }
        String trimmed = text.trim();
        String region = isNanpDigits(trimmed) || defaultRegion == null ? "US" : defaultRegion;
        try {
            PhoneNumber number = UTIL.parse(trimmed, region);
            return UTIL.isPossibleNumber(number) ? UTIL.format(number, PhoneNumberFormat.E164) : text;
        } catch (NumberParseException e) {
            return text;
        }
    }

    /** Ten digits, or eleven starting with 1, and nothing else but spaces, dashes, dots and parentheses. */
    private static boolean isNanpDigits(String text) {
        int digits = 0;
        char first = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch >= '0' && ch <= '9') {
                first = digits == 0 ? ch : first;
                digits++;
            } else if (" -.()".indexOf(ch) < 0) {
                return false;
            }
        }
        return digits == 10 || digits == 11 && first == '1';
    }

    private static boolean containsLetter(String text) {
        return text.chars().anyMatch(Character::isLetter);
    }

    /**
     * +1 followed by a 10-digit North American number whose area code and exchange start with 2 to 9: already the
     * E.164 form libphonenumber gives, and always a possible number, so parsing can be skipped.
     */
    static boolean isCanonicalNanp(String text) {
        if (text.length() != 12 || text.charAt(0) != '+' || text.charAt(1) != '1') {
            return false;
        }
        for (int i = 2; i < 12; i++) {
            char ch = text.charAt(i);
            if (ch < '0' || ch > '9') {
                return false;
            }
        }
        return text.charAt(2) >= '2' && text.charAt(5) >= '2';
    }

    private static String describe(Object reason) {
        return reason.toString().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
