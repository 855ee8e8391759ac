package org.camelsonar.component.sonar;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.camel.Consumer;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.RestConsumerFactory;
import org.apache.camel.support.DefaultConsumer;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.camel.util.URISupport;
import org.camelsonar.component.sonar.client.SonarWebhookCalls;
import org.camelsonar.component.sonar.registration.SonarWebhookRegistrar;
import org.camelsonar.component.sonar.registration.WebhookReconciler;
import org.camelsonar.component.sonar.webhook.WebhookDeliveryHandler;
import org.camelsonar.component.sonar.webhook.WebhookDeliveryHandler.EventMessage;
import org.camelsonar.component.sonar.webhook.WebhookSecret;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives one Sonar event over HTTP. On start it serves the webhook path on the runtime's HTTP server and, unless
 * told otherwise, keeps the webhook registered with Sonar ({@link WebhookReconciler}). Every instance of an
 * application computes the same registered URL and secret, so they share one webhook and any of them accepts its
 * deliveries; on stop the webhook stays in Sonar unless the user asked for its removal. Each delivery is checked
 * and answered by {@link WebhookDeliveryHandler}.
 */
public class SonarWebhookConsumer extends DefaultConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(SonarWebhookConsumer.class);
    private static final int DEFAULT_REPOSITORY_SIZE = 10_000;

    private final SonarEndpoint endpoint;
    private final SonarEvent event;
    // health: the sanitized endpoint URI names this consumer in the readiness check
    private final String healthKey;
    private Consumer httpConsumer;
    private WebhookReconciler reconciler;
    private IdempotentRepository repository;

    SonarWebhookConsumer(SonarEndpoint endpoint, SonarEvent event, Processor processor) {
        super(endpoint, processor);
        this.endpoint = endpoint;
        this.event = event;
        this.healthKey = URISupport.sanitizeUri(endpoint.getEndpointUri());
    }

    /** The local path served: the option, else {@code /sonar/webhook/<event>}. */
    public String getPath() {
        String path = endpoint.getWebhookConfiguration().getWebhookPath();
        if (path == null || path.isBlank()) {
            return "/sonar/webhook/" + event.id();
        }
        return path.startsWith("/") ? path : "/" + path;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        SonarWebhookConfiguration options = endpoint.getWebhookConfiguration();
        if (options.isWebhookAutoRegister()) {
            try {
                checkRegistrationOptions(options);
            } catch (IllegalArgumentException e) {
                // health: a webhook that cannot even try to register (no token, no external URL) is not registered
                endpoint.getComponent().health().webhookRegistrationFailed(healthKey, event.id(), e);
                throw e;
            }
        }
        String publicUrl = options.isWebhookAutoRegister() ? publicUrl(options) : null;
        WebhookSecret secret = secret(options, publicUrl);
        repository = options.getIdempotentRepository() != null
                ? options.getIdempotentRepository()
                : MemoryIdempotentRepository.memoryIdempotentRepository(DEFAULT_REPOSITORY_SIZE);
        ServiceHelper.startService(repository);

        RestConsumerFactory server = HttpServerResolver.resolve(endpoint.getCamelContext(),
                options.getHttpServerComponent());
        WebhookDeliveryHandler handler = new WebhookDeliveryHandler(event.id(), secret,
                options.getWebhookMaxBodySize(), repository, this::runRoute);
        // no verb: every method reaches the handler, which answers 405 itself whatever the server
        try {
            httpConsumer = server.createConsumer(endpoint.getCamelContext(), handler, null, getPath(), null, null, null,
                    endpoint.getCamelContext().getRestConfiguration(), Map.of());
            ServiceHelper.startService(httpConsumer);
        } catch (Exception e) {
            throw new IllegalStateException("The Sonar " + event.id() + " webhook cannot listen on " + getPath() + ": "
                                            + e.getMessage() + ". Is an HTTP server running? Camel Main:"
                                            + " camel-platform-http-main with camel.server.enabled=true; Spring Boot:"
                                            + " camel-platform-http-starter; Quarkus: camel-quarkus-platform-http; or"
                                            + " name a server component in option 'httpServerComponent'", e);
        }
        LOG.info("Sonar {} webhook listening on {}", event.id(), getPath());

        if (options.isWebhookAutoRegister()) {
            SonarConfiguration connection = endpoint.getConfiguration();
            SonarWebhookRegistrar registrar = new SonarWebhookRegistrar(new SonarWebhookCalls(endpoint.getClient(),
                    connection.resolveBaseUrl(), connection.getToken()),
                    connection.getConnectTimeout() + connection.getResponseTimeout());
            reconciler = new WebhookReconciler(registrar, event.id(), webhookName(options),
                    publicUrl + "?" + WebhookSecret.PARAMETER + "=" + URLEncoder.encode(secret.value(), StandardCharsets.UTF_8),
                    publicUrl, endpoint.getComponent().health(), healthKey, options.getWebhookReconcileInterval());
            try {
                reconciler.start(endpoint.getCamelContext(), endpoint.getComponent().scheduler());
            } catch (RuntimeException e) {
                // the route does not start, so nothing may keep listening
                reconciler = null;
                ServiceHelper.stopService(httpConsumer);
                httpConsumer = null;
                throw e;
            }
        }
    }

    /** The URL Sonar delivers to, without the secret: the external base URL and the local path. */
    private String publicUrl(SonarWebhookConfiguration options) {
        String external = options.getWebhookExternalUrl().trim();
        String base = external.endsWith("/") ? external.substring(0, external.length() - 1) : external;
        return base + getPath();
    }

    /**
     * The configured secret; else, when registering, one derived from the token and the URL, so that every
     * instance of the application registers the same URL and accepts the others' deliveries.
     */
    private WebhookSecret secret(SonarWebhookConfiguration options, String publicUrl) {
        String configured = endpoint.getConfiguration().getWebhookSecret();
        if (configured != null && !configured.isBlank()) {
            return WebhookSecret.of(configured);
        }
        if (options.isWebhookAutoRegister()) {
            return WebhookSecret.derived(endpoint.getConfiguration().getToken(), publicUrl);
        }
        LOG.warn("SECURITY: the Sonar {} webhook on {} has no webhookSecret, so anyone who can reach it can post"
                 + " events to the route. Set webhookSecret and add ?{}=<secret> to the URL configured in Sonar.",
                event.id(), getPath(), WebhookSecret.PARAMETER);
        return null;
    }

    private String webhookName(SonarWebhookConfiguration options) {
        return options.getWebhookName() != null && !options.getWebhookName().isBlank()
                ? options.getWebhookName() : "camel-sonar " + (getRouteId() != null ? getRouteId() + " " : "") + event.id();
    }

    /** Fails before anything listens when registration cannot work. */
    private void checkRegistrationOptions(SonarWebhookConfiguration options) {
        String external = options.getWebhookExternalUrl();
        if (external == null || external.isBlank()) {
            throw new IllegalArgumentException("The Sonar " + event.id() + " webhook needs option 'webhookExternalUrl',"
                                               + " the public URL at which Sonar reaches this application (or set"
                                               + " webhookAutoRegister=false and configure the webhook in Sonar)");
        }
        SonarConfiguration connection = endpoint.getConfiguration();
        if (connection.getToken() == null || connection.getToken().isBlank()) {
            throw new IllegalArgumentException("The Sonar " + event.id() + " webhook needs option 'token' to register"
                                               + " itself with Sonar (or set webhookAutoRegister=false)");
        }
    }

    @Override
    protected void doStop() throws Exception {
        try {
            if (reconciler != null) {
                reconciler.stop(endpoint.getWebhookConfiguration().isWebhookUnregisterOnStop());
            }
        } finally {
            reconciler = null;
            ServiceHelper.stopService(httpConsumer);
            httpConsumer = null;
            if (endpoint.getWebhookConfiguration().getIdempotentRepository() == null) {
                ServiceHelper.stopService(repository);
            }
            super.doStop();
        }
    }

    /**
     * Runs the route for one event on a fresh exchange, after the route's own error handling.
     *
     * @return whether the route completed without an exception
     */
    private boolean runRoute(EventMessage message) {
        Exchange exchange = createExchange(false);
        try {
            applyTo(message, exchange.getMessage());
            getProcessor().process(exchange);
        } catch (Exception e) {
            exchange.setException(e);
        }
        boolean ok = exchange.getException() == null;
        if (!ok) {
            getExceptionHandler().handleException("Failed to process Sonar " + event.id() + " event "
                                                  + message.event().getUuid(), exchange, exchange.getException());
        }
        releaseExchange(exchange, false);
        return ok;
    }

    /** The typed event as body, and the component's own headers. */
    private static void applyTo(EventMessage event, Message message) {
        message.setBody(event.event());
        message.setHeader(SonarConstants.EVENT_TYPE, event.eventType());
        setIfPresent(message, SonarConstants.EVENT_ID, event.event().getUuid());
        setIfPresent(message, SonarConstants.PHONE_NUMBER, event.phoneNumber());
        setIfPresent(message, SonarConstants.EXTERNAL_MESSAGE_ID, event.event().getExternalId());
        setIfPresent(message, SonarConstants.CONVERSATION_ID, event.event().getConversationId());
    }

    private static void setIfPresent(Message message, String name, String value) {
        if (value != null && !value.isBlank()) {
            message.setHeader(name, value);
        }
    }
}
