package org.camelsonar.examples.quarkus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.camelsonar.simulator.SonarSimulator;

/**
 * Starts the Sonar simulator before the Quarkus application and points the application at it: the component's
 * base URL and token, and the webhook URL, which is the Quarkus test HTTP port (picked free here) on 127.0.0.1.
 * Test classes reach the simulator through {@link #simulator()}.
 */
public class SonarSimulatorResource implements QuarkusTestResourceLifecycleManager {

    private static volatile SonarSimulator simulator;
    private static volatile int httpPort;

    @Override
    public Map<String, String> start() {
        httpPort = freePort();
        simulator = SonarSimulator.builder().port(0).retryScale(0.001).build().start();
        return Map.of(
                "camel.component.sonar.base-url", simulator.baseUrl(),
                "camel.component.sonar.token", simulator.token(),
                "camel.component.sonar.publishable-key", simulator.publishableKey(),
                "quarkus.http.host", "127.0.0.1",
                "quarkus.http.test-port", String.valueOf(httpPort),
                "sonar.webhook-url", "http://127.0.0.1:" + httpPort);
    }

    @Override
    public void stop() {
        if (simulator != null) {
            simulator.close();
            simulator = null;
        }
    }

    public static SonarSimulator simulator() {
        return simulator;
    }

    public static int httpPort() {
        return httpPort;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
