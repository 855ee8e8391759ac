package org.camelsonar.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * Runs every scenario of issue 6 in one go, prints a Markdown report and writes it to {@code docs/benchmarks.md}
 * (system property {@code benchmarks.output}). The simulator runs in a JVM of its own; this JVM holds only the
 * client under measurement. Start it with
 * {@code ./mvnw -B -q -DskipTests -Prun-benchmarks -pl camel-sonar-benchmarks -am verify}.
 * <p>
 * Arguments: {@code --quick} divides every N by 10 (a smoke run; its figures mean little);
 * {@code --only=overhead,bulk,webhook,cluster,bulksync,ceiling} runs only those scenarios.
 */
public final class BenchmarkMain {

    static final int LATENCY_MS = 20;
    /** Sonar's answer time in production is tens to hundreds of milliseconds. */
    static final int REAL_LATENCY_MS = 100;
    /** camel-sonar's own threads on this machine: HttpClient's I/O reactor plus the SonarCallback pool. */
    static final int THREAD_BUDGET = Math.min(2, Runtime.getRuntime().availableProcessors())
                                     + Math.max(2, Runtime.getRuntime().availableProcessors());

    private final SimulatorProcess sim;
    private final int scale;
    private final List<BulkRow> bulk = new ArrayList<>();
    private final List<OverheadRow> overhead = new ArrayList<>();
    private final List<OverheadRow> realLatency = new ArrayList<>();
    private final List<WebhookRow> webhook = new ArrayList<>();
    private final List<CeilingRow> ceiling = new ArrayList<>();
    private final ClusterWebhookScenario cluster;
    private final BulkSyncScenario bulkSync;
    private double loadBefore;
    private double loadAfter;

    private BenchmarkMain(SimulatorProcess sim, int scale) {
        this.sim = sim;
        this.scale = scale;
        this.cluster = new ClusterWebhookScenario(scale);
        this.bulkSync = new BulkSyncScenario(scale,
                Path.of(System.getProperty("benchmarks.work", "target")).resolve("bulk-sync"));
    }

    public static void main(String[] args) throws Exception {
        int scale = Arrays.asList(args).contains("--quick") ? 10 : 1;
        // --only=cluster,bulksync runs some scenarios (while working on them; the report then lacks the others)
        Set<String> only = Arrays.stream(args).filter(a -> a.startsWith("--only="))
                .flatMap(a -> Arrays.stream(a.substring("--only=".length()).split(","))).collect(Collectors.toSet());
        long started = System.nanoTime();
        try (SimulatorProcess sim = new SimulatorProcess()) {
            BenchmarkMain bench = new BenchmarkMain(sim, scale);
            bench.loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            if (only.isEmpty() || only.contains("overhead") || only.contains("bulk") || only.contains("webhook")) {
                bench.warmUp();
            }
            if (only.isEmpty() || only.contains("overhead")) {
                bench.perCallOverhead();
                bench.perCallAtRealLatency();
            }
            if (only.isEmpty() || only.contains("bulk")) {
                bench.bulkUpsert();
            }
            if (only.isEmpty() || only.contains("webhook")) {
                bench.webhookIngest();
            }
            if (only.isEmpty() || only.contains("cluster")) {
                bench.cluster.run(sim.sampleEvent());
            }
            if (only.isEmpty() || only.contains("bulksync")) {
                bench.bulkSync.run();
            }
            if (only.isEmpty() || only.contains("ceiling")) {
                bench.simulatorCeiling(); // last: the simulator's JVM is as warm as it gets
            }
            bench.loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            String report = bench.report((System.nanoTime() - started) / 1e9);
            System.out.println(report);
            String output = System.getProperty("benchmarks.output");
            if (output != null && !output.isBlank()) {
                Path path = Path.of(output).toAbsolutePath().normalize();
                Path existing = path;
                String previous = Files.exists(existing) ? Files.readString(existing) : "";
                Files.writeString(path, merge(previous, report), StandardCharsets.UTF_8);
                System.out.println("Written to " + path);
            }
        }
        System.exit(0);
    }

