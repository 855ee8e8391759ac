package org.camelsonar.examples.quarkus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.camelsonar.simulator.SonarSimulator;

/**
 * Starts the Sonar simulator before the Quarkus application and points the application at it: the component's
 * base URL and token, and the webhook URL, which is the Quarkus test HTTP port on 127.0.0.1. That port must be known
 * before Quarkus starts, so it is held here (bound, never listening) while Quarkus' HTTP server binds it alongside:
 * it is never released and bound again, so nobody else can take it in between. Test classes reach the simulator
 * through {@link #simulator()}.
 */
public class SonarSimulatorResource implements QuarkusTestResourceLifecycleManager {

    private static volatile SonarSimulator simulator;
    private static volatile Socket heldPort;
    private static volatile int httpPort;

    @Override
    public Map<String, String> start() {
        heldPort = holdPort();
        httpPort = heldPort.getLocalPort();
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
        try {
            if (heldPort != null) {
                heldPort.close();
                heldPort = null;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static SonarSimulator simulator() {
        return simulator;
    }

    public static int httpPort() {
        return httpPort;
    }

    /**
     * A port on 127.0.0.1 held by a socket that is bound but never listens, with address reuse: Quarkus' HTTP
     * server (Vert.x, which allows address reuse) can bind it while it is held, and nobody else can take it.
     */
    private static Socket holdPort() {
        try {
            Socket held = new Socket();
            held.setReuseAddress(true);
            held.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            return held;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
