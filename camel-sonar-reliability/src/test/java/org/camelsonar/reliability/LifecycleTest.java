package org.camelsonar.reliability;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;
import org.apache.camel.builder.RouteBuilder;
import org.camelsonar.component.sonar.SonarComponent;
import org.camelsonar.simulator.RegisteredWebhook;
import org.camelsonar.simulator.SonarSimulator;
import org.camelsonar.testsupport.RefusedPort;
import org.camelsonar.testsupport.SonarCamel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With the simulator as Sonar: route stop/start and a context restart leave exactly one webhook per consumer, and
 * a Sonar outage at start-up leaves the routes serving and the instance not ready until the webhooks are registered
 * once Sonar is back.
 */
class LifecycleTest {

    private static final String SECRET = "lifecycle-secret-00112233445566778899";

    private SonarSimulator sim;
    private CamelContext camel;
    private int port;
    private final AtomicInteger created = new AtomicInteger();
    private final AtomicInteger inbound = new AtomicInteger();

    @AfterEach
    void stop() {
        if (camel != null) {
            camel.stop();
        }
        if (sim != null) {
            sim.close();
        }
    }

    private void startCamel(String baseUrl, boolean autoStartup) throws Exception {
        startCamel(baseUrl, autoStartup, 0);
    }

    /** With the server on {@code httpPort}, or on a port it picks itself when 0 (a restart reuses the first one). */
    private void startCamel(String baseUrl, boolean autoStartup, int httpPort) throws Exception {
        camel = Reliability.context(baseUrl, sim.token(), sim.publishableKey(), httpPort);
        camel.start();
        port = SonarCamel.port(camel);
        String external = "http://127.0.0.1:" + port;
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("sonar:webhook/customer_created?webhookExternalUrl=" + external + "&webhookSecret=" + SECRET
                     + "&webhookReconcileInterval=100")
                        .routeId("created").autoStartup(autoStartup).process(e -> created.incrementAndGet());
                from("sonar:webhook/new_unassigned_message?webhookExternalUrl=" + external
                     + "&webhookReconcileInterval=100")
                        .routeId("inbound").autoStartup(autoStartup).process(e -> inbound.incrementAndGet());
            }
        });
    }

    private long hooksFor(String event) {
        return sim.webhooks().stream().filter(h -> h.wants(event)).count();
    }

    private void assertOneWebhookPerConsumerAndDeliveriesArrive() {
        assertThat(hooksFor("customer_created")).isEqualTo(1);
        assertThat(hooksFor("new_unassigned_message")).isEqualTo(1);
        assertThat(sim.webhooks()).hasSize(2);
        int before = created.get();
        int beforeInbound = inbound.get();
        String phone = String.format("+1310555%04d", 3000 + before + beforeInbound);
        sim.upsertCustomer(phone, "Ann", "Lee", null);
        sim.inboundText(phone, "hello");
        await().atMost(Duration.ofSeconds(30)).until(() -> created.get() == before + 1
                                                           && inbound.get() == beforeInbound + 1);
    }

    @Test
    void stopStartAndRestartLeaveExactlyOneWebhookPerConsumer() throws Exception {
        sim = SonarSimulator.builder().retryScale(0.001).build().start();
        startCamel(sim.baseUrl(), true);
        assertOneWebhookPerConsumerAndDeliveriesArrive();

        List<Long> ids = sim.webhooks().stream().map(RegisteredWebhook::id).toList();
        int cycles = 0;
        for (int i = 0; i < 3; i++) {
            camel.getRouteController().stopRoute("created");
            camel.getRouteController().stopRoute("inbound");
            // kept for the instances that still serve them (webhookUnregisterOnStop=false)
            assertThat(sim.webhooks()).hasSize(2);
            camel.getRouteController().startRoute("created");
            camel.getRouteController().startRoute("inbound");
            assertOneWebhookPerConsumerAndDeliveriesArrive();
            cycles++;
        }
        for (int i = 0; i < 2; i++) {
            // a restart is a new context, as in a restarted application: Camel drops components added with
            // addComponent when a context stops, so starting the same stopped context again loses their settings
            camel.stop();
            assertThat(sim.webhooks()).hasSize(2);
            startCamel(sim.baseUrl(), true, port);
            assertOneWebhookPerConsumerAndDeliveriesArrive();
            cycles++;
        }
        // the fixed and the derived secret keep the URL, so the webhooks are the same ones each time
        assertThat(sim.webhooks()).extracting(RegisteredWebhook::id).containsExactlyElementsOf(ids);
        List<RegisteredWebhook> hooks = sim.webhooks();
        assertThat(hooks).filteredOn(h -> h.wants("customer_created")).singleElement()
                .satisfies(h -> assertThat(h.url()).endsWith("secret=" + SECRET));
        Reliability.report("lifecycle", cycles + " stop/start and restart cycles", sim.webhooks().size()
                + " webhooks for 2 consumers at the end", created.get() + inbound.get() + " events delivered");
    }

    @Test
    void aRestartThatKeepsTheWebhookReusesIt() throws Exception {
        sim = SonarSimulator.builder().retryScale(0.001).build().start();
        camel = Reliability.context(sim.baseUrl(), sim.token(), null, true);
        camel.start();
        port = SonarCamel.port(camel);
        String uri = "sonar:webhook/customer_created?webhookExternalUrl=http://127.0.0.1:" + port + "&webhookSecret="
                     + SECRET;
        RouteBuilder routes = new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId("kept").process(e -> created.incrementAndGet());
            }
        };
        camel.addRoutes(routes);
        long id = sim.webhooks().get(0).id();
        for (int i = 0; i < 3; i++) {
            camel.stop();
            assertThat(sim.webhooks()).hasSize(1);
            camel = Reliability.context(sim.baseUrl(), sim.token(), null, port);
            camel.addRoutes(routes);
            camel.start();
            assertThat(sim.webhooks()).singleElement().satisfies(h -> assertThat(h.id()).isEqualTo(id));
        }
    }

    @Test
    void sonarAnswering503AtStartUpLeavesTheRouteServingNotReadyUntilSonarIsBack() throws Exception {
        sim = SonarSimulator.builder().retryScale(0.001).build().start();
        startCamel(sim.baseUrl(), false);
        sim.failNext(null, "/v1/webhooks", 1_000, 503, "{\"error\":\"Service Unavailable\"}");

        camel.getRouteController().startRoute("created");

        assertThat(camel.getRouteController().getRouteStatus("created")).isEqualTo(ServiceStatus.Started);
        assertThat(sonar().health().webhookProblems().values()).singleElement()
                .satisfies(problem -> assertThat(problem.status()).isEqualTo(503));
        assertThat(sim.webhooks()).isEmpty();

        sim.clearFaults(); // Sonar is back
        await().atMost(Duration.ofSeconds(30)).until(() -> sonar().health().webhookProblems().isEmpty());
        camel.getRouteController().startRoute("inbound");
        assertOneWebhookPerConsumerAndDeliveriesArrive();
    }

    @Test
    void sonarDownAtStartUpLeavesTheRouteServingNotReadyUntilSonarIsBack() throws Exception {
        // nothing listens there, yet the port stays ours until Sonar comes back on it
        RefusedPort down = new RefusedPort();
        String baseUrl = down.baseUrl();
        sim = SonarSimulator.builder().port(down.port()).retryScale(0.001).build();
        startCamel(baseUrl, false);

        camel.getRouteController().startRoute("created");

        assertThat(sonar().health().webhookProblems().values()).singleElement()
                .satisfies(problem -> assertThat(problem.error()).contains("could not connect"));

        sim.start(); // Sonar is back, same address
        down.close();
        await().atMost(Duration.ofSeconds(30)).until(() -> sonar().health().webhookProblems().isEmpty());
        camel.getRouteController().startRoute("inbound");
        assertOneWebhookPerConsumerAndDeliveriesArrive();
    }

    private SonarComponent sonar() {
        return camel.getComponent("sonar", SonarComponent.class);
    }
}
