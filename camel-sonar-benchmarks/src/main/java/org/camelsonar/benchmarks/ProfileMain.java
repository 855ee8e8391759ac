package org.camelsonar.benchmarks;

/**
 * Runs one variant in a loop for a profiler (JFR), without latency:
 * {@code java -XX:StartFlightRecording=filename=x.jfr,settings=profile -cp ... ProfileMain sonar|sonar-io|raw|http|webhook 16 60000}.
 */
public final class ProfileMain {

    private ProfileMain() {
    }

    public static void main(String[] args) throws Exception {
        String which = args.length > 0 ? args[0] : "sonar";
        int c = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        int n = args.length > 2 ? Integer.parseInt(args[2]) : 50_000;
        try (SimulatorProcess sim = new SimulatorProcess()) {
            sim.latency(0);
            if (which.startsWith("bulk")) { // bulk-sonar / bulk-raw / bulk-http: 20 ms, like scenario 1
                sim.latency(BenchmarkMain.LATENCY_MS);
                try (Variant v = which.equals("bulk-raw") ? RawClientVariant.upserts(sim.baseUrl(), sim.token(), c)
                        : which.equals("bulk-http") ? new CamelHttpVariant(sim.baseUrl(), sim.token(), c, c)
                        : new CamelSonarVariant(sim.baseUrl(), sim.token(), c)) {
                    Driver.run(v, 2 * c, c, 900_000);
                    for (int r = 0; r < 3; r++) {
                        sim.reset();
                        Meter meter = Meter.start();
                        Driver.run(v, n, c, r * n);
                        Meter.Usage u = meter.stop();
                        System.err.printf("%s c=%d: %.2f s, %.2fx ideal, %d threads, %.2f CPU s, %.0f MB peak heap%n",
                                which, c, u.wallNanos() / 1e9, u.wallNanos() / 1e9 / (n * 0.02 / c),
                                u.threadsWorking(), u.cpuNanos() / 1e9, u.peakHeapBytes() / 1048576.0);
                    }
                }
            } else if (which.equals("webhook-both")) {
                String sample = sim.sampleEvent();
                try (WebhookServer server = new WebhookServer();
                     Variant s = new WebhookLoad(server.sonarUrl(), sample, 7, c);
                     Variant b = new WebhookLoad(server.bareUrl(), sample, 8, c)) {
                    Driver.run(s, 8000, c, 0);
                    Driver.run(b, 8000, c, 0);
                    for (int r = 0; r < 6; r++) {
                        Meter m = Meter.start();
                        Driver.run(s, n, c, 10_000 + r * n);
                        Meter.Usage us = m.stop();
                        m = Meter.start();
                        Driver.run(b, n, c, 10_000 + r * n);
                        Meter.Usage ub = m.stop();
                        double rs = n / (us.wallNanos() / 1e9);
                        double rb = n / (ub.wallNanos() / 1e9);
                        System.err.printf("webhook sonar %.0f/s %.0f us CPU, bare %.0f/s %.0f us CPU, ratio %.2f, CPU"
                                          + " ratio %.2f%n", rs, us.cpuNanos() / 1e3 / n, rb, ub.cpuNanos() / 1e3 / n,
                                rs / rb, (double) us.cpuNanos() / ub.cpuNanos());
                    }
                }
            } else if (which.startsWith("webhook")) {
                String sample = sim.sampleEvent();
                try (WebhookServer server = new WebhookServer();
                     Variant v = new WebhookLoad(which.equals("webhook-bare") ? server.bareUrl() : server.sonarUrl(),
                             sample, 7, c)) {
                    long t = System.nanoTime();
                    Driver.run(v, n, c, 0);
                    System.err.printf("%s: %.0f events/s%n", which, n / ((System.nanoTime() - t) / 1e9));
                }
            } else {
                try (Variant v = switch (which) {
                    case "raw" -> RawClientVariant.upserts(sim.baseUrl(), sim.token(), c);
                    case "http" -> new CamelHttpVariant(sim.baseUrl(), sim.token(), c, c);
                    case "sonar-io" -> new CamelSonarVariant(sim.baseUrl(), sim.token(), c, true);
                    default -> new CamelSonarVariant(sim.baseUrl(), sim.token(), c);
                }) {
                    int runs = 5;
                    for (int r = 0; r < runs; r++) {
                        sim.reset();
                        Meter meter = Meter.start();
                        Driver.run(v, n / runs, c, r * n);
                        Meter.Usage u = meter.stop();
                        System.err.printf("%s c=%d: %.0f calls/s, %.0f us CPU/call, %.1f KB alloc/call%n", which, c,
                                n / runs / (u.wallNanos() / 1e9), u.cpuNanos() / 1e3 / (n / runs),
                                u.allocatedBytes() / 1024.0 / (n / runs));
                    }
                }
            }
        }
        System.exit(0);
    }
}
