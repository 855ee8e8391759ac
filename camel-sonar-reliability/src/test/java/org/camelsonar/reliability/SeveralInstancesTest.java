package org.camelsonar.reliability;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.file.cluster.FileLockClusterService;
import org.camelsonar.component.sonar.SonarComponent;
import org.camelsonar.simulator.RegisteredWebhook;
import org.camelsonar.simulator.SonarSimulator;
import org.camelsonar.testsupport.SonarCamel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Several instances of one application (one CamelContext each, with its own HTTP port, the same token and the same
 * public URL) against one Sonar: they hold one webhook between them, any of them accepts its deliveries, a rolling
 * restart never leaves Sonar without it, and a webhook removed or deactivated in Sonar comes back.
 */
class SeveralInstancesTest {

    private static final String EVENT = "customer_created";
    /** The load balancer's URL, the same for every instance; deliveries are posted to each instance directly. */
    private static final String EXTERNAL = "https://app.example.com";
    private static final String URL_PREFIX = EXTERNAL + "/sonar/webhook/" + EVENT + "?secret=";
    /** The cluster namespace whose leader registers the webhooks (docs/webhooks.md). */
    private static final String CLUSTER_NAMESPACE = "camel-sonar-webhooks";

    private SonarSimulator sim;
    private final List<Instance> instances = new ArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path clusterRoot;

    @BeforeEach
    void startSonar() {
        sim = SonarSimulator.builder().retryScale(0.001).build().start();
    }

    @AfterEach
    void stopAll() {
        instances.forEach(Instance::stop);
        sim.close();
    }

    @ParameterizedTest(name = "{0} instances")
    @ValueSource(ints = { 2, 3 })
    void instancesStartingTogetherHoldOneWebhookAndEachAcceptsItsDeliveries(int count) throws Exception {
        List<CompletableFuture<Instance>> starting = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = "node-" + i;
            starting.add(CompletableFuture.supplyAsync(() -> Instance.start(this, name, Map.of())));
        }
        for (CompletableFuture<Instance> instance : starting) {
            instances.add(instance.get(30, TimeUnit.SECONDS));
        }

