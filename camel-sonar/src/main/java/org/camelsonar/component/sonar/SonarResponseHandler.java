package org.camelsonar.component.sonar;

import java.io.IOException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.camelsonar.component.sonar.client.SonarJson;
import org.camelsonar.component.sonar.client.SonarResponse;
import org.camelsonar.component.sonar.model.AvailableNumber;
import org.camelsonar.component.sonar.model.Conversation;
import org.camelsonar.component.sonar.model.Customer;
import org.camelsonar.component.sonar.model.DeletedProperty;
import org.camelsonar.component.sonar.model.SendResult;
import org.camelsonar.component.sonar.phone.PhoneNumberNormalizer;

/**
 * Puts Sonar's answer on the exchange: the typed result as body and the response headers, or the matching
 * {@link SonarException} for a non-2xx answer.
 */
final class SonarResponseHandler {

    private final SonarOperation operation;
    private final boolean failOnUnsubscribed;
    private final PhoneNumberNormalizer phones;

    SonarResponseHandler(SonarOperation operation, SonarConfiguration configuration) {
        this.operation = operation;
        this.failOnUnsubscribed = configuration.isFailOnUnsubscribed();
        this.phones = new PhoneNumberNormalizer(configuration.getDefaultRegion());
    }

    void handle(Exchange exchange, SonarResponse response) {
        Message message = exchange.getMessage();
        message.setHeader(SonarConstants.RESPONSE_CODE, response.status());
        message.setHeader(SonarConstants.REQUEST_ID, response.requestId());
        if (!response.isSuccess()) {
            SonarException failure = SonarException.forResponse(operation.uri(), response.status(),
                    errorText(response), response.requestId(), retryAfter(response.retryAfter()));
            failure.setHttpResponseStatus(response.reason());
            throw failure;
        }
        Object result = parse(response);
        if (result instanceof SendResult send) {
            message.setHeader(SonarConstants.MESSAGE_STATUS, send.getStatus());
            if (failOnUnsubscribed && send.isUnsubscribed()) {
                throw new SonarUnsubscribedException(operation.uri(), response.status(), response.requestId());
            }
        }
        message.setBody(result);
    }

    private Object parse(SonarResponse response) {
        Class<?> type = operation.resultType();
        if (!response.hasBody()) {
            return type == Object.class ? null : newInstance(type);
        }
        try {
            if (type == Object.class) {
                return parseAny(response);
            }
            return normalise(SonarJson.mapper().readValue(response.body(), type));
        } catch (IOException e) {
            throw new SonarException("Sonar " + operation.uri() + " answered HTTP " + response.status()
                                     + " with a body that is not the expected JSON"
                                     + (response.requestId() != null ? " (request id " + response.requestId() + ")" : ""),
                    response.status(), null, response.requestId());
        }
    }

    /** api/call: JSON becomes a Map or a List (or a plain value); a body that is not JSON is returned as text. */
    private static Object parseAny(SonarResponse response) {
        try {
            return SonarJson.mapper().readValue(response.body(), Object.class);
        } catch (IOException e) {
            return response.bodyText();
        }
    }

    /** Sonar returns numbers as E.164 or bare national digits depending on endpoint and era: give E.164. */
    private Object normalise(Object result) {
        if (result instanceof Customer customer) {
            customer.setPhoneNumber(phones.fromSonar(customer.getPhoneNumber()));
            customer.setAssignedPhoneNumber(phones.fromSonar(customer.getAssignedPhoneNumber()));
        } else if (result instanceof SendResult send) {
            send.setTo(phones.fromSonar(send.getTo()));
        } else if (result instanceof DeletedProperty deleted) {
            deleted.setPhoneNumber(phones.fromSonar(deleted.getPhoneNumber()));
        } else if (result instanceof AvailableNumber available) {
            available.setAvailableNumber(phones.fromSonar(available.getAvailableNumber()));
        } else if (result instanceof Conversation conversation && conversation.getCustomer() != null) {
            normalise(conversation.getCustomer());
        }
        return result;
    }

    private static Object newInstance(Class<?> type) {
        try {
            return type.getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sonar's {"error": "..."} text; a short non-JSON body as it is; null otherwise. */
    static String errorText(SonarResponse response) {
        if (!response.hasBody()) {
            return null;
        }
        try {
            JsonNode node = SonarJson.mapper().readTree(response.body());
            if (node != null && node.hasNonNull("error")) {
                return node.get("error").asText();
            }
        } catch (IOException notJson) {
            String text = response.bodyText().strip();
            return text.length() > 200 ? text.substring(0, 200) + "..." : text;
        }
        return null;
    }

    /** Retry-After in seconds or as an HTTP date; null when absent or unreadable. */
    static Duration retryAfter(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(header.trim())));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime when = ZonedDateTime.parse(header.trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration wait = Duration.between(ZonedDateTime.now(when.getZone()), when);
                return wait.isNegative() ? Duration.ZERO : wait;
            } catch (DateTimeParseException notDate) {
                return null;
            }
        }
    }
}
