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
 * also be started and stopped by hand ({@link #start()}, {@link #stop()}).
 */
public final class SonarWireMock implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {

    private final int threads;
    private WireMockServer server;

    public SonarWireMock() {
        this(20);
    }

    /** With {@code threads} container threads (enough for the concurrent calls the test makes). */
    public SonarWireMock(int threads) {
        this.threads = threads;
    }

    public SonarWireMock start() {
        server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort()
                .containerThreads(threads));
        server.start();
        return this;
    }

    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    public WireMockServer server() {
        return server;
    }

    public int port() {
        return server.port();
    }

    /** The base URL the sonar component is given: {@code http://127.0.0.1:<port>/api}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port() + "/api";
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
