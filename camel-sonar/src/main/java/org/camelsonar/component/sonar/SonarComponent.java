package org.camelsonar.component.sonar;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;

import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.ExtendedCamelContext;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.DefaultComponent;
import org.apache.camel.util.PropertiesHelper;
import org.apache.camel.util.URISupport;
import org.camelsonar.component.sonar.client.SonarClientSettings;
import org.camelsonar.component.sonar.client.SonarHttpClient;
import org.camelsonar.component.sonar.health.SonarCheckSupport;
import org.camelsonar.component.sonar.health.SonarHealth;
import org.camelsonar.component.sonar.operation.SonarOperation;
import org.camelsonar.component.sonar.phone.PhoneNumberNormalizer;

/**
 * The {@code sonar:} component. It holds the connection options every endpoint starts from, and shares one
 * HTTP connection pool between all endpoints with the same transport settings.
 */
@Component("sonar")
public class SonarComponent extends DefaultComponent {

    static final String PROPERTY_PREFIX = "property.";
    static final String WEBHOOK_PREFIX = "webhook/";

    @Metadata(description = "Connection options shared by all endpoints; each can be overridden per endpoint.")
    private SonarConfiguration configuration = new SonarConfiguration();

    static {
        // Camel masks URI options by name; "token" and "secret" are on its list, publishableKey is not
        URISupport.addSanitizeKeywords("publishableKey");
    }

    private final Map<ClientKey, SharedClient> clients = new HashMap<>();
    private ExecutorService completions;
    private ScheduledExecutorService scheduler;
    // health: what producers and webhook consumers report, read by the checks sonar (webhooks) and sonar-credentials (see health/)
    private final SonarHealth health = new SonarHealth();
    private SonarCheckSupport[] healthChecks;

    @Override
    public void setCamelContext(CamelContext context) {
        super.setCamelContext(context);
        // Camel Main and the runtimes mask configuration values by key; publishableKey is not on Camel's list
        if (context != null) {
            ExtendedCamelContext extension = context.getCamelContextExtension();
            String keywords = extension.getAdditionalSensitiveKeywords();
            if (keywords == null || keywords.isBlank()) {
                extension.setAdditionalSensitiveKeywords("publishableKey");
            } else if (!keywords.toLowerCase(Locale.ROOT).contains("publishablekey")) {
                extension.setAdditionalSensitiveKeywords(keywords + ",publishableKey");
            }
        }
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        String path = remaining.replaceAll("^/+", "");
        SonarEndpoint endpoint;
        if (path.startsWith(WEBHOOK_PREFIX)) {
            String id = path.substring(WEBHOOK_PREFIX.length());
            SonarEvent event = SonarEvent.fromId(id).orElseThrow(() -> new IllegalArgumentException(
                    "Unknown Sonar webhook event '" + id + "' in " + URISupport.sanitizeUri(uri) + "."
                    + SonarSpelling.hint(id, Arrays.stream(SonarEvent.values()).map(SonarEvent::id).toList())
                    + " Valid events: " + SonarEvent.allIds()));
            endpoint = new SonarEndpoint(uri, this, event, configuration.copy());
        } else {
            SonarOperation operation = SonarOperation.fromUri(path).orElseThrow(() -> new IllegalArgumentException(
                    "Unknown Sonar operation '" + path + "' in " + URISupport.sanitizeUri(uri) + "."
                    + SonarSpelling.hint(path, operationUris())
                    + " Valid operations: " + SonarOperation.allUris() + "; webhook consumers: webhook/<event> with"
                    + " event one of " + SonarEvent.allIds()));
            endpoint = new SonarEndpoint(uri, this, operation, configuration.copy());
        }
        Map<String, Object> properties = PropertiesHelper.extractProperties(parameters, PROPERTY_PREFIX);
        setProperties(endpoint, parameters);
        if (!properties.isEmpty()) {
            endpoint.getOperationOptions().setProperties(properties);
        }
        String region = endpoint.getConfiguration().getDefaultRegion();
        if (region != null && !region.isBlank() && !PhoneNumberNormalizer.isSupportedRegion(region)) {
            throw new IllegalArgumentException("Option 'defaultRegion' of " + URISupport.sanitizeUri(uri) + " is '"
                                               + region + "', which is not an ISO 3166 region code such as US or GB");
        }
        if (endpoint.getConfiguration().getIdleConnectionTimeout() <= 0) {
            // HttpClient reads 0 as "keep alive for ever", and its evictor would spin
            throw new IllegalArgumentException("Option 'idleConnectionTimeout' of " + URISupport.sanitizeUri(uri)
                                               + " must be a positive duration, e.g. 15s");
        }
        return endpoint;
    }

    private static List<String> operationUris() {
        return Arrays.stream(SonarOperation.values()).map(SonarOperation::uri).toList();
    }

