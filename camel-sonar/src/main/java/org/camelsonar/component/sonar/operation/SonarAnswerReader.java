package org.camelsonar.component.sonar.operation;

import java.io.IOException;

import org.camelsonar.component.sonar.client.SonarJson;
import org.camelsonar.component.sonar.client.SonarResponse;
import org.camelsonar.component.sonar.error.SonarException;
import org.camelsonar.component.sonar.model.AvailableNumber;
import org.camelsonar.component.sonar.model.Conversation;
import org.camelsonar.component.sonar.model.Customer;
import org.camelsonar.component.sonar.model.DeletedProperty;
import org.camelsonar.component.sonar.model.SendResult;
import org.camelsonar.component.sonar.phone.PhoneNumberNormalizer;

/**
 * Reads Sonar's 2xx answer to one operation into the operation's result type, with phone numbers in E.164 (and
 * what Sonar sent kept in the model's raw fields). A non-2xx answer is not its business: see
 * {@link SonarErrors}.
 */
public final class SonarAnswerReader {

    private final SonarOperation operation;
    private final PhoneNumberNormalizer phones;

    public SonarAnswerReader(SonarOperation operation, String defaultRegion) {
        this.operation = operation;
        this.phones = new PhoneNumberNormalizer(defaultRegion);
    }

    /**
     * The typed result: a new empty result for an empty answer, a Map, List or text for api/call.
     *
     * @throws SonarException when the answer is not the JSON the operation expects
     */
    public Object read(SonarResponse response) {
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

    /**
     * Sonar returns numbers as E.164 or bare national digits depending on endpoint and era: give E.164, and keep
     * what Sonar sent in the model's raw field.
     */
    private Object normalise(Object result) {
        if (result instanceof Customer customer) {
            customer.setRawPhoneNumber(customer.getPhoneNumber());
            customer.setPhoneNumber(phones.fromSonar(customer.getPhoneNumber()));
            customer.setRawAssignedPhoneNumber(customer.getAssignedPhoneNumber());
            customer.setAssignedPhoneNumber(phones.fromSonar(customer.getAssignedPhoneNumber()));
        } else if (result instanceof SendResult send) {
            send.setRawTo(send.getTo());
            send.setTo(phones.fromSonar(send.getTo()));
        } else if (result instanceof DeletedProperty deleted) {
            deleted.setRawPhoneNumber(deleted.getPhoneNumber());
            deleted.setPhoneNumber(phones.fromSonar(deleted.getPhoneNumber()));
        } else if (result instanceof AvailableNumber available) {
            available.setRawAvailableNumber(available.getAvailableNumber());
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
}
