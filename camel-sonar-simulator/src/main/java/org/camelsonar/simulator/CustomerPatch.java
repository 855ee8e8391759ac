package org.camelsonar.simulator;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fields one upsert carries. Only what is present is applied: an absent field keeps its value, an explicit
 * {@code null} erases it (Rails semantics, and the reason clients must never send nulls they did not mean).
 */
final class CustomerPatch {

    /** Wire name to value, for the plain string fields present in the request. */
    final Map<String, String> fields = new LinkedHashMap<>();
    /** Property name to value; a {@code null} value removes the property. */
    final Map<String, String> properties = new LinkedHashMap<>();
    /** {@code null} when the request did not say. */
    Boolean subscribed;
    boolean userEmailPresent;
    String userEmail;

    /** A patch of plain fields from alternating names and values, skipping null values (the Java API's "unset"). */
    static CustomerPatch ofNonNull(String... namesAndValues) {
        CustomerPatch patch = new CustomerPatch();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                patch.fields.put(namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return patch;
    }
}
