package org.camelsonar.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * The routes a user would really write for a bulk sync, for docs/performance.md, against the simulator at 20 ms:
 * {@code split(body()).parallelProcessing()} into {@code sonar:customer/upsert}, and a SEDA queue with concurrent
 * consumers. Not part of the benchmark run:
 * {@code java -cp ... org.camelsonar.benchmarks.SplitExperiment [n] [maxConnections] [consumers]}.
 */
public final class SplitExperiment {

    private SplitExperiment() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int max = args.length > 1 ? Integer.parseInt(args[1]) : 64;
        int consumers = args.length > 2 ? Integer.parseInt(args[2]) : max;
        AtomicReference<CountDownLatch> done = new AtomicReference<>();
        AtomicInteger failures = new AtomicInteger();
        try (SimulatorProcess sim = new SimulatorProcess()) {
            sim.latency(BenchmarkMain.LATENCY_MS);
            String sonar = "sonar:customer/upsert?baseUrl=RAW(" + sim.baseUrl() + ")&token=RAW(" + sim.token()
                           + ")&maxConnections=" + max;
            CamelContext context = new DefaultCamelContext();
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:split")
                            .split(body()).parallelProcessing().streaming()
                                .doTry().to(sonar).doCatch(Exception.class)
                                    .process(e -> failures.incrementAndGet()).end()
                            .end();
                    from("direct:split-throttled")
                            .split(body()).parallelProcessing().streaming()
                                .throttle(consumers).concurrentRequestsMode()
                                .doTry().to(sonar).doCatch(Exception.class)
                                    .process(e -> failures.incrementAndGet()).end()
                            .end();
                    from("seda:upsert?size=100000&concurrentConsumers=" + consumers)
                            .doTry().to(sonar).doCatch(Exception.class).process(e -> failures.incrementAndGet()).end()
                            .process(e -> done.get().countDown());
                }
            });
            context.start();
            ProducerTemplate template = context.createProducerTemplate();
            for (int round = 0; round < 6; round++) {
                List<Map<String, Object>> customers = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    customers.add(Payloads.customer(round * n + i));
                }
                sim.reset();
                failures.set(0);
                int kind = round % 3;
                boolean split = kind != 1;
                Meter meter = Meter.start();
                if (split) {
                    template.sendBody(kind == 0 ? "direct:split" : "direct:split-throttled", customers);
                } else {
                    done.set(new CountDownLatch(n));
                    for (Map<String, Object> customer : customers) {
                        template.sendBody("seda:upsert", customer);
                    }
                    done.get().await(5, TimeUnit.MINUTES);
                }
                Meter.Usage usage = meter.stop();
                System.out.printf("%s, maxConnections=%d: %d calls in %.2f s (ideal at %d in flight %.2f s),"
                                  + " %d threads working, %.2f CPU s, %d failed%n",
                        kind == 0 ? "split().parallelProcessing()"
                                : kind == 2 ? "split().parallelProcessing().throttle(" + consumers + ").concurrentRequestsMode()"
                                : "seda concurrentConsumers=" + consumers, max, n,
                        usage.wallNanos() / 1e9, max, n * 0.02 / max, usage.threadsWorking(), usage.cpuNanos() / 1e9,
                        failures.get());
            }
            context.stop();
        }
        System.exit(0);
    }
}
