package org.camelsonar.component.sonar.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.spi.IdempotentRepository;
import org.camelsonar.component.sonar.model.WebhookEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers one HTTP delivery from Sonar. The route sees only authentic, first-time events, on an exchange of its own
 * that carries none of the request's headers. Any JSON object is an event: the shape of its values is never a
 * reason to refuse it (see {@link WebhookEvents}). The status code tells Sonar what to do: 2xx done; anything else
 * Sonar retries, which is the point of a 5xx (route failed) and a 409 (same event still running), while a 4xx for
 * a bad request will fail again.
 */
public final class WebhookDeliveryHandler implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookDeliveryHandler.class);

    private final String event;
    private final WebhookSecret secret;
    private final int maxBodySize;
    private final DeliveryGuard guard;
    private final EventRoute route;
    private final AtomicBoolean warnedAboutAction = new AtomicBoolean();

    /**
     * @param event       Sonar's identifier of the event served, e.g. {@code customer_created}
     * @param secret      the secret a delivery must carry; null to accept any
     * @param maxBodySize the largest body accepted, in bytes
     * @param repository  where event ids are claimed, so that an event runs the route once
     * @param route       runs the route for one event
     */
    public WebhookDeliveryHandler(String event, WebhookSecret secret, int maxBodySize, IdempotentRepository repository,
                                  EventRoute route) {
        this.event = event;
        this.secret = secret;
        this.maxBodySize = maxBodySize;
        this.guard = new DeliveryGuard(repository);
        this.route = route;
    }

    /** The route's side of a delivery. */
    @FunctionalInterface
    public interface EventRoute {

        /**
         * Runs the route for one event, on an exchange of its own.
         *
         * @return whether the route completed without an exception
         */
        boolean run(EventMessage message);
    }

    @Override
    public void process(Exchange http) {
        Message request = http.getMessage();
        String method = request.getHeader(Exchange.HTTP_METHOD, String.class);
        if (!"POST".equalsIgnoreCase(method)) {
            respond(http, 405, "Only POST is accepted");
            http.getMessage().setHeader("Allow", "POST");
            return;
        }
        if (secret != null && !secret.matches(secretOf(request))) {
            LOG.warn("Refused a delivery to the Sonar {} webhook: missing or wrong secret", event);
            respond(http, 401, "Missing or wrong secret");
            return;
        }
        byte[] payload;
        try {
            payload = readPayload(request);
        } catch (IOException e) {
            respond(http, 413, e.getMessage());
            return;
        }
        WebhookEvent delivered;
        try {
            delivered = WebhookEvents.read(payload);
        } catch (IOException e) {
            respond(http, 400, "The body is not valid JSON");
            return;
        }
        if (delivered == null) {
            respond(http, 400, "The body is not a JSON object");
            return;
        }
        // past this point the delivery reaches the route, whatever the shape of its values: refused, it would be lost
        String uuid = delivered.getUuid();
        DeliveryGuard.Admission admission = uuid == null ? DeliveryGuard.Admission.RUN : guard.admit(uuid);
        if (admission == DeliveryGuard.Admission.DONE) {
            respond(http, 200, "Already processed");
            return;
        } else if (admission == DeliveryGuard.Admission.BUSY) {
            respond(http, 409, "This event is being processed; retry later");
            return;
        }
        boolean ok = route.run(describe(delivered));
        if (uuid != null) {
            if (ok) {
                guard.succeeded(uuid);
            } else {
                guard.failed(uuid);
            }
        }
        respond(http, ok ? 200 : 500, ok ? "OK" : "The route failed to process the event");
    }

    /** The route's view of the event: the typed body and the component's own headers. */
    private EventMessage describe(WebhookEvent delivered) {
        String action = delivered.getAction();
        if (action != null && !action.equals(event) && warnedAboutAction.compareAndSet(false, true)) {
            LOG.warn("The Sonar {} webhook received an event whose action is {}; accepting it, since Sonar's event"
                     + " identifiers are inferred (warned once)", event, action);
        }
        String phone = delivered.getCustomer() != null ? delivered.getCustomer().getPhoneNumber() : null;
        Object topLevelPhone = delivered.getOther().get("phone_number");
        if (phone == null && (topLevelPhone instanceof String || topLevelPhone instanceof Number)) {
            phone = topLevelPhone.toString();
        }
        return new EventMessage(delivered, action != null ? action : event, phone);
    }

    /**
     * What the route gets.
     *
     * @param event       the typed event, the body
     * @param eventType   the payload's action, else the endpoint's event
     * @param phoneNumber the customer's number, from the customer or the top level; null when there is none
     */
    public record EventMessage(WebhookEvent event, String eventType, String phoneNumber) {
    }

    private static String secretOf(Message request) {
        String query = request.getHeader(Exchange.HTTP_QUERY, String.class);
        if (query != null) {
            for (String pair : query.split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0 && WebhookSecret.PARAMETER.equals(pair.substring(0, equals))) {
                    try {
                        return URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                    } catch (IllegalArgumentException malformed) {
                        return null;
                    }
                }
            }
        }
        return null;
    }

    private byte[] readPayload(Message request) throws IOException {
        Object body = request.getBody();
        byte[] payload;
        if (body instanceof byte[] bytes) {
            payload = bytes;
        } else if (body instanceof InputStream stream) {
            try (InputStream in = stream) {
                payload = in.readNBytes(maxBodySize + 1);
            }
        } else {
            String text = request.getBody(String.class);
            payload = text != null ? text.getBytes(StandardCharsets.UTF_8) : new byte[0];
        }
        if (payload.length > maxBodySize) {
            throw new IOException("The body is larger than webhookMaxBodySize (" + maxBodySize + " bytes)");
        }
        return payload;
    }

    /** Replaces the request's headers, so that none of them (the secret included) is echoed in the response. */
    private static void respond(Exchange http, int status, String text) {
        Message message = http.getMessage();
        message.getHeaders().clear();
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        message.setHeader(Exchange.CONTENT_TYPE, "text/plain; charset=utf-8");
        message.setBody(text);
    }
}
