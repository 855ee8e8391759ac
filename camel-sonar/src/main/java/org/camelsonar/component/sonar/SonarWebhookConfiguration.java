package org.camelsonar.component.sonar;

import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/** How a {@code sonar:webhook/<event>} consumer is served, registered with Sonar and protected. */
@UriParams
public class SonarWebhookConfiguration {

    public static final int DEFAULT_MAX_BODY_SIZE = 1024 * 1024;

    @UriParam(label = "consumer",
              description = "The HTTP server component that serves the webhook (a RestConsumerFactory such as"
                            + " platform-http). When unset: the REST configuration's component, else platform-http, else"
                            + " the only RestConsumerFactory present.")
    private String httpServerComponent;
    @UriParam(label = "consumer",
              description = "The local HTTP path of the webhook. Default /sonar/webhook/{event}, e.g."
                            + " /sonar/webhook/customer_created.")
    private String webhookPath;
    @UriParam(label = "consumer", defaultValue = "true",
              description = "Keep the webhook registered with Sonar (reusing an identical existing one), so that Sonar"
                            + " delivers the event here: on start and every webhookReconcileInterval. All instances of an"
                            + " application share one webhook. Needs webhookExternalUrl.")
    private boolean webhookAutoRegister = true;
    @UriParam(label = "consumer",
              description = "The public base URL at which Sonar reaches this application, e.g. https://app.example.com;"
                            + " the webhook path and the secret are appended to it.")
    private String webhookExternalUrl;
    @UriParam(label = "consumer",
              description = "The webhook's name in Sonar. Default: camel-sonar {route id} {event}.")
    private String webhookName;
    @UriParam(label = "consumer", defaultValue = "false",
              description = "Delete the webhook from Sonar when this consumer stops. Only for a single instance that"
                            + " should leave nothing behind (a local try-out): with several instances, or in a rolling"
                            + " deploy, the others still serve the same webhook.")
    private boolean webhookUnregisterOnStop;
    @UriParam(label = "consumer", defaultValue = "60000", javaType = "java.time.Duration",
              description = "How often to check that the webhook is still registered and active in Sonar, and restore"
                            + " it if it was removed or deactivated (by a person, or by Sonar after failed deliveries),"
                            + " in milliseconds or as a duration (60s). 0 checks only at start, and then a failed"
                            + " registration fails the start.")
    private long webhookReconcileInterval = 60_000;
    @UriParam(label = "consumer,advanced", defaultValue = "1048576",
              description = "The largest delivery body accepted, in bytes; larger ones are answered 413.")
    private int webhookMaxBodySize = DEFAULT_MAX_BODY_SIZE;
    @UriParam(label = "consumer,advanced",
              description = "Remembers the uuid of each event processed, so that a redelivered event does not run the"
                            + " route again. Default: in memory, the last 10,000 events. Share a persistent one (e.g."
                            + " Camel's JDBC repository) between instances.")
    private IdempotentRepository idempotentRepository;

    public String getHttpServerComponent() {
        return httpServerComponent;
    }

    public void setHttpServerComponent(String httpServerComponent) {
        this.httpServerComponent = httpServerComponent;
    }

    public String getWebhookPath() {
        return webhookPath;
    }

    public void setWebhookPath(String webhookPath) {
        this.webhookPath = webhookPath;
    }

    public boolean isWebhookAutoRegister() {
        return webhookAutoRegister;
    }

    public void setWebhookAutoRegister(boolean webhookAutoRegister) {
        this.webhookAutoRegister = webhookAutoRegister;
    }

    public String getWebhookExternalUrl() {
        return webhookExternalUrl;
    }

    public void setWebhookExternalUrl(String webhookExternalUrl) {
        this.webhookExternalUrl = webhookExternalUrl;
    }

    public String getWebhookName() {
        return webhookName;
    }

    public void setWebhookName(String webhookName) {
        this.webhookName = webhookName;
    }

    public boolean isWebhookUnregisterOnStop() {
        return webhookUnregisterOnStop;
    }

    public void setWebhookUnregisterOnStop(boolean webhookUnregisterOnStop) {
        this.webhookUnregisterOnStop = webhookUnregisterOnStop;
    }

    public long getWebhookReconcileInterval() {
        return webhookReconcileInterval;
    }

    public void setWebhookReconcileInterval(long webhookReconcileInterval) {
        this.webhookReconcileInterval = webhookReconcileInterval;
    }

    public int getWebhookMaxBodySize() {
        return webhookMaxBodySize;
    }

    public void setWebhookMaxBodySize(int webhookMaxBodySize) {
        this.webhookMaxBodySize = webhookMaxBodySize;
    }

    public IdempotentRepository getIdempotentRepository() {
        return idempotentRepository;
    }

    public void setIdempotentRepository(IdempotentRepository idempotentRepository) {
        this.idempotentRepository = idempotentRepository;
    }
}
