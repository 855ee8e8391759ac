package org.camelsonar.component.sonar.springboot;

import java.time.Duration;

import org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.camelsonar.component.sonar.SonarConfiguration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code sonar} component's options as Spring Boot properties, {@code camel.component.sonar.*}: one property
 * per component option of the component's catalog JSON ({@code sonar.json}), with the same description (a test
 * fails when they drift). A property left unset leaves the component's own default in place: nothing unset is
 * copied, so a {@code configuration} bean is not overwritten by defaults. Durations take Spring Boot's forms
 * ({@code 10s}, {@code 500ms}, or a plain number of milliseconds); {@code configuration} and
 * {@code sslContextParameters} name a bean ({@code #bean:name} or just {@code name}).
 */
@ConfigurationProperties(prefix = "camel.component.sonar")
public class SonarComponentConfiguration extends ComponentConfigurationPropertiesCommon {

    /**
     * Whether to enable auto configuration of the sonar component. This is enabled by default.
     */
    @SuppressWarnings("unused") // documents the inherited 'enabled' property for the metadata, as Camel's starters do
    private Boolean enabled;

    /**
     * Base URL of the Sonar API, overriding the sandbox switch; for proxies, tests and the Sonar simulator.
     */
    private String baseUrl;

    /**
     * Connection options shared by all endpoints; each can be overridden per endpoint.
     */
    private SonarConfiguration configuration;

    /**
     * ISO 3166 region (e.g. US) used to read phone numbers written in national format. When unset, numbers must be
     * international: a plus sign and the country code.
     */
    private String defaultRegion;

    /**
     * Use Sonar's sandbox (https://sandbox.sendsonar.com/api) instead of production
     * (https://www.sendsonar.com/api). The sandbox has its own accounts and tokens.
     */
    private Boolean sandbox;

    /**
     * Allows for bridging the consumer to the Camel routing Error Handler, which mean any exceptions (if possible)
     * occurred while the Camel consumer is trying to pickup incoming messages, or the likes, will now be processed
     * as a message and handled by the routing Error Handler. Important: This is only possible if the 3rd party
     * component allows Camel to be alerted if an exception was thrown. Some components handle this internally
     * only, and therefore bridgeErrorHandler is not possible. In other situations we may improve the Camel
     * component to hook into the 3rd party component and make this possible for future releases. By default the
     * consumer will use the org.apache.camel.spi.ExceptionHandler to deal with exceptions, that will be logged at
     * WARN or ERROR level and ignored.
     */
    private Boolean bridgeErrorHandler;

    /**
     * Continue the route on HttpClient's I/O thread once Sonar has answered, instead of on one of the component's
     * SonarCallback threads. Saves a thread hand-off per call (measurable only when Sonar answers in well under a
     * millisecond), but a route step after the call that blocks then stalls every other call in flight, and a
     * synchronous Sonar call from there can deadlock: use it only for routes that end at, or stay asynchronous
     * after, the Sonar call.
     */
    private Boolean continueOnIoThread;

    /**
     * The secret that each webhook delivery must carry (query parameter secret of the URL registered with Sonar).
     * When auto-registering and unset, it is derived from the token and the webhook URL, so that every instance of
     * the application agrees on it. Set on the component, it keeps the secret out of endpoint URIs, which Camel logs
     * at TRACE.
     */
    private String webhookSecret;

    /**
     * Fail the exchange with a SonarUnsubscribedException when Sonar answers that the customer is unsubscribed
     * (nothing was sent), instead of only setting CamelSonarMessageStatus.
     */
    private Boolean failOnUnsubscribed;

    /**
     * Whether the producer should be started lazy (on the first message). By starting lazy you can use this to
     * allow CamelContext and routes to startup in situations where a producer may otherwise fail during starting
     * and cause the route to fail being started. By deferring this startup to be lazy then the startup failure can
     * be handled during routing messages via Camel's routing error handlers. Beware that when the first message is
     * processed then creating and starting the producer may take a little time and prolong the total processing
     * time of the processing.
     */
    private Boolean lazyStartProducer;

    /**
     * Whether autowiring is enabled. This is used for automatic autowiring options (the option must be marked as
     * autowired) by looking up in the registry to find if there is a single instance of matching type, which then
     * gets configured on the component. This can be used for automatic configuring JDBC data sources, JMS
     * connection factories, AWS Clients, etc.
     */
    private Boolean autowiredEnabled;

    /**
     * How long to wait for a TCP connection to Sonar, in milliseconds or as a duration (10s).
     */
    private Duration connectTimeout;

    /**
     * The most connections to Sonar kept open and reused; calls beyond it wait for a free connection without
     * holding a thread.
     */
    private Integer maxConnections;

    /**
     * How long to wait for Sonar's answer once the request is sent, in milliseconds or as a duration (30s).
     */
    private Duration responseTimeout;

    /**
     * How long a pooled connection to Sonar may stay idle and still be reused, in milliseconds or as a duration (15s);
     * a shorter Keep-Alive timeout announced by the server wins. Kept below the idle timeouts of common load balancers
     * and servers (AWS ALB 60s, nginx 75s, Puma 20s), so that a connection is closed by us before one of them closes
     * it.
     */
    private Duration idleConnectionTimeout;

    /**
     * Host of an HTTP proxy to reach Sonar through.
     */
    private String proxyHost;

    /**
     * Port of the HTTP proxy.
     */
    private Integer proxyPort;

    /**
     * The account's publishable key, sent as the X-Publishable-Key header. Only phoneNumber/available uses it.
     */
    private String publishableKey;

    /**
     * TLS settings for the connection to Sonar (trust store, protocols).
     */
    private SSLContextParameters sslContextParameters;

    /**
     * The account's private API token (Sonar: Settings, Company Settings), sent as the X-Token header.
     */
    private String token;

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public SonarConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(SonarConfiguration configuration) {
        this.configuration = configuration;
    }

    public String getDefaultRegion() {
        return defaultRegion;
    }

    public void setDefaultRegion(String defaultRegion) {
        this.defaultRegion = defaultRegion;
    }

    public Boolean getSandbox() {
        return sandbox;
    }

    public void setSandbox(Boolean sandbox) {
        this.sandbox = sandbox;
    }

    public Boolean getBridgeErrorHandler() {
        return bridgeErrorHandler;
    }

    public void setBridgeErrorHandler(Boolean bridgeErrorHandler) {
        this.bridgeErrorHandler = bridgeErrorHandler;
    }

    public Boolean getContinueOnIoThread() {
        return continueOnIoThread;
    }

    public void setContinueOnIoThread(Boolean continueOnIoThread) {
        this.continueOnIoThread = continueOnIoThread;
    }

    public String getWebhookSecret() {
        return webhookSecret;
    }

    public void setWebhookSecret(String webhookSecret) {
        this.webhookSecret = webhookSecret;
    }

    public Boolean getFailOnUnsubscribed() {
        return failOnUnsubscribed;
    }

    public void setFailOnUnsubscribed(Boolean failOnUnsubscribed) {
        this.failOnUnsubscribed = failOnUnsubscribed;
    }

    public Boolean getLazyStartProducer() {
        return lazyStartProducer;
    }

    public void setLazyStartProducer(Boolean lazyStartProducer) {
        this.lazyStartProducer = lazyStartProducer;
    }

    public Boolean getAutowiredEnabled() {
        return autowiredEnabled;
    }

    public void setAutowiredEnabled(Boolean autowiredEnabled) {
        this.autowiredEnabled = autowiredEnabled;
    }

    public Duration getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public Integer getMaxConnections() {
        return maxConnections;
    }

    public void setMaxConnections(Integer maxConnections) {
        this.maxConnections = maxConnections;
    }

    public Duration getIdleConnectionTimeout() {
        return idleConnectionTimeout;
    }

    public void setIdleConnectionTimeout(Duration idleConnectionTimeout) {
        this.idleConnectionTimeout = idleConnectionTimeout;
    }

    public Duration getResponseTimeout() {
        return responseTimeout;
    }

    public void setResponseTimeout(Duration responseTimeout) {
        this.responseTimeout = responseTimeout;
    }

    public String getProxyHost() {
        return proxyHost;
    }

    public void setProxyHost(String proxyHost) {
        this.proxyHost = proxyHost;
    }

    public Integer getProxyPort() {
        return proxyPort;
    }

    public void setProxyPort(Integer proxyPort) {
        this.proxyPort = proxyPort;
    }

    public String getPublishableKey() {
        return publishableKey;
    }

    public void setPublishableKey(String publishableKey) {
        this.publishableKey = publishableKey;
    }

    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