    // ------------------------------------------------------------------------------------------------ scenarios

    private void warmUp() throws Exception {
        log("warm-up: JIT for every variant, no latency");
        sim.latency(0);
        // C2 needs tens of thousands of calls: CPU per call was still falling after 40,000 in a profiling run
        int n = 30_000 / scale;
        try (Variant v = new CamelSonarVariant(sim.baseUrl(), sim.token(), 16)) {
            Driver.run(v, n, 16, 0);
            sim.reset();
            Driver.run(v, n / 2, 1, 0);
        }
        sim.reset();
        try (Variant v = new CamelHttpVariant(sim.baseUrl(), sim.token(), 16, 16)) {
            Driver.run(v, n / 2, 16, 0);
        }
        sim.reset();
        try (Variant v = RawClientVariant.upserts(sim.baseUrl(), sim.token(), 16)) {
            Driver.run(v, n, 16, 0);
            sim.reset();
            Driver.run(v, n / 2, 1, 0);
        }
        sim.reset();
    }

    private void simulatorCeiling() throws Exception {
        log("simulator ceiling");
        sim.latency(0);
        ceiling.add(ceilingRow(1, 0, 5_000 / scale, 3));
        for (int c : new int[] { 16, 128 }) {
            ceiling.add(ceilingRow(c, 0, 10_000 / scale, 3));
        }
        sim.latency(LATENCY_MS);
        ceiling.add(ceilingRow(128, LATENCY_MS, 10_000 / scale, 1));
        sim.latency(0);
    }

    private CeilingRow ceilingRow(int c, int latency, int n, int runs) throws Exception {
        List<Run> results = new ArrayList<>();
        try (Variant v = RawClientVariant.upserts(sim.baseUrl(), sim.token(), c)) {
            Driver.run(v, Math.min(n, 2 * c), c, 0);
            for (int r = 0; r < runs; r++) {
                sim.reset();
                results.add(measure(v, n, c));
            }
        }
        return new CeilingRow(c, latency, n, runs, median(results, Run::callsPerSecond),
                median(results, run -> run.usage().wallNanos() / 1e9));
    }

    private void perCallOverhead() throws Exception {
        log("per-call overhead, no latency");
        sim.latency(0);
        for (int c : new int[] { 1, 16 }) {
            int n = (c == 1 ? 5000 : 10_000) / scale;
            int runs = c == 1 ? 5 : 3;
            overhead.addAll(overheadRows(c, n, runs, 500 / scale));
        }
    }

    /** The same three variants at Sonar's real latency: what the hand-off costs there. */
    private void perCallAtRealLatency() throws Exception {
        int c = 16;
        int n = 800 / scale;
        log("per-call cost at " + REAL_LATENCY_MS + " ms latency, concurrency " + c);
        sim.latency(REAL_LATENCY_MS);
        realLatency.addAll(overheadRows(c, n, 1, 2 * c));
        sim.latency(0);
    }

    /**
     * camel-sonar (default and continueOnIoThread) and raw HttpClient 5, each warmed up with {@code warmUp} calls,
     * then measured {@code runs} times, interleaved so that drift hits all alike.
     */
    private List<OverheadRow> overheadRows(int c, int n, int runs, int warmUp) throws Exception {
        List<Run> sonar = new ArrayList<>();
        List<Run> sonarIo = new ArrayList<>();
        List<Run> raw = new ArrayList<>();
        try (Variant a = new CamelSonarVariant(sim.baseUrl(), sim.token(), c);
             Variant io = new CamelSonarVariant(sim.baseUrl(), sim.token(), c, true);
             Variant r = RawClientVariant.upserts(sim.baseUrl(), sim.token(), c)) {
            Driver.run(a, warmUp, c, 0);
            Driver.run(io, warmUp, c, 0);
            Driver.run(r, warmUp, c, 0);
            for (int i = 0; i < runs; i++) {
                sim.reset();
                sonar.add(measure(a, n, c));
                sim.reset();
                sonarIo.add(measure(io, n, c));
                sim.reset();
                raw.add(measure(r, n, c));
            }
        }
        return List.of(OverheadRow.of("(a) camel-sonar", c, n, runs, sonar),
                OverheadRow.of("(a) camel-sonar, continueOnIoThread=true", c, n, runs, sonarIo),
                OverheadRow.of("(c) raw HttpClient 5 async", c, n, runs, raw));
    }

