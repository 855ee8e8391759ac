package org.camelsonar.live;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.camelsonar.component.sonar.SonarConstants;
import org.camelsonar.component.sonar.model.AvailableNumber;
import org.camelsonar.component.sonar.model.DeletedProperty;

/** The customer fields and calls whose wire names are assumed, each read back after the call. */
final class CustomerChecks {

    static final String ZIP = "98101";
    /** Seattle's zone: what Sonar should derive from ZIP when the customer has no time zone of its own. */
    static final String ZIP_ZONE = "America/Los_Angeles";

    private final LiveRun run;

    CustomerChecks(LiveRun run) {
        this.run = run;
    }

    void run() {
        zipCode();
        timezone();
        boolean assigned = userEmail();
        unassign(assigned);
        deletePropertyWithJson();
        propertyTypes();
        notFound();
        availableNumber();
    }

    private void zipCode() {
        Evidence row = run.row(Check.ZIP_CODE);
        Object zoneBefore = run.readCustomer(row).object().get("timezone");
        Outcome upsert = run.sonar.call(row, "customer/upsert?zipCode=" + ZIP, run.forPhone(), null);
        if (!upsert.ok()) {
            row.refuted("customer/upsert with zipCode answered " + upsert.describe());
            return;
        }
        Map<String, Object> after = run.readCustomer(row).object();
        if (ZIP.equals(after.get("zip_code"))) {
            row.confirmed(upsert.status() + "; zip_code read back as " + ZIP);
        } else if (zoneBefore == null && ZIP_ZONE.equals(after.get("timezone"))) {
            row.confirmed(upsert.status() + "; no zip field in the answer, but timezone became " + ZIP_ZONE);
        } else if (after.containsKey("zip_code")) {
            row.refuted(upsert.status() + " but zip_code read back as " + after.get("zip_code") + alternative(row));
        } else {
            String alternative = alternative(row);
            if (alternative.contains("stored")) {
                row.refuted("zip_code not read back" + alternative);
            } else {
                row.inconclusive("neither zip_code nor a derived time zone in the answer" + alternative
                                 + "; check the customer in Sonar's web app");
            }
        }
    }

    /** The documented candidate: {@code zip} instead of {@code zip_code}, through api/call. */
    private String alternative(Evidence row) {
        Outcome post = run.sonar.api(row, "POST", "/v1/customers", Map.of(),
                Map.of("phone_number", run.phone(), "zip", ZIP));
        if (!post.ok()) {
            return "; alternative `zip`: " + post.describe();
        }
        Map<String, Object> after = run.readCustomer(row).object();
        if (ZIP.equals(after.get("zip"))) {
            return "; alternative `zip`: stored and read back as zip";
        }
        return "; alternative `zip`: " + post.status() + ", not read back";
    }

    /** Sets a zone other than the current one, reads it back, and puts the old one back. */
    private void timezone() {
        Evidence row = run.row(Check.TIMEZONE);
        Object before = run.readCustomer(row).object().get("timezone");
        String zone = "America/Chicago".equals(before) ? "America/Denver" : "America/Chicago";
        Outcome upsert = run.sonar.call(row, "customer/upsert?timezone=" + zone, run.forPhone(), null);
        if (!upsert.ok()) {
            row.refuted("customer/upsert with timezone answered " + upsert.describe());
            return;
        }
        Map<String, Object> after = run.readCustomer(row).object();
        if (zone.equals(after.get("timezone"))) {
            row.confirmed(upsert.status() + "; timezone read back as " + zone);
        } else if (!after.containsKey("timezone")) {
            row.inconclusive(upsert.status() + "; the customer answer has no timezone field");
        } else {
            row.refuted(upsert.status() + " but timezone read back as " + after.get("timezone"));
        }
        if (before != null) {
            run.sonar.call(row, "customer/upsert?timezone=" + before, run.forPhone(), null);
        } else {
            run.report.note("The customer of SONAR_TEST_PHONE keeps timezone " + zone + " and zip " + ZIP
                            + " (Sonar has no call to clear them).");
        }
    }

    /** @return whether the customer ended up assigned to someone */
    private boolean userEmail() {
        Evidence row = run.row(Check.USER_EMAIL);
        String email = run.settings.userEmail();
        if (email == null) {
            row.inconclusive("not checked: set SONAR_USER_EMAIL to a team member's login email");
            return assignee(run.readCustomer(row)) != null;
        }
        Outcome upsert = run.sonar.call(row, "customer/upsert?userEmail=RAW(" + email + ")", run.forPhone(), null);
        if (!upsert.ok()) {
            row.refuted("customer/upsert with userEmail answered " + upsert.describe());
            return false;
        }
        Object assignee = assignee(run.readCustomer(row));
        if (assignee != null && assignee.toString().toLowerCase(Locale.ROOT).contains(email.toLowerCase(Locale.ROOT))) {
            row.confirmed(upsert.status() + "; assignee read back: " + describe(assignee));
        } else {
            row.refuted(upsert.status() + " but assignee read back as " + describe(assignee));
        }
        return assignee != null;
    }

