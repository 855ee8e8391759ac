package org.camelsonar.examples;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Map;

import org.apache.camel.main.Main;
import org.camelsonar.simulator.SonarSimulator;

/**
 * Runs the example routes. With no configuration it starts the embedded Sonar simulator, points the component and
 * the webhook consumers at it, plays {@link SimulatorScenario}, prints a summary and exits. With SONAR_TOKEN set the
 * same routes run against the real Sonar (SONAR_SANDBOX=true for the sandbox) and keep running; SONAR_WEBHOOK_URL is
 * then the public URL at which Sonar reaches this application, and PORT the local port (default 8080).
 */
public final class SonarExamples {

    static final String CAMPAIGN = "spring-sale";
    static final String[] TAGS = { "pricing", "hours" };

    private SonarExamples() {
    }

    public static void main(String[] args) throws Exception {
        if (System.getenv("SONAR_TOKEN") != null) {
            runAgainstSonar();
        } else {
            SimulatorScenario.Summary summary = runAgainstSimulator();
            System.out.println(summary.render());
            if (!summary.isComplete()) {
                System.exit(1);
            }
        }
    }

    /** The real Sonar: credentials and URLs from the environment, running until stopped. */
    static void runAgainstSonar() throws Exception {
        Main main = newMain(Map.of(
                "camel.component.sonar.token", "{{env:SONAR_TOKEN}}",
                "camel.component.sonar.publishable-key", "{{env:SONAR_PUBLISHABLE_KEY:}}",
                "camel.component.sonar.sandbox", "{{env:SONAR_SANDBOX:false}}",
                "sonar.webhook-url", "{{env:SONAR_WEBHOOK_URL}}",
                "camel.server.host", "0.0.0.0",
                "camel.server.port", "{{env:PORT:8080}}"));
        main.run();
    }

    /** The embedded simulator: start it, run the scenario, stop everything, report. */
    static SimulatorScenario.Summary runAgainstSimulator() throws Exception {
        try (SonarSimulator sonar = newSimulator().start()) {
            return runAgainst(sonar);
        }
    }

    /** A simulator with what the scenario needs: the tags the keyword route appends and the campaign. */
    static SonarSimulator newSimulator() {
        return SonarSimulator.builder().port(0).sonarNumber("+14155550100").tags(TAGS)
                .campaign(CAMPAIGN, "Spring sale: 20% off all beans this week!").build();
    }

    /** Runs the routes against a started simulator, plays the scenario and stops the routes. */
    static SimulatorScenario.Summary runAgainst(SonarSimulator sonar) throws Exception {
        try (Socket held = holdPort()) {
            return runAgainst(sonar, held.getLocalPort());
        }
    }

    private static SimulatorScenario.Summary runAgainst(SonarSimulator sonar, int port) throws Exception {
        Main main = newMain(Map.of(
                "camel.component.sonar.token", sonar.token(),
                "camel.component.sonar.publishable-key", sonar.publishableKey(),
                "camel.component.sonar.base-url", sonar.baseUrl(),
                "sonar.webhook-url", "http://127.0.0.1:" + port,
                "camel.server.host", "127.0.0.1",
                "camel.server.port", String.valueOf(port)));
        main.start();
        try {
            return new SimulatorScenario(main.getCamelContext(), sonar).play();
        } finally {
            main.stop();
        }
    }

    private static Main newMain(Map<String, String> properties) {
        Main main = new Main();
        main.configure().withName("camel-sonar-examples")
                // lets the summary say which file (and line) each route comes from
                .withSourceLocationEnabled(true)
                .withRoutesIncludePattern("classpath:routes/*.yaml,classpath:routes/*.xml");
        main.configure().addRoutesBuilder(new JavaRoutes());
        main.bind("tally", new ScenarioTally());
        main.addInitialProperty("camel.server.enabled", "true");
        properties.forEach(main::addInitialProperty);
        return main;
    }

    /**
     * A port on 127.0.0.1 for Camel Main's HTTP server, which the webhook URL must name before the server starts:
     * a socket bound but never listening, with address reuse, so that the server (Vert.x allows address reuse too)
     * binds the same port while it is held. The port is never released and bound again, so nobody takes it between.
     */
    private static Socket holdPort() throws IOException {
        Socket held = new Socket();
        held.setReuseAddress(true);
        held.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        return held;
    }
}