    /**
     * Options left over after binding are misspelt or unknown: name the nearest valid option instead of Camel's
     * generic "parameters that couldn't be set", and never print their values (one may be a secret).
     */
    @Override
    protected void validateParameters(String uri, Map<String, Object> parameters, String optionPrefix) {
        Map<String, Object> unknown = optionPrefix == null || parameters == null
                ? parameters : PropertiesHelper.extractProperties(parameters, optionPrefix);
        if (unknown == null || unknown.isEmpty()) {
            return;
        }
        List<String> valid = new SonarEndpointUriFactory().propertyNames().stream().sorted().toList();
        StringBuilder message = new StringBuilder();
        for (String name : unknown.keySet().stream().sorted().toList()) {
            message.append(message.isEmpty() ? "" : " ").append("Unknown option '").append(name).append("'.")
                    .append(SonarSpelling.hint(name, valid));
        }
        message.append(" Options of the sonar endpoint: ").append(String.join(", ", valid))
                .append(" (and property.<name> for customer properties).");
        throw new ResolveEndpointFailedException(URISupport.sanitizeUri(uri), message.toString());
    }

    /** A client for these settings, shared with every endpoint that asks with equal ones. */
    synchronized SonarHttpClient acquireClient(SonarConfiguration settings) {
        ClientKey key = ClientKey.of(settings);
        SharedClient shared = clients.get(key);
        if (shared == null) {
            SonarClientSettings clientSettings = new SonarClientSettings(settings.getConnectTimeout(),
                    settings.getResponseTimeout(), settings.getMaxConnections(), settings.getIdleConnectionTimeout(),
                    settings.getSslContextParameters() != null
                            ? createSslContext(settings) : null,
                    settings.getProxyHost(), settings.getProxyPort());
            shared = new SharedClient(new SonarHttpClient(clientSettings));
            clients.put(key, shared);
        }
        shared.users++;
        return shared.client;
    }

    synchronized void releaseClient(SonarConfiguration settings) {
        ClientKey key = ClientKey.of(settings);
        SharedClient shared = clients.get(key);
        if (shared != null && --shared.users <= 0) {
            clients.remove(key);
            shared.client.close();
        }
    }

    /** The few threads that continue routes once Sonar has answered, so that no route runs on an I/O thread. */
    synchronized ExecutorService completions() {
        if (completions == null) {
            int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
            completions = getCamelContext().getExecutorServiceManager().newFixedThreadPool(this, "SonarCallback", threads);
        }
        return completions;
    }

    /** One thread that keeps the webhooks of all consumers registered (see registration/WebhookReconciler). */
    synchronized ScheduledExecutorService scheduler() {
        if (scheduler == null) {
            scheduler = getCamelContext().getExecutorServiceManager().newSingleThreadScheduledExecutor(this,
                    "SonarWebhookReconciler");
        }
        return scheduler;
    }

    private javax.net.ssl.SSLContext createSslContext(SonarConfiguration settings) {
        try {
            return settings.getSslContextParameters().createSSLContext(getCamelContext());
        } catch (Exception e) {
            throw new IllegalArgumentException("Option 'sslContextParameters' cannot create an SSL context: "
                                               + e.getMessage(), e);
        }
    }

    /**
     * The state behind the component's health checks; producers and webhook consumers report to it. Internal (package
     * {@code health}): public for tests and diagnostics; read health through Camel's health checks instead.
     */
    public SonarHealth health() {
        return health;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        // health: registered only when the context has a health check registry (camel-health on the class path)
        healthChecks = SonarCheckSupport.register(getCamelContext(), health);
    }

    @Override
    protected synchronized void doStop() throws Exception {
        // health: the checks leave with the component
        SonarCheckSupport.unregister(getCamelContext(), healthChecks);
        healthChecks = null;
        health.clear();
        clients.values().forEach(shared -> shared.client.close());
        clients.clear();
        if (completions != null) {
            getCamelContext().getExecutorServiceManager().shutdown(completions);
            completions = null;
        }
        if (scheduler != null) {
            getCamelContext().getExecutorServiceManager().shutdown(scheduler);
            scheduler = null;
        }
        super.doStop();
    }

    public SonarConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(SonarConfiguration configuration) {
        this.configuration = configuration;
    }

    private static final class SharedClient {
        private final SonarHttpClient client;
        private int users;

        private SharedClient(SonarHttpClient client) {
            this.client = client;
        }
    }

    /** What makes two connection pools interchangeable; TLS parameters compare by identity. */
    private record ClientKey(long connectTimeout, long responseTimeout, int maxConnections, long idleTimeout,
            Object ssl, String proxyHost, Integer proxyPort) {
        static ClientKey of(SonarConfiguration c) {
            return new ClientKey(c.getConnectTimeout(), c.getResponseTimeout(), c.getMaxConnections(),
                    c.getIdleConnectionTimeout(),
                    c.getSslContextParameters() == null ? null : new Identity(c.getSslContextParameters()),
                    c.getProxyHost(), c.getProxyPort());
        }
    }

    private record Identity(Object value) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Identity identity && identity.value == value;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(value);
        }
    }
}