    private void bulkUpsert() throws Exception {
        sim.latency(LATENCY_MS);
        for (int c : new int[] { 1, 16, 128 }) {
            log("bulk upsert, 20 ms, concurrency " + c);
            int full = (c == 1 ? 1000 : 10_000) / scale;
            int runs = c == 128 ? 3 : 1;
            bulk.add(bulkRow("(a) camel-sonar", c, full, runs, full,
                    () -> new CamelSonarVariant(sim.baseUrl(), sim.token(), c)));
            if (c == 1) {
                bulk.add(bulkRow("(b) camel-http + Jackson, 1 thread (budget = per call at c=1)", c, full, runs,
                        full, () -> new CamelHttpVariant(sim.baseUrl(), sim.token(), c, 1)));
            } else {
                // with camel-sonar's thread budget the blocking route runs THREAD_BUDGET calls at a time:
                // 10,000 calls would take N x 20 ms / 4 = 50 s, so it runs 2,000
                int budgetN = 2000 / scale;
                bulk.add(bulkRow("(b) camel-http + Jackson, " + THREAD_BUDGET + " threads (camel-sonar's budget)", c,
                        budgetN, 1, full, () -> new CamelHttpVariant(sim.baseUrl(), sim.token(), c, THREAD_BUDGET)));
                bulk.add(bulkRow("(b) camel-http + Jackson, a thread per call in flight", c, full, runs, full,
                        () -> new CamelHttpVariant(sim.baseUrl(), sim.token(), c, c)));
            }
            bulk.add(bulkRow("(c) raw HttpClient 5 async", c, full, runs, full,
                    () -> RawClientVariant.upserts(sim.baseUrl(), sim.token(), c)));
        }
        sim.latency(0);
    }

    private BulkRow bulkRow(String name, int c, int n, int runs, int fullN, VariantFactory factory) throws Exception {
        List<Run> results = new ArrayList<>();
        try (Variant v = factory.create()) {
            Driver.run(v, Math.min(n, Math.max(16, 2 * c)), c, 900_000); // connections open, route warm
            for (int r = 0; r < runs; r++) {
                sim.reset();
                results.add(measure(v, n, c));
            }
        }
        BulkRow row = BulkRow.of(name, c, n, fullN, runs, results);
        log("  " + name + ": " + String.format(Locale.ROOT, "%.2f s, %.2fx ideal, %d threads, %.2f CPU s",
                row.wallSeconds, row.ratioToIdeal, row.threads, row.cpuSeconds));
        return row;
    }

    private void webhookIngest() throws Exception {
        log("webhook ingest");
        String sample = sim.sampleEvent();
        int c = 16;
        int n = 10_000 / scale;
        int runs = 5;
        try (WebhookServer server = new WebhookServer()) {
            List<Run> sonar = new ArrayList<>();
            List<Run> bare = new ArrayList<>();
            try (Variant s = new WebhookLoad(server.sonarUrl(), sample, 1, c);
                 Variant b = new WebhookLoad(server.bareUrl(), sample, 2, c)) {
                // both paths warm: throughput was still climbing after 40,000 events in a profiling run
                for (int w = 0; w < 3; w++) {
                    Driver.run(s, 10_000 / scale, c, 1_000_000 + w * 10_000);
                    Driver.run(b, 10_000 / scale, c, 1_000_000 + w * 10_000);
                }
                for (int r = 0; r < runs; r++) {
                    sonar.add(measure(s, n, c, 10_000 + r * n));
                    bare.add(measure(b, n, c, 10_000 + r * n));
                }
            }
            webhook.add(WebhookRow.of("sonar:webhook/customer_created (secret, de-duplication, typed event)", c, n,
                    runs, sonar));
            webhook.add(WebhookRow.of("bare platform-http + unmarshal().json(Jackson)", c, n, runs, bare));
        }
    }

