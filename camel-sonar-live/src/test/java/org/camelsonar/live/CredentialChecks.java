package org.camelsonar.live;

import java.util.Map;

import org.camelsonar.component.sonar.SonarConstants;
import org.camelsonar.component.sonar.model.Customer;

/**
 * How the token and the body may travel. The recordings all used the gem's {@code Token} header (or the
 * {@code token} query parameter) with form bodies; the component sends {@code X-Token} with JSON, as Sonar's current
 * docs show. Each form is checked by a call whose effect is read back.
 */
final class CredentialChecks {

    private final LiveRun run;

    CredentialChecks(LiveRun run) {
        this.run = run;
    }

    void run() {
        xTokenWithJson();
        xTokenOnCustomerGet();
        tokenHeader();
        tokenQuery();
        formBody();
    }

    /** customer/upsert (X-Token, JSON) sets a property; reading the customer back shows it. */
    private void xTokenWithJson() {
        Evidence row = run.row(Check.X_TOKEN_JSON);
        Outcome upsert = run.sonar.call(row, "customer/upsert",
                run.forPhone(SonarConstants.PROPERTIES, Map.of(LiveRun.PROPERTY, run.runId)), null);
        if (!upsert.ok()) {
            row.refuted("customer/upsert answered " + upsert.describe());
            return;
        }
        run.createdProperties.add(LiveRun.PROPERTY);
        Object stored = properties(run.readCustomer(row)).get(LiveRun.PROPERTY);
        if (run.runId.equals(stored)) {
            row.confirmed(upsert.status() + "; property " + LiveRun.PROPERTY + " read back as sent");
        } else {
            row.refuted(upsert.status() + " but property " + LiveRun.PROPERTY + " read back as " + stored);
        }
    }

    private void xTokenOnCustomerGet() {
        Evidence row = run.row(Check.X_TOKEN_CUSTOMER_GET);
        Outcome get = run.sonar.call(row, "customer/get", run.forPhone(), null);
        if (get.ok() && get.body() instanceof Customer customer && customer.getPhoneNumber() != null) {
            row.confirmed(get.status() + " with the customer");
        } else if (get.status() == 401) {
            row.refuted(get.describe() + " (see the token-query row for the recorded form)");
        } else {
            row.inconclusive("customer/get answered " + get.describe());
        }
    }

    private void tokenHeader() {
        Evidence row = run.row(Check.TOKEN_HEADER);
        Outcome get = run.raw.getWithTokenHeader(row, "/v1/customers", Map.of("phone_number", run.phone()));
        judgeGet(row, get);
    }

    private void tokenQuery() {
        Evidence row = run.row(Check.TOKEN_QUERY);
        Outcome get = run.raw.getWithTokenQuery(row, "/v1/customers", Map.of("phone_number", run.phone()));
        judgeGet(row, get);
    }

    private static void judgeGet(Evidence row, Outcome get) {
        if (get.ok() && get.object().get("phone_number") != null) {
            row.confirmed(get.status() + " with the customer");
        } else if (get.status() == 401 || get.status() == 403) {
            row.refuted(get.describe());
        } else {
            row.inconclusive("answered " + get.describe());
        }
    }

    /** The gem's form: {@code properties[name]=value} with a Token header, read back through the component. */
    private void formBody() {
        Evidence row = run.row(Check.FORM_BODY);
        Outcome post = run.raw.formWithTokenHeader(row, "POST", "/v1/customers",
                Map.of("phone_number", run.phone(), "properties[" + LiveRun.FORM_PROPERTY + "]", run.runId));
        if (!post.ok()) {
            row.refuted("POST /v1/customers (form) answered " + post.describe());
            return;
        }
        run.createdProperties.add(LiveRun.FORM_PROPERTY);
        Object stored = properties(run.readCustomer(row)).get(LiveRun.FORM_PROPERTY);
        if (run.runId.equals(stored)) {
            row.confirmed(post.status() + "; property read back as sent");
        } else {
            row.refuted(post.status() + " but the property read back as " + stored);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> properties(Outcome customer) {
        Object properties = customer.object().get("properties");
        return properties instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }
}