        RegisteredWebhook webhook = theOneWebhook();
        assertThat(webhook.active()).isTrue();
        assertThat(webhook.url()).startsWith(URL_PREFIX);
        for (Instance instance : instances) {
            assertThat(instance.deliver(webhook.url(), "evt-" + instance.name)).isEqualTo(200);
            assertThat(instance.events.get()).isEqualTo(1);
        }
        Reliability.report("several instances", count + " instances started together",
                sim.webhooks().size() + " webhook in Sonar", "each accepted a delivery of it");
    }

    @Test
    void rollingRestartNewBeforeOldKeepsTheWebhookAtEveryMoment() throws Exception {
        Instance old = Instance.start(this, "old", Map.of());
        instances.add(old);
        long id = theOneWebhook().id();
        try (Watch watch = new Watch(sim)) {
            Instance next = Instance.start(this, "new", Map.of());
            instances.add(next);
            old.stop();
            assertThat(theOneWebhook().id()).isEqualTo(id);
            assertThat(next.deliver(theOneWebhook().url(), "after-roll")).isEqualTo(200);
            Reliability.report("rolling restart, new before old", watch.samples() + " samples of Sonar's webhooks",
                    watch.momentsWithout() + " without the webhook");
            assertThat(watch.momentsWithout()).isZero();
        }
    }

    @Test
    void rollingRestartOldBeforeNewKeepsTheWebhookAtEveryMoment() throws Exception {
        Instance old = Instance.start(this, "old", Map.of());
        instances.add(old);
        long id = theOneWebhook().id();
        try (Watch watch = new Watch(sim)) {
            old.stop();
            Instance next = Instance.start(this, "new", Map.of());
            instances.add(next);
            assertThat(theOneWebhook().id()).isEqualTo(id);
            Reliability.report("rolling restart, old before new", watch.samples() + " samples of Sonar's webhooks",
                    watch.momentsWithout() + " without the webhook");
            assertThat(watch.momentsWithout()).isZero();
        }
    }

    @Test
    void aWebhookRemovedInSonarIsRestoredAndReadinessReportsItUntilThen() throws Exception {
        Instance only = Instance.start(this, "only", Map.of("webhookReconcileInterval", "100"));
        instances.add(only);
        long removed = theOneWebhook().id();
        sim.failNext("POST", "/v1/webhooks", 1_000, 503, "{\"error\":\"Service Unavailable\"}");

        sim.removeWebhook(removed);

        await().atMost(Duration.ofSeconds(30)).until(() -> !only.sonar().health().webhookProblems().isEmpty());
        assertThat(only.sonar().health().webhookProblems().values())
                .singleElement().satisfies(problem -> assertThat(problem.status()).isEqualTo(503));
        sim.clearFaults(); // Sonar is back
        await().atMost(Duration.ofSeconds(30)).until(() -> only.sonar().health().webhookProblems().isEmpty());
        RegisteredWebhook restored = theOneWebhook();
        assertThat(restored.id()).isNotEqualTo(removed);
        assertThat(only.deliver(restored.url(), "after-restore")).isEqualTo(200);
    }

    @Test
    void aWebhookDeactivatedInSonarIsReplacedByAnActiveOne() throws Exception {
        Instance only = Instance.start(this, "only", Map.of("webhookReconcileInterval", "100"));
        instances.add(only);
        long deactivated = theOneWebhook().id();

        sim.deactivateWebhook(deactivated);

        await().atMost(Duration.ofSeconds(30)).until(() -> ours().stream().anyMatch(RegisteredWebhook::active));
        await().atMost(Duration.ofSeconds(30)).until(() -> ours().size() == 1);
        assertThat(theOneWebhook().active()).isTrue();
        assertThat(theOneWebhook().id()).isNotEqualTo(deactivated);
    }

    @Test
    void theWebhookIsRemovedOnStopOnlyWhenAskedFor() throws Exception {
        Instance kept = Instance.start(this, "kept", Map.of());
        kept.stop();
        assertThat(ours()).hasSize(1);

        Instance removing = Instance.start(this, "removing", Map.of("webhookUnregisterOnStop", "true"));
        removing.stop();
        assertThat(ours()).isEmpty();
    }

    @Test
    void withAClusterServiceOnlyTheLeaderRegistersAndAFollowerTakesOver() throws Exception {
        Instance leader = Instance.start(this, "leader", Map.of("webhookReconcileInterval", "100"),
                "http://127.0.0.1:" + sim.port() + "/api", clusterRoot);
        instances.add(leader);
        await().atMost(Duration.ofSeconds(30)).until(() -> ours().size() == 1);
        // the default interval (60 s): within this test only a change of leader makes the follower check
        Instance follower = Instance.start(this, "follower", Map.of(),
                "http://localhost:" + sim.port() + "/api", clusterRoot);
        instances.add(follower);

        // the leader checks every 100 ms; the follower, calling Sonar by another host name, never does
        int before = webhookCalls("127.0.0.1");
        await().atMost(Duration.ofSeconds(30)).until(() -> webhookCalls("127.0.0.1") >= before + 5);
        assertThat(webhookCalls("localhost")).isZero();
        assertThat(follower.deliver(theOneWebhook().url(), "via-follower")).isEqualTo(200);

        // the leader's route stops but its instance stays leader (the test holds the view too), so nothing restores
        // the webhook removed meanwhile: the follower has to register it when it takes over
        leader.cluster.getView(CLUSTER_NAMESPACE);
        leader.camel.getRouteController().stopRoute("created");
        sim.removeWebhook(theOneWebhook().id());
        assertThat(ours()).isEmpty();
        assertThat(webhookCalls("localhost")).isZero();

        leader.stop();

        await().atMost(Duration.ofSeconds(30)).until(() -> ours().stream().anyMatch(RegisteredWebhook::active));
        assertThat(sim.requests()).filteredOn(request -> request.method().equals("POST")
                                                         && request.path().endsWith("/v1/webhooks"))
                .last().satisfies(created -> assertThat(created.header("Host")).startsWith("localhost:"));
        assertThat(follower.deliver(theOneWebhook().url(), "after-takeover")).isEqualTo(200);
    }

    private int webhookCalls(String host) {
        return (int) sim.requests().stream().filter(request -> request.path().contains("/v1/webhooks"))
                .filter(request -> String.valueOf(request.header("Host")).startsWith(host + ":")).count();
    }

    private List<RegisteredWebhook> ours() {
        return sim.webhooks().stream().filter(webhook -> webhook.url().startsWith(URL_PREFIX)).toList();
    }

    private RegisteredWebhook theOneWebhook() {
        List<RegisteredWebhook> ours = ours();
        assertThat(ours).as("webhooks for %s in Sonar", URL_PREFIX).hasSize(1);
        return ours.get(0);
    }

    /** One instance of the application: its own CamelContext and HTTP port, the shared token and public URL. */
    private static final class Instance {
        final String name;
        final CamelContext camel;
        final HttpClient http;
        /** The cluster service, when started with a cluster root. */
        final FileLockClusterService cluster;
        final AtomicInteger events = new AtomicInteger();

        private Instance(String name, CamelContext camel, HttpClient http, FileLockClusterService cluster) {
            this.name = name;
            this.camel = camel;
            this.http = http;
            this.cluster = cluster;
        }

        static Instance start(SeveralInstancesTest test, String name, Map<String, String> options) {
            return start(test, name, options, test.sim.baseUrl(), null);
        }

        static Instance start(SeveralInstancesTest test, String name, Map<String, String> options, String baseUrl,
                              Path clusterRoot) {
            try {
                CamelContext camel = Reliability.context(baseUrl, test.sim.token(), null, true);
                camel.getCamelContextExtension().setName(name);
                FileLockClusterService cluster = null;
                if (clusterRoot != null) {
                    cluster = new FileLockClusterService();
                    cluster.setId(name);
                    cluster.setRoot(clusterRoot.toString());
                    cluster.setAcquireLockDelay(10, TimeUnit.MILLISECONDS);
                    cluster.setAcquireLockInterval(100, TimeUnit.MILLISECONDS);
                    camel.addService(cluster);
                }
                StringBuilder uri = new StringBuilder("sonar:webhook/" + EVENT + "?webhookExternalUrl=" + EXTERNAL);
                options.forEach((key, value) -> uri.append('&').append(key).append('=').append(value));
                Instance instance = new Instance(name, camel, test.http, cluster);
                camel.addRoutes(new RouteBuilder() {
                    @Override
                    public void configure() {
                        from(uri.toString()).routeId("created").process(exchange -> instance.events.incrementAndGet());
                    }
                });
                camel.start();
                return instance;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        SonarComponent sonar() {
            return camel.getComponent("sonar", SonarComponent.class);
        }

        /** Posts an event to this instance at the registered URL's path and query, as the load balancer would. */
        int deliver(String registeredUrl, String uuid) throws Exception {
            URI registered = URI.create(registeredUrl);
            URI local = URI.create("http://127.0.0.1:" + SonarCamel.port(camel) + registered.getRawPath() + "?" + registered.getRawQuery());
            String body = "{\"action\":\"" + EVENT + "\",\"uuid\":\"" + uuid + "\",\"customer\":{\"phone_number\":"
                          + "\"+13105550111\"}}";
            HttpRequest request = HttpRequest.newBuilder(local).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        }

        void stop() {
            camel.stop();
        }
    }

    /** Samples Sonar's webhooks in the background and counts the samples in which none of ours was active. */
    private static final class Watch implements AutoCloseable {
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicLong samples = new AtomicLong();
        private final AtomicLong without = new AtomicLong();
        private final Thread sampler;

        Watch(SonarSimulator sim) {
            sampler = new Thread(() -> {
                while (running.get()) {
                    boolean found = sim.webhooks().stream()
                            .anyMatch(webhook -> webhook.active() && webhook.url().startsWith(URL_PREFIX));
                    samples.incrementAndGet();
                    if (!found) {
                        without.incrementAndGet();
                    }
                    LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
                }
            }, "webhook-watch");
            sampler.start();
        }

        long samples() {
            return samples.get();
        }

        long momentsWithout() {
            return without.get();
        }

        @Override
        public void close() throws InterruptedException {
            running.set(false);
            sampler.join();
        }
    }
}
