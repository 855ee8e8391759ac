package org.camelsonar.benchmarks;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The customer every upsert variant sends (the same fields, by Sonar's wire names). */
final class Payloads {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private Payloads() {
    }

    static Map<String, Object> customer(int i) {
        Map<String, Object> customer = new LinkedHashMap<>();
        customer.put("phone_number", String.format("+1415%07d", 2_000_000 + i));
        customer.put("first_name", "Ann");
        customer.put("last_name", "Lee");
        customer.put("email", "customer" + i + "@example.com");
        customer.put("properties", Map.of("plan", "gold", "source", "crm"));
        return customer;
    }
}