    static Run measure(Variant v, int n, int c) throws InterruptedException {
        return measure(v, n, c, 0);
    }

    static Run measure(Variant v, int n, int c, int offset) throws InterruptedException {
        Meter meter = Meter.start();
        Driver.Outcome outcome = Driver.run(v, n, c, offset);
        Meter.Usage usage = meter.stop();
        if (outcome.errors() > 0) {
            System.err.println("  " + outcome.errors() + " calls failed; first: " + outcome.firstError());
        }
        return new Run(n, usage, outcome);
    }

    // ------------------------------------------------------------------------------------------------ results

    record Run(int n, Meter.Usage usage, Driver.Outcome outcome) {
        double callsPerSecond() {
            return n / (usage.wallNanos() / 1e9);
        }
    }

    @FunctionalInterface
    interface VariantFactory {
        Variant create() throws Exception;
    }

    static double median(List<Run> runs, ToDoubleFunction<Run> metric) {
        double[] values = runs.stream().mapToDouble(metric).sorted().toArray();
        int m = values.length / 2;
        return values.length % 2 == 1 ? values[m] : (values[m - 1] + values[m]) / 2;
    }

    static final class BulkRow {
        String name;
        int c;
        int n;
        int fullN;
        int runs;
        double wallSeconds;
        double callsPerSecond;
        double ratioToIdeal;
        int threads;
        int peakNewThreads;
        double cpuSeconds;
        double peakHeapMb;
        double allocatedMb;
        int errors;

        static BulkRow of(String name, int c, int n, int fullN, int runs, List<Run> results) {
            BulkRow row = new BulkRow();
            row.name = name;
            row.c = c;
            row.n = n;
            row.fullN = fullN;
            row.runs = runs;
            row.wallSeconds = median(results, r -> r.usage().wallNanos() / 1e9);
            row.callsPerSecond = median(results, Run::callsPerSecond);
            double ideal = n * (LATENCY_MS / 1000.0) / c;
            row.ratioToIdeal = row.wallSeconds / ideal;
            row.threads = (int) median(results, r -> r.usage().threadsWorking());
            row.peakNewThreads = (int) median(results, r -> r.usage().peakNewThreads());
            row.cpuSeconds = median(results, r -> r.usage().cpuNanos() / 1e9);
            row.peakHeapMb = median(results, r -> r.usage().peakHeapBytes() / 1048576.0);
            row.allocatedMb = median(results, r -> r.usage().allocatedBytes() / 1048576.0);
            row.errors = results.stream().mapToInt(r -> r.outcome().errors()).sum();
            return row;
        }

        /** CPU and allocation per 1,000 calls, to compare rows whose N differ. */
        double cpuPerThousand() {
            return cpuSeconds / n * 1000;
        }
    }

    record OverheadRow(String name, int c, int n, int runs, double microsPerCall, double callsPerSecond,
                       double cpuMicrosPerCall, double p50, double p99, int errors) {
        static OverheadRow of(String name, int c, int n, int runs, List<Run> results) {
            return new OverheadRow(name, c, n, runs,
                    median(results, r -> r.usage().wallNanos() / 1e3 / r.n()),
                    median(results, Run::callsPerSecond),
                    median(results, r -> r.usage().cpuNanos() / 1e3 / r.n()),
                    median(results, r -> r.outcome().percentileMillis(50)),
                    median(results, r -> r.outcome().percentileMillis(99)),
                    results.stream().mapToInt(r -> r.outcome().errors()).sum());
        }
    }

