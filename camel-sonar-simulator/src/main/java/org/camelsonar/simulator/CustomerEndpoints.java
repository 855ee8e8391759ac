package org.camelsonar.simulator;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

/** {@code /v1/customers}: get, upsert, unassign, close and delete-property, from Sonar's side of the wire. */
final class CustomerEndpoints {

    /** Plain string fields an upsert may carry ({@code user_email}, {@code subscribed}, properties aside). */
    private static final List<String> PLAIN_FIELDS =
            List.of("first_name", "last_name", "email", "picture_url", "timezone", "zip_code", "external_id");

    private final SonarBackend backend;
    private final WireFormat wire;

    CustomerEndpoints(SonarBackend backend, WireFormat wire) {
        this.backend = backend;
        this.wire = wire;
    }

    ApiResponse get(ApiRequest request) {
        String phone = requirePhone(request);
        return backend.customer(phone).map(c -> ApiResponse.of(200, wire.customer(c)))
                .orElseThrow(() -> ApiException.notFound("Customer"));
    }

    /** 201 with the new customer, 200 with the updated one; only the fields sent change. */
    ApiResponse upsert(ApiRequest request) {
        String phone = requirePhone(request);
        SonarBackend.Upserted result = backend.upsert(phone, patch(request));
        return ApiResponse.of(result.created() ? 201 : 200, wire.customer(result.customer()));
    }

    ApiResponse close(ApiRequest request) {
        String phone = requirePhone(request);
        return backend.close(phone).map(c -> ApiResponse.success())
                .orElseThrow(() -> ApiException.notFound("Customer"));
    }

    /** Answers like close (an assumption: the path and answer of unassign are undocumented). */
    ApiResponse unassign(ApiRequest request) {
        String phone = requirePhone(request);
        return backend.unassign(phone).map(c -> ApiResponse.success())
                .orElseThrow(() -> ApiException.notFound("Customer"));
    }

    ApiResponse deleteProperty(ApiRequest request) {
        boolean byEmail = request.isBlank("phone_number") && !request.isBlank("email");
        List<String> missing = request.missing(byEmail ? "email" : "phone_number", "property_name");
        if (!missing.isEmpty()) {
            throw ApiException.missing(missing);
        }
        String phone = byEmail ? null : phone(request.text("phone_number"));
        String name = request.text("property_name");
        SonarBackend.PropertyDeletion deletion = backend.deleteProperty(phone, request.text("email"), name);
        if (deletion.customer() == null) {
            throw ApiException.notFound("Customer");
        }
        if (deletion.value() == null) {
            throw ApiException.notFound("Property");
        }
        SimulatedCustomer c = deletion.customer();
        return ApiResponse.of(200, Json.object("property_name", name, "property_value", deletion.value(),
                "phone_number", c.phoneNumber(), "email", c.email(), "deleted", true));
    }

    private static CustomerPatch patch(ApiRequest request) {
        CustomerPatch patch = new CustomerPatch();
        for (String field : PLAIN_FIELDS) {
            if (request.has(field)) {
                patch.fields.put(field, request.text(field));
            }
        }
        JsonNode properties = request.node("properties");
        if (properties != null && !properties.isNull()) {
            if (!properties.isObject()) {
                throw ApiException.invalid("properties");
            }
            // values are stored as strings, as Sonar returns them; a null value removes the property
            for (Map.Entry<String, JsonNode> property : properties.properties()) {
                patch.properties.put(property.getKey(), ApiRequest.asText(property.getValue()));
            }
        }
        patch.subscribed = ApiRequest.asBoolean(request.node("subscribed"), "subscribed");
        if (request.has("user_email")) {
            patch.userEmailPresent = true;
            patch.userEmail = request.isBlank("user_email") ? null : request.text("user_email");
        }
        return patch;
    }

    private static String requirePhone(ApiRequest request) {
        List<String> missing = request.missing("phone_number");
        if (!missing.isEmpty()) {
            throw ApiException.missing(missing);
        }
        return phone(request.text("phone_number"));
    }

    static String phone(String raw) {
        return PhoneNumbers.normalise(raw).orElseThrow(ApiException::invalidPhone);
    }
}
