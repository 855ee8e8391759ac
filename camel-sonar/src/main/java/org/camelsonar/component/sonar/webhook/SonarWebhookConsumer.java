package org.camelsonar.component.sonar.webhook;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import java.util.Map;

import org.apache.camel.Consumer;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.RestConsumerFactory;
import org.apache.camel.support.DefaultConsumer;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.camel.util.URISupport;
import org.camelsonar.component.sonar.SonarConfiguration;
import org.camelsonar.component.sonar.SonarEndpoint;
import org.camelsonar.component.sonar.SonarEvent;
import org.camelsonar.component.sonar.SonarWebhookConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives one Sonar event over HTTP. On start it serves the webhook path on the runtime's HTTP server and, unless
 * told otherwise, registers the webhook with Sonar; on stop it removes what it registered. Each delivery is
 * checked and answered by {@link WebhookDeliveryHandler}.
 */
public class SonarWebhookConsumer extends DefaultConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(SonarWebhookConsumer.class);
    private static final int DEFAULT_REPOSITORY_SIZE = 10_000;

    private final SonarEndpoint endpoint;
    private final SonarEvent event;
    private Consumer httpConsumer;
    private SonarWebhookRegistrar registrar;
    private SonarWebhookRegistrar.Registration registration;
    private IdempotentRepository repository;

    public SonarWebhookConsumer(SonarEndpoint endpoint, SonarEvent event, Processor processor) {
        super(endpoint, processor);
        this.endpoint = endpoint;
        this.event = event;
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
        WebhookSecret secret = secret(options);
        repository = options.getIdempotentRepository() != null
                ? options.getIdempotentRepository()
                : MemoryIdempotentRepository.memoryIdempotentRepository(DEFAULT_REPOSITORY_SIZE);
        ServiceHelper.startService(repository);

        if (options.isWebhookAutoRegister()) {
            try {
                checkRegistrationOptions(options);
            } catch (IllegalArgumentException e) {
                // health: a webhook that cannot even try to register (no token, no external URL) is not registered
                endpoint.getComponent().health().webhookRegistrationFailed(
                        URISupport.sanitizeUri(endpoint.getEndpointUri()), event.id(), e);
                throw e;
            }
        }
        RestConsumerFactory server = HttpServerResolver.resolve(endpoint.getCamelContext(),
                options.getHttpServerComponent());
        WebhookDeliveryHandler handler = new WebhookDeliveryHandler(this, event, secret,
                options.getWebhookMaxBodySize(), new DeliveryGuard(repository));
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
            try {
                register(options, secret);
            } catch (RuntimeException e) {
                // the route does not start, so nothing may keep listening
                ServiceHelper.stopService(httpConsumer);
                httpConsumer = null;
                throw e;
            }
        }
    }

    private WebhookSecret secret(SonarWebhookConfiguration options) {
        String configured = endpoint.getConfiguration().getWebhookSecret();
        if (configured != null && !configured.isBlank()) {
            return WebhookSecret.of(configured);
        }
        if (options.isWebhookAutoRegister()) {
            if (!options.isWebhookUnregisterOnStop()) {
                LOG.warn("The Sonar {} webhook keeps its registration on stop but has no webhookSecret: each start"
                         + " registers a new URL with a new random secret, and the old webhooks stay in Sonar. Set"
                         + " webhookSecret.", event.id());
            }
            return WebhookSecret.random();
        }
        LOG.warn("SECURITY: the Sonar {} webhook on {} has no webhookSecret, so anyone who can reach it can post"
                 + " events to the route. Set webhookSecret and add ?{}=<secret> to the URL configured in Sonar.",
                event.id(), getPath(), WebhookSecret.PARAMETER);
        return null;
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

    private void register(SonarWebhookConfiguration options, WebhookSecret secret) {
        SonarConfiguration connection = endpoint.getConfiguration();
        String external = options.getWebhookExternalUrl().trim();
        String base = external.endsWith("/") ? external.substring(0, external.length() - 1) : external;
        String url = base + getPath() + "?" + WebhookSecret.PARAMETER + "="
                     + URLEncoder.encode(secret.value(), StandardCharsets.UTF_8);
        String name = options.getWebhookName() != null && !options.getWebhookName().isBlank()
                ? options.getWebhookName() : "camel-sonar " + (getRouteId() != null ? getRouteId() + " " : "") + event.id();
        registrar = new SonarWebhookRegistrar(endpoint.getClient(), connection.resolveBaseUrl(), connection.getToken(),
                connection.getConnectTimeout() + connection.getResponseTimeout());
        // health: the readiness check reports a failed registration until one succeeds
        String healthKey = URISupport.sanitizeUri(endpoint.getEndpointUri());
        try {
            registration = registrar.register(name, event, url);
        } catch (RuntimeException e) {
            endpoint.getComponent().health().webhookRegistrationFailed(healthKey, event.id(), e);
            throw e;
        }
        endpoint.getComponent().health().webhookRegistered(healthKey);
        LOG.info("Sonar {} webhook {} in Sonar as id {} for {}{}", event.id(),
                registration.created() ? "registered" : "already registered", registration.id(), base, getPath());
    }

    @Override
    protected void doStop() throws Exception {
        try {
            if (registration != null && registration.created()
                && endpoint.getWebhookConfiguration().isWebhookUnregisterOnStop()) {
                try {
                    registrar.unregister(registration);
                    LOG.info("Sonar {} webhook id {} removed from Sonar", event.id(), registration.id());
                } catch (RuntimeException e) {
                    LOG.warn("Could not remove the Sonar {} webhook id {} from Sonar: {}", event.id(), registration.id(),
                            e.getMessage());
                }
            }
        } finally {
            if (registration != null) {
                // health: a consumer stopped on purpose is no longer expected to be registered
                endpoint.getComponent().health().webhookStopped(URISupport.sanitizeUri(endpoint.getEndpointUri()));
            }
            registration = null;
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
    boolean runRoute(WebhookDeliveryHandler.EventMessage message) {
        Exchange exchange = createExchange(false);
        try {
            message.applyTo(exchange.getMessage());
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
}