    record WebhookRow(String name, int c, int n, int runs, double eventsPerSecond, double p50, double p99,
                      double cpuMicrosPerEvent, int errors) {
        static WebhookRow of(String name, int c, int n, int runs, List<Run> results) {
            return new WebhookRow(name, c, n, runs, median(results, Run::callsPerSecond),
                    median(results, r -> r.outcome().percentileMillis(50)),
                    median(results, r -> r.outcome().percentileMillis(99)),
                    median(results, r -> r.usage().cpuNanos() / 1e3 / r.n()),
                    results.stream().mapToInt(r -> r.outcome().errors()).sum());
        }
    }

    record CeilingRow(int c, int latencyMs, int n, int runs, double callsPerSecond, double wallSeconds) {
    }

    // ------------------------------------------------------------------------------------------------ report

    private String report(double totalSeconds) {
        StringBuilder md = new StringBuilder();
        Runtime rt = Runtime.getRuntime();
        md.append(BEGIN).append('\n');
        md.append("## Results of the last run\n\n");
        md.append("- Date: ").append(ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                .replaceAll("\\.\\d+", "")).append('\n');
        md.append("- Machine: ").append(rt.availableProcessors()).append(" cores, ")
                .append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.arch")).append('\n');
        md.append("- JVM: ").append(System.getProperty("java.vm.name")).append(' ')
                .append(System.getProperty("java.runtime.version")).append(", flags ")
                .append(String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                        .filter(a -> a.startsWith("-X")).toList())).append('\n');
        md.append("- Simulator: a separate JVM (-Xmx1g, ParallelGC), JDK HttpServer with TCP_NODELAY; injected latency ")
                .append(LATENCY_MS).append(" ms where stated (").append(REAL_LATENCY_MS)
                .append(" ms in the real-latency table); section 6 starts a second one with -Xmx2g and ")
                .append("-Dsun.net.httpserver.maxIdleConnections=").append(BulkSyncScenario.MAX_IDLE).append('\n');
        md.append(String.format(Locale.ROOT, "- System load average (1 min) at start and end: %.1f and %.1f"
                                             + " (the machine is shared with other builds: above 2, figures are noisy)%n",
                loadBefore, loadAfter));
        md.append(String.format(Locale.ROOT, "- Whole run: %.0f s%s%n%n", totalSeconds,
                scale > 1 ? " (**--quick: N divided by " + scale + ", figures not meaningful**)" : ""));

        md.append("### Targets\n\n| target | measured | |\n|---|---|---|\n");
        BulkRow a128 = find(128, "(a)");
        BulkRow bThread128 = find(128, "a thread per call");
        if (a128 != null) {
            target(md, "bulk upsert at c=128 within 1.2× of ideal", String.format(Locale.ROOT, "%.2f×", a128.ratioToIdeal),
                    a128.ratioToIdeal <= 1.2);
            target(md, "... using at most 8 threads for the calls", a128.threads + " threads", a128.threads <= 8);
        }
        if (a128 != null && bThread128 != null) {
            target(md, "CPU seconds ≤ (b) with a thread per call (c=128)",
                    String.format(Locale.ROOT, "%.2f s vs %.2f s", a128.cpuSeconds, bThread128.cpuSeconds),
                    a128.cpuSeconds <= bThread128.cpuSeconds);
            target(md, "peak heap ≤ (b) with a thread per call (c=128)",
                    String.format(Locale.ROOT, "%.0f MB vs %.0f MB", a128.peakHeapMb, bThread128.peakHeapMb),
                    a128.peakHeapMb <= bThread128.peakHeapMb);
        }
        for (int c : new int[] { 1, 16 }) {
            OverheadRow a = overhead.stream().filter(o -> o.c() == c && o.name().equals("(a) camel-sonar")).findFirst()
                    .orElse(null);
            OverheadRow io = overhead.stream().filter(o -> o.c() == c && o.name().contains("continueOnIoThread"))
                    .findFirst().orElse(null);
            OverheadRow r = overhead.stream().filter(o -> o.c() == c && o.name().startsWith("(c)")).findFirst()
                    .orElse(null);
            if (a != null && r != null) {
                double ratio = a.microsPerCall() / r.microsPerCall();
                target(md, "per-call overhead within 1.15× of raw HttpClient 5, c=" + c,
                        String.format(Locale.ROOT, "%.2f× (%.0f µs vs %.0f µs per call)", ratio, a.microsPerCall(),
                                r.microsPerCall()), ratio <= 1.15);
                if (io != null) {
                    double ioRatio = io.microsPerCall() / r.microsPerCall();
                    target(md, "the same with continueOnIoThread=true, c=" + c,
                            String.format(Locale.ROOT, "%.2f× (%.0f µs vs %.0f µs per call)", ioRatio,
                                    io.microsPerCall(), r.microsPerCall()), ioRatio <= 1.15);
                }
            }
        }
        if (webhook.size() == 2) {
            double ratio = webhook.get(0).eventsPerSecond() / webhook.get(1).eventsPerSecond();
            target(md, "webhook ingest ≥ 0.9× bare platform-http", String.format(Locale.ROOT, "%.2f× (%.0f vs %.0f events/s)",
                    ratio, webhook.get(0).eventsPerSecond(), webhook.get(1).eventsPerSecond()), ratio >= 0.9);
        }
        cluster.targets(md);
        bulkSync.targets(md);

