package org.camelsonar.reliability;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.camelsonar.component.sonar.SonarConstants;
import org.camelsonar.testsupport.SonarCamel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 5,000 distinct events delivered by 32 concurrent senders, with 10% duplicate deliveries and 5% of the events
 * failing in the route on their first run. The senders behave like Sonar: anything but a 2xx is delivered again.
 * Every event must run the route to completion exactly once: none lost, none twice. First on one consumer with
 * its in-memory repository, then on two Camel contexts (two HTTP servers) sharing Camel's JDBC repository on a
 * real PostgreSQL started by the test.
 */
class WebhookLoadTest {

    private static final int EVENTS = 5_000;
    private static final int DUPLICATES = EVENTS / 10;
    private static final int FAILING = EVENTS / 20;
    private static final int SENDERS = 32;
    private static final int MAX_ATTEMPTS = 200;
    private static final String SECRET = "load-secret-4f1e2d3c4b5a69788796a5b4c3d2e1f0";
    private static final String PATH = "/sonar/webhook/new_unassigned_message";

    private final List<CamelContext> contexts = new ArrayList<>();
    private final Map<String, AtomicInteger> runs = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> completed = new ConcurrentHashMap<>();
    private final Set<String> failOnce = new HashSet<>();
    private EmbeddedPostgres postgres;
    private HikariDataSource dataSource;

