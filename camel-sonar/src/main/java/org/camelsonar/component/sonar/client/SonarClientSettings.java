package org.camelsonar.component.sonar.client;

import javax.net.ssl.SSLContext;

/**
 * The transport settings that decide whether two endpoints can share one connection pool. Credentials are not
 * part of it: they travel per request.
 *
 * @param connectTimeoutMillis  TCP connect timeout
 * @param responseTimeoutMillis how long to wait for an answer once the request is sent
 * @param maxConnections        pool size, total and per host
 * @param idleConnectionTimeoutMillis how long a pooled connection may stay idle and still be reused
 * @param sslContext            TLS context, or null for the JVM default
 * @param proxyHost             HTTP proxy host, or null
 * @param proxyPort             HTTP proxy port, or null
 */
public record SonarClientSettings(long connectTimeoutMillis, long responseTimeoutMillis, int maxConnections,
        long idleConnectionTimeoutMillis, SSLContext sslContext, String proxyHost, Integer proxyPort) {
}