        md.append("\n### 1. Bulk upsert (`customer/upsert`, ").append(LATENCY_MS).append(" ms injected latency)\n\n");
        md.append("ideal = N × 20 ms / c. *threads* = distinct threads that did at least 1 ms of CPU work during the run "
                  + "(the caller's driving thread included, JVM-internal threads excluded); *new thr.* = peak live "
                  + "threads minus those alive before (0 when every pool was created in the variant's warm-up). CPU = process CPU of the client JVM (GC and JIT included). "
                  + "Peak heap = sum of heap pools' peak after a full GC and a peak reset (young generation fixed "
                  + "at 96 MB). Medians of *runs*.\n\n");
        md.append("| c | variant | N | runs | wall s | calls/s | × ideal | threads | new thr. | CPU s | CPU ms/1k calls "
                  + "| peak heap MB | alloc MB | errors |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (BulkRow r : bulk) {
            String n = r.n == r.fullN ? String.valueOf(r.n) : r.n + " (scaled from " + r.fullN + ")";
            md.append(String.format(Locale.ROOT, "| %d | %s | %s | %d | %.2f | %.0f | %.2f | %d | %d | %.2f | %.0f | %.0f | %.0f | %d |%n",
                    r.c, r.name, n, r.runs, r.wallSeconds, r.callsPerSecond, r.ratioToIdeal, r.threads,
                    r.peakNewThreads, r.cpuSeconds, r.cpuPerThousand() * 1000, r.peakHeapMb, r.allocatedMb, r.errors));
        }

        md.append("\n### 2. Per-call overhead (no injected latency)\n\n");
        md.append("| c | variant | N | runs | µs/call (wall) | calls/s | CPU µs/call | p50 ms | p99 ms | ratio to raw | errors |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (OverheadRow o : overhead) {
            OverheadRow raw = overhead.stream().filter(x -> x.c() == o.c() && x.name().startsWith("(c)")).findFirst()
                    .orElse(o);
            md.append(String.format(Locale.ROOT, "| %d | %s | %d | %d | %.0f | %.0f | %.0f | %.2f | %.2f | %.2f× | %d |%n",
                    o.c(), o.name(), o.n(), o.runs(), o.microsPerCall(), o.callsPerSecond(), o.cpuMicrosPerCall(),
                    o.p50(), o.p99(), o.microsPerCall() / raw.microsPerCall(), o.errors()));
        }

