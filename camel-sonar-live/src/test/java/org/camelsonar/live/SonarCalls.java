package org.camelsonar.live;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.camelsonar.component.sonar.SonarConstants;
import org.camelsonar.component.sonar.error.SonarException;

/**
 * Calls Sonar through the camel-sonar component, as a route would: {@code sonar:<resource>/<action>} endpoints
 * and {@code sonar:api/call}. Every answer, failure included, becomes an {@link Outcome}, and its request id goes
 * to the row the call was made for.
 */
final class SonarCalls {

    private final ProducerTemplate template;
    private final LiveReport report;
    private int calls;
    private int rateLimited;

    SonarCalls(ProducerTemplate template, LiveReport report) {
        this.template = template;
        this.report = report;
    }

    /** One producer operation, with CamelSonar* headers and an optional body. */
    Outcome call(Evidence row, String operation, Map<String, Object> headers, Object body) {
        Exchange exchange = template.send("sonar:" + operation, ex -> {
            ex.getMessage().setHeaders(new LinkedHashMap<>(headers));
            ex.getMessage().setBody(body);
        });
        Outcome outcome = outcome(exchange);
        synchronized (this) {
            calls++;
            if (outcome.status() == 429) {
                rateLimited++;
            }
        }
        if (row != null) {
            row.requestId(outcome.requestId());
        }
        return outcome;
    }

    /** {@code sonar:api/call}: any method and path, a Map query, a JSON body (a Map or a List) or none. */
    Outcome api(Evidence row, String method, String path, Map<String, Object> query, Object body) {
        Map<String, Object> headers = new LinkedHashMap<>();
        headers.put(SonarConstants.HTTP_METHOD, method);
        headers.put(SonarConstants.PATH, path);
        if (query != null && !query.isEmpty()) {
            headers.put(SonarConstants.QUERY, query);
        }
        return call(row, "api/call", headers, body);
    }

    synchronized int calls() {
        return calls;
    }

    synchronized int rateLimited() {
        return rateLimited;
    }

    LiveReport report() {
        return report;
    }

    private static Outcome outcome(Exchange exchange) {
        Exception failure = exchange.getException();
        if (failure instanceof SonarException sonar) {
            return new Outcome(sonar.getHttpResponseCode(), null, sonar.getRequestId(),
                    sonar.getError() != null ? sonar.getError() : sonar.getMessage());
        }
        if (failure != null) {
            return new Outcome(0, null, null, failure.getClass().getSimpleName() + ": " + failure.getMessage());
        }
        Integer status = exchange.getMessage().getHeader(SonarConstants.RESPONSE_CODE, Integer.class);
        return new Outcome(status == null ? 0 : status, exchange.getMessage().getBody(),
                exchange.getMessage().getHeader(SonarConstants.REQUEST_ID, String.class), null);
    }
}
