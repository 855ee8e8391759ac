package org.camelsonar.simulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Customers keyed by E.164 number, and the index from conversation id to customer.
 * Not thread-safe on its own: {@link SonarBackend} holds its lock around every call.
 */
final class CustomerBook {

    private final Map<String, CustomerData> byPhone = new LinkedHashMap<>();
    private final Map<String, CustomerData> byConversation = new LinkedHashMap<>();
    private final Ids ids;

    CustomerBook(Ids ids) {
        this.ids = ids;
    }

    Optional<CustomerData> find(String phone) {
        return Optional.ofNullable(byPhone.get(phone));
    }

    /** The first customer with this email, ignoring case: delete-property may name a customer by email. */
    Optional<CustomerData> findByEmail(String email) {
        return byPhone.values().stream().filter(c -> c.email != null && c.email.equalsIgnoreCase(email)).findFirst();
    }

    Optional<CustomerData> findByConversation(String conversationId) {
        return Optional.ofNullable(byConversation.get(conversationId));
    }

    CustomerData create(String phone, Instant now) {
        CustomerData customer = new CustomerData(phone, ids.uuid(), now);
        byPhone.put(phone, customer);
        byConversation.put(customer.conversationId, customer);
        return customer;
    }

    List<CustomerData> all() {
        return new ArrayList<>(byPhone.values());
    }

    void clear() {
        byPhone.clear();
        byConversation.clear();
    }
}
