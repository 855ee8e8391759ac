package org.camelsonar.kamelets;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.camel.CamelContext;
import org.camelsonar.component.sonar.SonarComponent;
import org.camelsonar.simulator.SimulatedMessage;
import org.camelsonar.simulator.SonarSimulator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Runs the YAML of docs/kamelets.md as written: the Pipe and the route, with the property names of the page's
 * properties block (test values instead of the environment) and the component pointed at the simulator.
 */
class KameletDocsTest extends KameletTestSupport {

    private static final String EXTERNAL_URL = "camel.kamelet.sonar-webhook-source.webhookExternalUrl";

    private static final Path PAGE = Path.of("..", "docs", "kamelets.md");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z][a-z.-]+)}}");

    @Override
    void configure(CamelContext camel) {
        Properties page = propertiesBlock();
        Properties values = new Properties();
        values.put("sonar.token", SONAR.token());
        values.put("camel.kamelet.sonar-webhook-source.token", SONAR.token());
        // the server's port is known once started: see started(...)
        values.put(EXTERNAL_URL, "http://127.0.0.1");
        values.put("camel.kamelet.sonar-webhook-source.webhookSecret", "docs-webhook-secret-2c26b46b");
        values.put("camel.kamelet.sonar-message-tag-sink.token", SONAR.token());
        assertThat(values.keySet()).as("the page's properties").allMatch(page::containsKey);
        camel.getPropertiesComponent().setInitialProperties(values);
        // not in the page: in production the token alone picks Sonar's URL
        camel.getComponent("sonar", SonarComponent.class).getConfiguration().setBaseUrl(SONAR.baseUrl());
    }

    @Override
    void started(CamelContext camel) {
        camel.getPropertiesComponent().addOverrideProperty(EXTERNAL_URL, externalUrl());
    }

    @Test
    void theYamlUsesOnlyPropertiesThePageDefines() {
        Properties page = propertiesBlock();
        TreeSet<String> used = new TreeSet<>();
        for (String yaml : blocks("yaml")) {
            Matcher placeholder = PLACEHOLDER.matcher(yaml);
            while (placeholder.find()) {
                used.add(placeholder.group(1));
            }
        }
        assertThat(used).isNotEmpty().allMatch(page::containsKey);
        assertThat(page).containsEntry("camel.component.kamelet.location", "classpath:kamelets");
    }

    @Test
    void thePipeTagsEveryNewInboundText(SonarSimulator sim) throws Exception {
        sim.createTag("inbox");
        loadYaml(block("kind: Pipe"));
        assertThat(sim.webhooks()).singleElement().satisfies(hook -> assertThat(hook.url())
                .startsWith(externalUrl() + "/sonar/webhook/new_unassigned_message?secret=docs-webhook-secret"));

        SimulatedMessage inbound = sim.inboundText(PHONE, "Do you ship to Canada?");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(sim.messages())
                .filteredOn(m -> m.externalId().equals(inbound.externalId())).singleElement()
                .satisfies(m -> assertThat(m.tags()).containsExactly("inbox")));
    }

    @Test
    void theRouteTextsTheCustomer(SonarSimulator sim) throws Exception {
        loadYaml(block("- route:"));

        template.sendBodyAndHeaders("direct:order-shipped", null, Map.of("customerPhone", PHONE, "orderId", "1042"));

        assertThat(sim.messages()).filteredOn(SimulatedMessage::isOutbound).singleElement().satisfies(m -> {
            assertThat(m.phoneNumber()).isEqualTo(PHONE);
            assertThat(m.text()).isEqualTo("Your order 1042 has shipped.");
            assertThat(m.tags()).containsExactly("orders");
        });
    }

    private static String block(String marker) {
        List<String> matching = blocks("yaml").stream().filter(yaml -> yaml.contains(marker)).toList();
        assertThat(matching).as("YAML blocks with " + marker).hasSize(1);
        return matching.get(0);
    }

    private static Properties propertiesBlock() {
        List<String> blocks = blocks("properties");
        assertThat(blocks).hasSize(1);
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(blocks.get(0)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }

    /** The fenced code blocks of the page in that language. */
    private static List<String> blocks(String language) {
        List<String> blocks = new ArrayList<>();
        StringBuilder current = null;
        try {
            for (String line : Files.readAllLines(PAGE)) {
                if (current == null && line.equals("```" + language)) {
                    current = new StringBuilder();
                } else if (current != null && line.equals("```")) {
                    blocks.add(current.toString());
                    current = null;
                } else if (current != null) {
                    current.append(line).append('\n');
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + PAGE.toAbsolutePath(), e);
        }
        return blocks;
    }
}
