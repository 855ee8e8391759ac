package org.camelsonar.component.sonar.operation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import org.apache.camel.Message;
import org.camelsonar.component.sonar.client.SonarJson;
import org.camelsonar.component.sonar.error.SonarValidationException;
import org.camelsonar.component.sonar.model.Customer;

/** Reads the message body as the operation's {@link SonarBodyRole} says. */
final class SonarBodyReader {

    private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {
    };

    private SonarBodyReader() {
    }

    /** The wire fields the body supplies, by Sonar's names; empty when the body supplies none. */
    static Map<String, Object> fields(SonarOperation operation, Message message) {
        Object body = message.getBody();
        if (body == null || operation.bodyRole() == SonarBodyRole.PAYLOAD) {
            return Map.of();
        }
        if (body instanceof Map<?, ?> map) {
            return SonarJson.mapper().convertValue(map, FIELDS);
        }
        if (body instanceof Customer customer) {
            Map<String, Object> fields = SonarJson.mapper().convertValue(customer, FIELDS);
            // only the typed fields: getOther() holds what Sonar sent (a misfit too), not what the user set
            fields.keySet().removeAll(customer.getOther().keySet());
            return fields;
        }
        if (operation.bodyRole().isText(body)) {
            String text = (String) body;
            return text.isBlank() ? Map.of() : Map.of("text", text);
        }
        if (operation.bodyRole() == SonarBodyRole.JSON_OBJECT && (body instanceof String || body instanceof byte[])) {
            String json = body instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8)
                                                       : (String) body;
            if (json.isBlank()) {
                return Map.of();
            }
            try {
                return SonarJson.mapper().readValue(json, FIELDS);
            } catch (JsonProcessingException e) {
                throw SonarValidationException.beforeCall(operation.uri(),
                        "the message body is not a JSON object of customer fields (" + e.getOriginalMessage() + ")");
            }
        }
        return Map.of();
    }

    /** The api/call payload as JSON bytes: JSON text is checked and sent as is, objects are serialised. */
    static byte[] payload(Message message) {
        Object body = message.getBody();
        if (body == null) {
            return null;
        }
        if (body instanceof String || body instanceof byte[] || body instanceof InputStream) {
            byte[] bytes = message.getBody(byte[].class);
            if (bytes == null || bytes.length == 0) {
                return null;
            }
            try {
                SonarJson.mapper().readTree(bytes); // only checks that it is JSON: it is sent as it is
                return bytes;
            } catch (IOException e) {
                throw SonarValidationException.beforeCall(SonarOperation.API_CALL.uri(),
                        "the message body is not valid JSON (" + e.getMessage().lines().findFirst().orElse("") + ")");
            }
        }
        return SonarJson.bytes(body);
    }
}
