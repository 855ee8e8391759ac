package org.camelsonar.testsupport;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A WireMock server playing Sonar on 127.0.0.1, on a port it binds itself once (never found free and bound again).
 * As a static {@code @RegisterExtension} field it lives for the test class and is reset before each test; it can
 * also be started and stopped by hand ({@link #start()}, {@link #stop()}, or try-with-resources).
 */
public final class SonarWireMock implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AutoCloseable {

    private final int threads;
    private final boolean https;
    private final int fixedPort;
    private WireMockServer server;

    public SonarWireMock() {
        this(20);
    }

    /** With {@code threads} container threads (enough for the concurrent calls the test makes). */
    public SonarWireMock(int threads) {
        this(threads, false, 0);
    }

    private SonarWireMock(int threads, boolean https, int fixedPort) {
        this.threads = threads;
        this.https = https;
        this.fixedPort = fixedPort;
    }

    /**
     * Sonar over HTTPS only, with WireMock's own self-signed certificate (issued for {@code localhost}, so
     * {@link #baseUrl()} names {@code localhost}): for tests of the TLS options. The JVM does not trust the
     * certificate, so a call succeeds only with SSL context parameters that trust it.
     */
    public static SonarWireMock httpsOnly() {
        return new SonarWireMock(20, true, 0);
    }

    /**
     * Sonar on a port the test already holds, for "Sonar comes up later" on the same base URL: only a port held by a
     * {@link RefusedPort} (bound, never listening, address reuse allowed), never one found free and released.
     */
    public static SonarWireMock on(RefusedPort held) {
        return new SonarWireMock(20, false, held.port());
    }

    public SonarWireMock start() {
        WireMockConfiguration options = WireMockConfiguration.options().bindAddress("127.0.0.1")
                .containerThreads(threads);
        if (https) {
            options.httpDisabled(true).dynamicHttpsPort();
        } else if (fixedPort > 0) {
            options.port(fixedPort);
        } else {
            options.dynamicPort();
        }
        server = new WireMockServer(options);
        server.start();
        return this;
    }

    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** As {@link #stop()}, for try-with-resources. */
    @Override
    public void close() {
        stop();
    }

    public WireMockServer server() {
        return server;
    }

    public int port() {
        return https ? server.httpsPort() : server.port();
    }

    /**
     * The base URL the sonar component is given: {@code http://127.0.0.1:<port>/api}, or
     * {@code https://localhost:<port>/api} for {@link #httpsOnly()}.
     */
    public String baseUrl() {
        return https ? "https://localhost:" + port() + "/api" : "http://127.0.0.1:" + port() + "/api";
    }

    /** The requests received, oldest first. */
    public List<ServeEvent> calls() {
        List<ServeEvent> events = new ArrayList<>(server.getAllServeEvents());
        Collections.reverse(events);
        return events;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        start();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        server.resetAll();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stop();
    }
}