    private void unassign(boolean assigned) {
        Evidence row = run.row(Check.UNASSIGN);
        Outcome unassign = run.sonar.call(row, "customer/unassign", run.forPhone(), null);
        if (!unassign.ok()) {
            row.refuted("customer/unassign answered " + unassign.describe());
            return;
        }
        Object assignee = assignee(run.readCustomer(row));
        if (assignee != null) {
            row.refuted(unassign.status() + " but assignee still " + describe(assignee));
        } else if (assigned) {
            row.confirmed(unassign.status() + "; assignee read back empty");
        } else {
            row.inconclusive(unassign.status() + ", but nobody was assigned before (set SONAR_USER_EMAIL)");
        }
    }

    private void deletePropertyWithJson() {
        Evidence row = run.row(Check.DELETE_PROPERTY_JSON);
        if (!run.createdProperties.contains(LiveRun.PROPERTY)) {
            row.inconclusive("no property to delete: the upsert that sets it failed (see x-token-json)");
            return;
        }
        Outcome delete = run.sonar.call(row, "customer/deleteProperty?propertyName=" + LiveRun.PROPERTY,
                run.forPhone(), null);
        boolean gone = !CredentialChecks.properties(run.readCustomer(row)).containsKey(LiveRun.PROPERTY);
        if (delete.ok() && delete.body() instanceof DeletedProperty deleted && gone) {
            run.createdProperties.remove(LiveRun.PROPERTY);
            row.confirmed(delete.status() + " deleted=" + deleted.getDeleted() + "; the property is gone");
        } else {
            row.refuted("customer/deleteProperty answered " + delete.describe() + (gone ? "" : "; the property is still there"));
        }
    }

    /** Make's "Type" per property: does Sonar take JSON numbers and booleans, and what comes back? */
    private void propertyTypes() {
        Evidence row = run.row(Check.PROPERTY_TYPES);
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(LiveRun.NUMBER_PROPERTY, 42);
        properties.put(LiveRun.FLAG_PROPERTY, true);
        Outcome post = run.sonar.api(row, "POST", "/v1/customers", Map.of(),
                Map.of("phone_number", run.phone(), "properties", properties));
        if (!post.ok()) {
            row.refuted("a JSON number and boolean were refused: " + post.describe()
                        + " (the component sends strings, which is right then)");
            return;
        }
        run.createdProperties.add(LiveRun.NUMBER_PROPERTY);
        run.createdProperties.add(LiveRun.FLAG_PROPERTY);
        Map<String, Object> stored = CredentialChecks.properties(run.readCustomer(row));
        Object number = stored.get(LiveRun.NUMBER_PROPERTY);
        Object flag = stored.get(LiveRun.FLAG_PROPERTY);
        String seen = post.status() + "; read back " + typed(number) + " and " + typed(flag);
        if ("42".equals(number) && "true".equals(flag)) {
            row.confirmed(seen);
        } else {
            row.refuted(seen);
        }
    }

    private void notFound() {
        Evidence row = run.row(Check.NOT_FOUND);
        // a number from the range reserved for fiction (555-01xx); it is only looked up, never texted
        Outcome get = run.sonar.call(row, "customer/get", Map.of(SonarConstants.PHONE_NUMBER, "+12025550187"), null);
        if (get.status() == 404 && get.error() != null) {
            row.confirmed(get.describe());
        } else if (get.ok()) {
            row.inconclusive(get.status() + ": the account knows +12025550187");
        } else {
            row.refuted(get.describe());
        }
    }

    private void availableNumber() {
        Evidence row = run.row(Check.AVAILABLE_NUMBER);
        if (run.settings.publishableKey() == null) {
            row.inconclusive("not checked: set SONAR_PUBLISHABLE_KEY");
            return;
        }
        Outcome get = run.sonar.call(row, "phoneNumber/available", Map.of(), null);
        if (get.ok() && get.body() instanceof AvailableNumber available && available.getAvailableNumber() != null) {
            row.confirmed(get.status() + " with an available_number");
        } else {
            row.refuted("phoneNumber/available answered " + get.describe());
        }
    }

    static Object assignee(Outcome customer) {
        Object assignee = customer.object().get("assignee");
        if (assignee instanceof String text && text.isBlank()) {
            return null;
        }
        if (assignee instanceof Map<?, ?> map && map.isEmpty()) {
            return null;
        }
        return assignee;
    }

    private static String describe(Object assignee) {
        return assignee == null ? "empty" : assignee.toString();
    }

    private static String typed(Object value) {
        if (value == null) {
            return "nothing";
        }
        return (value instanceof String ? "\"" + value + "\"" : value) + " (" + value.getClass().getSimpleName() + ")";
    }
}
