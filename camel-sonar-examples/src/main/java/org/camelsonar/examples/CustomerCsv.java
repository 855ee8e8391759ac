package org.camelsonar.examples;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.camelsonar.component.sonar.model.Customer;

/**
 * Reads customers from a CSV with a header row: the Sonar fields phone_number, first_name, last_name and email;
 * every other column becomes a customer property.
 */
public final class CustomerCsv {

    private static final CsvMapper MAPPER = new CsvMapper();
    private static final List<String> FIELDS = List.of("phone_number", "first_name", "last_name", "email");

    private CustomerCsv() {
    }

    public static List<Customer> read(InputStream csv) throws IOException {
        List<Customer> customers = new ArrayList<>();
        try (MappingIterator<Map<String, String>> rows = MAPPER.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            while (rows.hasNext()) {
                Map<String, String> row = rows.next();
                Customer customer = new Customer(row.get("phone_number"));
                customer.setFirstName(row.get("first_name"));
                customer.setLastName(row.get("last_name"));
                customer.setEmail(row.get("email"));
                row.forEach((column, value) -> {
                    if (!FIELDS.contains(column) && value != null && !value.isBlank()) {
                        customer.withProperty(column, value);
                    }
                });
                customers.add(customer);
            }
        }
        return customers;
    }
}
