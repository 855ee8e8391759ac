package org.camelsonar.component.sonar;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.apache.camel.CamelContext;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.camelsonar.testsupport.SonarWireMock;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A Camel context whose sonar component talks to a WireMock server on 127.0.0.1 (on a port WireMock binds itself)
 * with the token {@link #TOKEN}. The server lives for the test class and is reset before each test.
 */
public abstract class SonarTestSupport extends CamelTestSupport {

    protected static final String TOKEN = "tok-7f3a9c1e5b2d4f60a8e1c3b5d7f9a1c2";
    protected static final String PUBLISHABLE_KEY = "pk-0b9d8c7e-6f5a-4b3c-2d1e-0f9a8b7c6d5e";

    /** Sonar, played by WireMock: one server per test class, reset before each test. */
    @RegisterExtension
    protected static final SonarWireMock SONAR = new SonarWireMock(16);

    protected static WireMockServer wireMock() {
        return SONAR.server();
    }

    protected static String baseUrl() {
        return SONAR.baseUrl();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        SonarComponent sonar = new SonarComponent();
        sonar.getConfiguration().setToken(TOKEN);
        sonar.getConfiguration().setPublishableKey(PUBLISHABLE_KEY);
        sonar.getConfiguration().setBaseUrl(baseUrl());
        sonar.getConfiguration().setResponseTimeout(5_000);
        context.addComponent("sonar", sonar);
        return context;
    }
}
