package org.camelsonar.component.sonar;

import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.camelsonar.component.sonar.error.SonarUnsubscribedException;

/**
 * How to reach Sonar: credentials, environment and HTTP transport settings. Set once on the component and
 * overridden per endpoint. {@link #toString()} never prints a credential.
 */
@UriParams
public class SonarConfiguration implements Cloneable {

    public static final String PRODUCTION_URL = "https://www.sendsonar.com/api";
    public static final String SANDBOX_URL = "https://sandbox.sendsonar.com/api";

    @UriParam(label = "security", secret = true,
              description = "The account's private API token (Sonar: Settings, Company Settings), sent as the X-Token"
                            + " header.")
    private String token;
    @UriParam(label = "security", secret = true,
              description = "The account's publishable key, sent as the X-Publishable-Key header. Only"
                            + " phoneNumber/available uses it.")
    private String publishableKey;
    @UriParam(label = "consumer,security", secret = true,
              description = "The secret that each webhook delivery must carry (query parameter secret of the URL"
                            + " registered with Sonar). When auto-registering and unset, it is derived from the token and"
                            + " the webhook URL, so that every instance of the application agrees on it. Set on the"
                            + " component, it keeps the secret out of endpoint URIs, which Camel logs at TRACE.")
    private String webhookSecret;
    @UriParam(label = "common", defaultValue = "false",
              description = "Use Sonar's sandbox (" + SANDBOX_URL + ") instead of production (" + PRODUCTION_URL
                            + "). The sandbox has its own accounts and tokens.")
    private boolean sandbox;
    @UriParam(label = "common",
              description = "Base URL of the Sonar API, overriding the sandbox switch; for proxies, tests and the"
                            + " Sonar simulator.")
    private String baseUrl;
    @UriParam(label = "common",
              description = "ISO 3166 region (e.g. US) used to read phone numbers written in national format. When"
                            + " unset, numbers must be international: a plus sign and the country code.")
    private String defaultRegion;
    @UriParam(label = "producer", defaultValue = "false",
              description = "Fail the exchange with a SonarUnsubscribedException when Sonar answers that the customer"
                            + " is unsubscribed (nothing was sent), instead of only setting CamelSonarMessageStatus.")
    private boolean failOnUnsubscribed;
    @UriParam(label = "producer,advanced", defaultValue = "false",
              description = "Continue the route on HttpClient's I/O thread once Sonar has answered, instead of on one"
                            + " of the component's SonarCallback threads. Saves a thread hand-off per call (measurable"
                            + " only when Sonar answers in well under a millisecond), but a route step after the call"
                            + " that blocks then stalls every other call in flight, and a synchronous Sonar call from"
                            + " there can deadlock: use it only for routes that end at, or stay asynchronous after,"
                            + " the Sonar call.")
    private boolean continueOnIoThread;
    @UriParam(label = "advanced", defaultValue = "10000", javaType = "java.time.Duration",
              description = "How long to wait for a TCP connection to Sonar, in milliseconds or as a duration (10s).")
    private long connectTimeout = 10_000;
    @UriParam(label = "advanced", defaultValue = "30000", javaType = "java.time.Duration",
              description = "How long to wait for Sonar's answer once the request is sent, in milliseconds or as a"
                            + " duration (30s).")
    private long responseTimeout = 30_000;
    @UriParam(label = "advanced", defaultValue = "64",
              description = "The most connections to Sonar kept open and reused; calls beyond it wait for a free"
                            + " connection without holding a thread.")
    private int maxConnections = 64;
    @UriParam(label = "advanced", defaultValue = "15000", javaType = "java.time.Duration",
              description = "How long a pooled connection to Sonar may stay idle and still be reused, in milliseconds"
                            + " or as a duration (15s); a shorter Keep-Alive timeout announced by the server wins."
                            + " Kept below the idle timeouts of common load balancers and servers (AWS ALB 60s, nginx"
                            + " 75s, Puma 20s), so that a connection is closed by us before one of them closes it.")
    private long idleConnectionTimeout = 15_000;
    @UriParam(label = "security", description = "TLS settings for the connection to Sonar (trust store, protocols).")
    private SSLContextParameters sslContextParameters;
    @UriParam(label = "proxy", description = "Host of an HTTP proxy to reach Sonar through.")
    private String proxyHost;
    @UriParam(label = "proxy", description = "Port of the HTTP proxy.")
    private Integer proxyPort;

    /** The base URL calls go to: the override, else the sandbox or production host, without a trailing slash. */
    public String resolveBaseUrl() {
        String url = baseUrl != null && !baseUrl.isBlank() ? baseUrl.trim() : sandbox ? SANDBOX_URL : PRODUCTION_URL;
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    public SonarConfiguration copy() {
        try {
            return (SonarConfiguration) clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPublishableKey() {
        return publishableKey;
    }

    public void setPublishableKey(String publishableKey) {
        this.publishableKey = publishableKey;
    }

    public String getWebhookSecret() {
        return webhookSecret;
    }

    public void setWebhookSecret(String webhookSecret) {
        this.webhookSecret = webhookSecret;
    }

    public boolean isSandbox() {
        return sandbox;
    }

    public void setSandbox(boolean sandbox) {
        this.sandbox = sandbox;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String getDefaultRegion() {
        return defaultRegion;
    }

    public void setDefaultRegion(String defaultRegion) {
        this.defaultRegion = defaultRegion;
    }

    public boolean isFailOnUnsubscribed() {
        return failOnUnsubscribed;
    }

    public void setFailOnUnsubscribed(boolean failOnUnsubscribed) {
        this.failOnUnsubscribed = failOnUnsubscribed;
    }

    public boolean isContinueOnIoThread() {
        return continueOnIoThread;
    }

    public void setContinueOnIoThread(boolean continueOnIoThread) {
        this.continueOnIoThread = continueOnIoThread;
    }

    public long getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public long getResponseTimeout() {
        return responseTimeout;
    }

    public void setResponseTimeout(long responseTimeout) {
        this.responseTimeout = responseTimeout;
    }

    public int getMaxConnections() {
        return maxConnections;
    }

    public void setMaxConnections(int maxConnections) {
        this.maxConnections = maxConnections;
    }

    public long getIdleConnectionTimeout() {
        return idleConnectionTimeout;
    }

    public void setIdleConnectionTimeout(long idleConnectionTimeout) {
        this.idleConnectionTimeout = idleConnectionTimeout;
    }

    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
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

    @Override
    public String toString() {
        // credentials are reported as set or not, never printed
        return "SonarConfiguration[baseUrl=" + resolveBaseUrl() + ", token=" + (token != null ? "***" : "unset")
               + ", publishableKey=" + (publishableKey != null ? "***" : "unset") + ", webhookSecret="
               + (webhookSecret != null ? "***" : "unset") + ", defaultRegion=" + defaultRegion
               + ", connectTimeout=" + connectTimeout + ", responseTimeout=" + responseTimeout + ", maxConnections="
               + maxConnections + ", idleConnectionTimeout=" + idleConnectionTimeout + ", proxy=" + (proxyHost != null ? proxyHost + ":" + proxyPort : "none") + "]";
    }
}