    @AfterEach
    void stop() throws Exception {
        for (CamelContext camel : contexts) {
            camel.stop();
        }
        if (dataSource != null) {
            dataSource.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void oneConsumerProcessesEveryEventExactlyOnce() throws Exception {
        CamelContext only = consumer(null);
        contexts.add(only);
        Result result = deliver(List.of(SonarCamel.port(only)));
        verify(result, "webhook load, 1 consumer, in-memory repository");
    }

    @Test
    void twoConsumersSharingPostgresProcessEveryEventExactlyOnce() throws Exception {
        long pgStart = System.nanoTime();
        postgres = EmbeddedPostgres.builder().start();
        Duration pgStartup = Duration.ofNanos(System.nanoTime() - pgStart);
        HikariConfig pool = new HikariConfig();
        pool.setDataSource(postgres.getPostgresDatabase());
        pool.setMaximumPoolSize(24);
        dataSource = new HikariDataSource(pool);
        try (Connection db = dataSource.getConnection(); Statement sql = db.createStatement()) {
            // the primary key makes the claim atomic across instances (docs/webhooks.md)
            sql.execute("CREATE TABLE CAMEL_MESSAGEPROCESSED (processorName VARCHAR(255) NOT NULL,"
                        + " messageId VARCHAR(100) NOT NULL, createdAt TIMESTAMP,"
                        + " PRIMARY KEY (processorName, messageId))");
        }
        CamelContext first = consumer(new JdbcMessageIdRepository(dataSource, "sonar-webhooks"));
        contexts.add(first);
        CamelContext second = consumer(new JdbcMessageIdRepository(dataSource, "sonar-webhooks"));
        contexts.add(second);

        Result result = deliver(List.of(SonarCamel.port(first), SonarCamel.port(second)));
        verify(result, "webhook load, 2 consumers, JdbcMessageIdRepository on PostgreSQL (started in "
                       + Reliability.millis(pgStartup) + ")");
        try (Connection db = dataSource.getConnection(); Statement sql = db.createStatement();
             var rows = sql.executeQuery("SELECT count(*) FROM CAMEL_MESSAGEPROCESSED WHERE messageId LIKE 'in-flight:%'")) {
            rows.next();
            assertThat(rows.getInt(1)).as("claims left behind").isZero();
        }
        try (Connection db = dataSource.getConnection(); Statement sql = db.createStatement();
             var rows = sql.executeQuery("SELECT count(*) FROM CAMEL_MESSAGEPROCESSED")) {
            rows.next();
            assertThat(rows.getInt(1)).as("remembered uuids").isEqualTo(EVENTS);
        }
    }

    private CamelContext consumer(JdbcMessageIdRepository repository) throws Exception {
        CamelContext camel = Reliability.context("http://127.0.0.1:9/api", null, null, true);
        if (repository != null) {
            camel.getRegistry().bind("events", repository);
        }
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // the failures are planned: keep the log quiet, Sonar's retry is the recovery
                errorHandler(defaultErrorHandler().logExhausted(false).logStackTrace(false));
                from("sonar:webhook/new_unassigned_message?webhookAutoRegister=false&webhookSecret=" + SECRET
                     + (repository != null ? "&idempotentRepository=#events" : ""))
                        .process(exchange -> {
                            String uuid = exchange.getMessage().getHeader(SonarConstants.EVENT_ID, String.class);
                            int run = runs.computeIfAbsent(uuid, u -> new AtomicInteger()).incrementAndGet();
                            if (run == 1 && failOnce.contains(uuid)) {
                                throw new IllegalStateException("planned failure of " + uuid);
                            }
                        })
                        .process(exchange -> completed.computeIfAbsent(
                                exchange.getMessage().getHeader(SonarConstants.EVENT_ID, String.class),
                                u -> new AtomicInteger()).incrementAndGet());
            }
        });
        camel.start();
        return camel;
    }

    record Result(int deliveries, int acknowledged, int attempts, int conflicts, int serverErrors,
                  Duration elapsed) {
    }

    private Result deliver(List<Integer> ports) throws Exception {
        Random random = new Random(42);
        List<String> uuids = new ArrayList<>();
        for (int i = 0; i < EVENTS; i++) {
            uuids.add(String.format("evt-%05d-%08x", i, random.nextInt()));
        }
        List<String> deliveries = new ArrayList<>(uuids);
        for (int i = 0; i < DUPLICATES; i++) {
            deliveries.add(uuids.get(random.nextInt(EVENTS)));
        }
        Collections.shuffle(deliveries, random);
        List<String> shuffled = new ArrayList<>(uuids);
        Collections.shuffle(shuffled, random);
        failOnce.addAll(shuffled.subList(0, FAILING));

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(4)).build();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger acknowledged = new AtomicInteger();
        AtomicInteger attempts = new AtomicInteger();
        AtomicInteger conflicts = new AtomicInteger();
        AtomicInteger serverErrors = new AtomicInteger();
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        long start = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int s = 0; s < SENDERS; s++) {
            running.add(senders.submit(() -> {
                for (int i = next.getAndIncrement(); i < deliveries.size(); i = next.getAndIncrement()) {
                    String uuid = deliveries.get(i);
                    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
                        // spread over the instances, and a retry goes to another one when there are two
                        int port = ports.get((i + attempt) % ports.size());
                        attempts.incrementAndGet();
                        int status = post(http, port, uuid);
                        if (status >= 200 && status < 300) {
                            acknowledged.incrementAndGet();
                            break;
                        }
                        if (status == 409) {
                            conflicts.incrementAndGet();
                        } else if (status >= 500) {
                            serverErrors.incrementAndGet();
                        }
                        // Sonar waits before it retries (10 s at first); scaled down to 2 ms here
                        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(2));
                    }
                }
                return null;
            }));
        }
        for (Future<?> sender : running) {
            sender.get(120, TimeUnit.SECONDS);
        }
        senders.shutdownNow();
        return new Result(deliveries.size(), acknowledged.get(), attempts.get(), conflicts.get(), serverErrors.get(),
                Duration.ofNanos(System.nanoTime() - start));
    }

    private static int post(HttpClient http, int port, String uuid) {
        String body = "{\"action\":\"new_unassigned_message\",\"uuid\":\"" + uuid + "\",\"message_id\":\"m-" + uuid
                      + "\",\"text\":\"Hi\",\"customer\":{\"first_name\":\"Ann\",\"phone_number\":\"+13105550001\"}}";
        HttpRequest request = HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + PATH + "?secret=" + SECRET))
                .timeout(Duration.ofSeconds(15)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return 0; // like a timeout for Sonar: deliver again
        }
    }

    private void verify(Result result, String name) {
        long lost = EVENTS - completed.size();
        long twice = completed.values().stream().filter(count -> count.get() > 1).count();
        long extraRuns = runs.entrySet().stream()
                .filter(r -> r.getValue().get() != (failOnce.contains(r.getKey()) ? 2 : 1)).count();
        Reliability.report(name, EVENTS + " events", result.deliveries() + " deliveries (" + DUPLICATES
                + " duplicates)", SENDERS + " senders", FAILING + " planned route failures",
                result.attempts() + " HTTP posts", result.conflicts() + " answered 409",
                result.serverErrors() + " answered 5xx", result.acknowledged() + " acknowledged",
                completed.size() + " processed", lost + " lost", twice + " twice",
                Reliability.millis(result.elapsed()),
                (result.attempts() * 1000L / Math.max(1, result.elapsed().toMillis())) + " posts/s");
        assertThat(result.acknowledged()).as("deliveries acknowledged").isEqualTo(result.deliveries());
        assertThat(completed).hasSize(EVENTS);
        assertThat(completed.values()).allMatch(count -> count.get() == 1, "processed once");
        assertThat(lost).isZero();
        assertThat(twice).isZero();
        assertThat(extraRuns).as("route runs beyond the planned failure").isZero();
    }
}
