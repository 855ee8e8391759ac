package org.camelsonar.examples;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.camel.main.Main;
import org.camelsonar.component.sonar.SonarComponent;
import org.camelsonar.component.sonar.SonarConfiguration;
import org.camelsonar.simulator.SonarEvents;
import org.camelsonar.simulator.SonarSimulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the configuration shown in docs/camel-main.md: every {@code properties} block of the page, and its YAML
 * webhook route, on Camel Main against the simulator. Only the token, base URL, webhook URL and ports are
 * overridden, so a key that stops binding, or a snippet that stops starting, fails here.
 */
class CamelMainDocTest {

    private static final Path PAGE = Path.of("..", "docs", "camel-main.md").toAbsolutePath().normalize();
    private static final Pattern BLOCK = Pattern.compile("```(properties|yaml)\\n(.*?)```", Pattern.DOTALL);

    @Test
    void thePageConfigurationStartsAndBinds(@TempDir Path dir) throws Exception {
        List<String> properties = new ArrayList<>();
        List<String> yaml = new ArrayList<>();
        Matcher block = BLOCK.matcher(Files.readString(PAGE));
        while (block.find()) {
            (block.group(1).equals("properties") ? properties : yaml).add(block.group(2));
        }
        assertThat(properties).hasSize(3);
        assertThat(yaml).hasSize(1);
        Path props = Files.writeString(dir.resolve("application.properties"), String.join("\n", properties));
        Path route = Files.writeString(dir.resolve("route.yaml"), yaml.get(0));

        try (SonarSimulator sonar = SonarSimulator.builder().port(0).build().start()) {
            int port = freePort();
            Main main = new Main();
            main.setPropertyPlaceholderLocations("file:" + props);
            main.addInitialProperty("camel.main.routes-include-pattern", "file:" + route);
            main.addOverrideProperty("camel.component.sonar.token", sonar.token());
            main.addOverrideProperty("camel.component.sonar.base-url", sonar.baseUrl());
            main.addOverrideProperty("sonar.webhook-url", "http://127.0.0.1:" + port);
            main.addOverrideProperty("camel.server.host", "127.0.0.1");
            main.addOverrideProperty("camel.server.port", String.valueOf(port));
            main.addOverrideProperty("camel.management.host", "127.0.0.1");
            main.addOverrideProperty("camel.management.port", String.valueOf(freePort()));
            main.start();
            try {
                SonarConfiguration options = main.getCamelContext().getComponent("sonar", SonarComponent.class)
                        .getConfiguration();
                assertThat(options.isSandbox()).isTrue();
                assertThat(options.getDefaultRegion()).isEqualTo("US");
                assertThat(options.getConnectTimeout()).isEqualTo(10_000);
                assertThat(options.getResponseTimeout()).isEqualTo(30_000);
                assertThat(options.getMaxConnections()).isEqualTo(64);
                assertThat(options.isFailOnUnsubscribed()).isFalse();

                assertThat(sonar.webhooks()).singleElement()
                        .satisfies(w -> assertThat(w.settings()).containsEntry(SonarEvents.NEW_UNASSIGNED_MESSAGE, "true"));
                sonar.inboundText("+13105550188", "Hello");
                assertThat(sonar.awaitDeliveries(1, Duration.ofSeconds(10)))
                        .singleElement().satisfies(d -> assertThat(d.statusCode()).isEqualTo(200));
            } finally {
                main.stop();
            }
            assertThat(sonar.messages()).singleElement().satisfies(m -> assertThat(m.isInbound()).isTrue());
            // kept for the next instance of the application (webhookUnregisterOnStop=false by default)
            assertThat(sonar.webhooks()).singleElement().satisfies(w -> assertThat(w.active()).isTrue());
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