        if (!realLatency.isEmpty()) {
            OverheadRow raw = realLatency.get(realLatency.size() - 1);
            md.append("\nThe same at Sonar's real latency (").append(REAL_LATENCY_MS).append(" ms injected, c = ")
                    .append(raw.c()).append(", ideal = N × ").append(REAL_LATENCY_MS).append(" ms / c, one run):\n\n");
            md.append("| c | variant | N | wall s | × ideal | CPU µs/call | p50 ms | p99 ms | wall ratio to raw "
                      + "| CPU ratio to raw | errors |\n");
            md.append("|---|---|---|---|---|---|---|---|---|---|---|\n");
            for (OverheadRow o : realLatency) {
                double wall = o.microsPerCall() * o.n() / 1e6;
                double ideal = o.n() * (REAL_LATENCY_MS / 1000.0) / o.c();
                md.append(String.format(Locale.ROOT, "| %d | %s | %d | %.2f | %.3f | %.0f | %.1f | %.1f | %.3f× | %.2f× "
                                                     + "| %d |%n",
                        o.c(), o.name(), o.n(), wall, wall / ideal, o.cpuMicrosPerCall(), o.p50(), o.p99(),
                        o.microsPerCall() / raw.microsPerCall(), o.cpuMicrosPerCall() / raw.cpuMicrosPerCall(),
                        o.errors()));
            }
        }

        md.append("\n### 3. Webhook ingest (Vert.x platform-http, same server, HttpClient 5 async load generator in "
                  + "the same JVM)\n\n");
        md.append("| variant | in flight | events/run | runs | events/s | p50 ms | p99 ms | CPU µs/event | ratio | errors |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|\n");
        for (WebhookRow w : webhook) {
            md.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %.0f | %.2f | %.2f | %.0f | %.2f× | %d |%n",
                    w.name(), w.c(), w.n(), w.runs(), w.eventsPerSecond(), w.p50(), w.p99(), w.cpuMicrosPerEvent(),
                    w.eventsPerSecond() / webhook.get(webhook.size() - 1).eventsPerSecond(), w.errors()));
        }

        md.append("\n### 4. The simulator's own ceiling (raw HttpClient 5 async, `customer/upsert`)\n\n");
        md.append("| c | latency ms | N | runs | calls/s | wall s | × ideal |\n|---|---|---|---|---|---|---|\n");
        for (CeilingRow c : ceiling) {
            String ideal = c.latencyMs() > 0
                    ? String.format(Locale.ROOT, "%.2f×", c.wallSeconds() / (c.n() * c.latencyMs() / 1000.0 / c.c()))
                    : "";
            md.append(String.format(Locale.ROOT, "| %d | %d | %d | %d | %.0f | %.2f | %s |%n", c.c(), c.latencyMs(),
                    c.n(), c.runs(), c.callsPerSecond(), c.wallSeconds(), ideal));
        }
        if (!cluster.rows().isEmpty()) {
            cluster.section(md);
        }
        if (!bulkSync.rows().isEmpty()) {
            bulkSync.section(md);
        }
        md.append(END).append('\n');
        return md.toString();
    }

    private BulkRow find(int c, String contains) {
        return bulk.stream().filter(r -> r.c == c && r.name.contains(contains)).findFirst().orElse(null);
    }

    static void target(StringBuilder md, String what, String measured, boolean met) {
        md.append("| ").append(what).append(" | ").append(measured).append(" | ").append(met ? "**met**" : "**missed**")
                .append(" |\n");
    }

    static final String BEGIN = "<!-- BEGIN GENERATED RESULTS (BenchmarkMain rewrites this block) -->";
    static final String END = "<!-- END GENERATED RESULTS -->";

    /** Replaces the generated block of the existing page, keeping the hand-written text around it. */
    static String merge(String previous, String block) {
        int from = previous.indexOf(BEGIN);
        int to = previous.indexOf(END);
        if (from < 0 || to < 0) {
            return "# camel-sonar benchmarks\n\n" + block;
        }
        return previous.substring(0, from) + block.trim() + previous.substring(to + END.length());
    }

    static void log(String text) {
        System.err.println("[benchmarks] " + text);
    }
}
