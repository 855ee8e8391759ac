package org.camelsonar.benchmarks;

import java.io.BufferedWriter;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * A bulk sync at scale: customers read from a CSV file with a streaming, parallel split into
 * {@code sonar:customer/upsert} (the route of docs/performance.md), {@value #IN_FLIGHT} calls in flight, against a
 * simulator with 20 ms latency whose JDK HttpServer closes connections beyond {@value #MAX_IDLE} idle ones. Measures
 * the wall time against the ideal, the calls that failed, and whether the client's heap grows with the file.
 */
final class BulkSyncScenario {

    static final int IN_FLIGHT = 128;
    static final int MAX_IDLE = 4;
    static final int SMALL = 10_000;
    static final int LARGE = 100_000;
    static final long SAMPLE_MILLIS = 200;
    /** The split of docs/performance.md's short version: nothing bounds the calls queued in the connection pool. */
    static final String UNBOUNDED = "split-parallel";
    /** The same with a concurrent-requests throttle of {@value #IN_FLIGHT} in front of the call. */
    static final String BOUNDED = "split-parallel-throttled";
    static final int UNBOUNDED_LARGE = 30_000;
    /** The first failed call of the whole scenario, logged once so that a failure is explained. */
    static final AtomicReference<Exception> FIRST_FAILURE = new AtomicReference<>();

    private final int scale;
    private final Path workDir;
    private final List<Row> rows = new ArrayList<>();

    BulkSyncScenario(int scale, Path workDir) {
        this.scale = scale;
        this.workDir = workDir;
    }

    /** One run: timed (no forced GC), or with the live heap sampled. */
    record Row(String route, int n, boolean sampled, double wallSeconds, double ratioToIdeal, long upserted, long failed,
               int threads, double cpuSeconds, double peakHeapMb, double liveHeapMb, double medianLiveHeapMb, int samples,
               double allocatedMb) {
    }

    /** One run of the plan: which route, how many customers, heap sampled or timed. */
    private record Step(String route, int n, boolean sampled) {
    }

    List<Row> rows() {
        return rows;
    }

    void run() throws Exception {
        int small = SMALL / scale;
        int large = LARGE / scale;
        int unboundedLarge = UNBOUNDED_LARGE / scale;
        LongAdder upserted = new LongAdder();
        LongAdder failed = new LongAdder();
        try (SimulatorProcess sim = new SimulatorProcess(List.of("-Xmx2g",
                "-Dsun.net.httpserver.maxIdleConnections=" + MAX_IDLE))) {
            sim.latency(BenchmarkMain.LATENCY_MS);
            CamelContext context = new DefaultCamelContext();
            context.addRoutes(new SyncRoute(sim, upserted, failed));
            context.start();
            try {
                ProducerTemplate template = context.createProducerTemplate();
                BenchmarkMain.log("bulk sync: warm-up, " + small + " customers");
                template.sendBody("direct:" + BOUNDED, csv(small));
                template.sendBody("direct:" + UNBOUNDED, csv(small));
                // the unbounded route holds every queued call: it runs at sizes that cannot exhaust the heap
                List<Step> plan = List.of(new Step(BOUNDED, small, true), new Step(BOUNDED, large, true),
                        new Step(BOUNDED, small, false), new Step(BOUNDED, large, false),
                        new Step(UNBOUNDED, small, true), new Step(UNBOUNDED, unboundedLarge, true),
                        new Step(UNBOUNDED, small, false));
                for (Step step : plan) {
                    Row row = measure(template, sim, step, upserted, failed);
                    rows.add(row);
                    BenchmarkMain.log(String.format(Locale.ROOT, "  %.2f s (%.2fx ideal), %d upserted, %d failed, "
                                                                 + "live heap peak %.0f MB, %.2f CPU s",
                            row.wallSeconds(), row.ratioToIdeal(), row.upserted(), row.failed(), row.liveHeapMb(),
                            row.cpuSeconds()));
                }
            } finally {
                context.stop();
            }
        }
    }

    /** One step of the plan, on a simulator that forgot the previous customers. */
    private Row measure(ProducerTemplate template, SimulatorProcess sim, Step step, LongAdder upserted,
                        LongAdder failed) throws Exception {
        File file = csv(step.n());
        sim.reset();
        upserted.reset();
        failed.reset();
        BenchmarkMain.log("bulk sync, " + step.route() + ": " + step.n() + " customers"
                          + (step.sampled() ? ", live heap sampled" : ", timed"));
        Meter meter = Meter.start();
        LiveHeapSampler sampler = step.sampled() ? new LiveHeapSampler(SAMPLE_MILLIS) : null;
        template.sendBody("direct:" + step.route(), file);
        if (sampler != null) {
            sampler.close();
        }
        Meter.Usage usage = meter.stop();
        double wall = usage.wallNanos() / 1e9;
        return new Row(step.route(), step.n(), step.sampled(), wall, wall / ideal(step.n()), upserted.sum(),
                failed.sum(), usage.threadsWorking(), usage.cpuNanos() / 1e9, usage.peakHeapBytes() / 1048576.0,
                sampler != null ? sampler.peakBytes() / 1048576.0 : Double.NaN,
                sampler != null ? sampler.medianBytes() / 1048576.0 : Double.NaN,
                sampler != null ? sampler.samples() : 0, usage.allocatedBytes() / 1048576.0);
    }

    static double ideal(int n) {
        return n * (BenchmarkMain.LATENCY_MS / 1000.0) / IN_FLIGHT;
    }

    /** {@code customers-<n>.csv} under the build directory: phone_number,first_name,last_name,email, no header. */
    private File csv(int n) throws Exception {
        Files.createDirectories(workDir);
        Path file = workDir.resolve("customers-" + n + ".csv");
        if (Files.exists(file)) {
            return file.toFile();
        }
        Path partial = workDir.resolve("customers-" + n + ".csv.part");
        try (BufferedWriter out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            for (int i = 0; i < n; i++) {
                out.write(String.format(Locale.ROOT, "+1415%07d,Ann,Lee,customer%d@example.com%n", 2_000_000 + i, i));
            }
        }
        return Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE).toFile();
    }

    /** The route of docs/performance.md, with counters for the calls that succeeded and failed. */
    private static final class SyncRoute extends RouteBuilder {
        private final SimulatorProcess sim;
        private final LongAdder upserted;
        private final LongAdder failed;

        SyncRoute(SimulatorProcess sim, LongAdder upserted, LongAdder failed) {
            this.sim = sim;
            this.upserted = upserted;
            this.failed = failed;
        }

        @Override
        public void configure() {
            // a failed call is counted and the sync goes on: no retry, so that every transport failure shows
            onException(Exception.class).handled(true).process(exchange -> {
                failed.increment();
                Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
                if (FIRST_FAILURE.compareAndSet(null, cause)) {
                    BenchmarkMain.log("  first failed call: " + cause
                                      + (cause.getCause() != null ? " <- " + cause.getCause() : ""));
                }
            });
            String sonar = "sonar:customer/upsert?baseUrl=RAW(" + sim.baseUrl() + ")&token=RAW(" + sim.token()
                           + ")&maxConnections=" + IN_FLIGHT;
            from("direct:" + UNBOUNDED)
                    .split(body().tokenize("\n")).streaming().parallelProcessing()
                        .process(TO_SONAR_FIELDS)
                        .to(sonar)
                        .process(exchange -> upserted.increment())
                    .end();
            from("direct:" + BOUNDED)
                    .split(body().tokenize("\n")).streaming().parallelProcessing()
                        .throttle(IN_FLIGHT).concurrentRequestsMode()
                        .process(TO_SONAR_FIELDS)
                        .to(sonar)
                        .process(exchange -> upserted.increment())
                    .end();
        }
    }

    /** One CSV line to a Map of Sonar's wire names. */
    static final Processor TO_SONAR_FIELDS = exchange -> {
        String[] field = exchange.getMessage().getBody(String.class).split(",", -1);
        Map<String, Object> customer = new LinkedHashMap<>();
        customer.put("phone_number", field[0]);
        customer.put("first_name", field[1]);
        customer.put("last_name", field[2]);
        customer.put("email", field[3]);
        exchange.getMessage().setBody(customer);
    };

    void targets(StringBuilder md) {
        Row timed = find(BOUNDED, LARGE / scale, false);
        if (timed != null) {
            BenchmarkMain.target(md, "bulk sync of " + timed.n() + " customers from CSV (" + BOUNDED + "), "
                                     + IN_FLIGHT + " in flight, idle-closing server: within 1.15× of ideal",
                    String.format(Locale.ROOT, "%.2f× (%.1f s vs %.1f s)", timed.ratioToIdeal(), timed.wallSeconds(),
                            ideal(timed.n())), timed.ratioToIdeal() <= 1.15);
            BenchmarkMain.target(md, "... failed calls: 0", timed.failed() + " of " + timed.n(), timed.failed() == 0);
        }
        Row smallTimed = find(BOUNDED, SMALL / scale, false);
        if (timed != null && smallTimed != null) {
            double ratio = timed.peakHeapMb() / smallTimed.peakHeapMb();
            BenchmarkMain.target(md, "... client's peak heap (pools' peak, as in section 1) at " + timed.n()
                                     + " within 10% of " + smallTimed.n(),
                    String.format(Locale.ROOT, "%.0f MB vs %.0f MB (%.2f×)", timed.peakHeapMb(),
                            smallTimed.peakHeapMb(), ratio), ratio <= 1.10);
        }
        Row small = find(BOUNDED, SMALL / scale, true);
        Row large = find(BOUNDED, LARGE / scale, true);
        if (small != null && large != null) {
            double ratio = large.liveHeapMb() / small.liveHeapMb();
            BenchmarkMain.target(md, "... client's peak live heap (sampled after forced GCs) at " + large.n()
                                     + " within 10% of " + small.n(),
                    String.format(Locale.ROOT, "%.0f MB vs %.0f MB (%.2f×; medians %.0f vs %.0f MB, %d vs %d samples)",
                            large.liveHeapMb(), small.liveHeapMb(), ratio, large.medianLiveHeapMb(),
                            small.medianLiveHeapMb(), large.samples(), small.samples()), ratio <= 1.10);
        }
    }

    Row find(String route, int n, boolean sampled) {
        return rows.stream().filter(r -> r.route().equals(route) && r.n() == n && r.sampled() == sampled)
                .findFirst().orElse(null);
    }

    void section(StringBuilder md) {
        md.append("\n### 6. Bulk sync at scale (CSV → streaming parallel split → `customer/upsert`, ")
                .append(IN_FLIGHT).append(" in flight, ").append(BenchmarkMain.LATENCY_MS)
                .append(" ms latency, idle connections closed)\n\n");
        md.append("Two routes, each `split(body().tokenize(\"\\n\")).streaming().parallelProcessing()`, a processor "
                  + "turning the CSV line into Sonar's fields, then `sonar:customer/upsert?maxConnections=")
                .append(IN_FLIGHT).append("` (default settings otherwise): *").append(UNBOUNDED)
                .append("* is the short version of [performance](performance.md); *").append(BOUNDED)
                .append("* adds `.throttle(").append(IN_FLIGHT).append(").concurrentRequestsMode()` before the "
                + "processor. The CSV files (no header) are generated under `target/bulk-sync/`. The simulator runs in "
                + "a JVM of its own with `-Dsun.net.httpserver.maxIdleConnections=").append(MAX_IDLE)
                .append("`: its JDK HttpServer closes a connection that goes idle when ").append(MAX_IDLE)
                .append(" others already are. A failed call is counted (`onException(...).handled(true)`) and not "
                + "retried. ideal = N × 20 ms / ").append(IN_FLIGHT).append(". *Timed* runs have no forced GC. In "
                + "*heap* runs a thread forces a full GC every ").append(SAMPLE_MILLIS).append(" ms and reads the heap "
                + "in use right after it: *live heap* is the largest and the median of those readings, what the "
                + "client really holds (the forced GCs slow these runs). *Pool peak* is the sum of the heap pools' peaks, as in section 1 "
                + "(young generation fixed at 96 MB). The unbounded route runs only at sizes whose queue fits the "
                + "heap. One run each.\n\n");
        md.append("| route | customers | run | wall s | × ideal | upserted | failed | threads | CPU s | pool peak MB "
                  + "| live heap MB: peak / median (samples) | alloc MB |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            md.append(String.format(Locale.ROOT, "| %s | %d | %s | %.2f | %.2f | %d | %d | %d | %.2f | %.0f | %s | %.0f |%n",
                    r.route(), r.n(), r.sampled() ? "heap" : "timed", r.wallSeconds(), r.ratioToIdeal(), r.upserted(),
                    r.failed(), r.threads(), r.cpuSeconds(), r.peakHeapMb(),
                    r.sampled() ? String.format(Locale.ROOT, "%.0f / %.0f (%d)", r.liveHeapMb(), r.medianLiveHeapMb(),
                            r.samples()) : "",
                    r.allocatedMb()));
        }
    }
}
