package org.camelsonar.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.camelsonar.component.sonar.SonarComponent;

/**
 * Issue 15's question about the default hand-off, answered by measurement: what a cheaper executor for the
 * continuation would save, against Camel's fixed pool (the default), the I/O thread (continueOnIoThread) and the
 * raw client, without latency. Swaps the component's SonarCallback pool by reflection: a prototype, not an option.
 * {@code java -cp ... org.camelsonar.benchmarks.HandOffExperiment [calls per run] [runs]}. Not part of the benchmark run.
 */
public final class HandOffExperiment {

    private HandOffExperiment() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        try (SimulatorProcess sim = new SimulatorProcess()) {
            sim.latency(0);
            for (int c : args.length > 2 ? new int[] { Integer.parseInt(args[2]) } : new int[] { 1, 16 }) {
                Map<String, Variant> variants = new LinkedHashMap<>();
                variants.put("Camel fixed pool, 2 threads (default)", sonar(sim, c, null, false));
                variants.put("JDK fixed pool, 2 threads", sonar(sim, c, Executors.newFixedThreadPool(2), false));
                variants.put("1 thread, lock-free queue, parks at once", sonar(sim, c, new SingleConsumer(0), false));
                variants.put("1 thread, lock-free queue, spins 50 µs first", sonar(sim, c,
                        new SingleConsumer(TimeUnit.MICROSECONDS.toNanos(50)), false));
                variants.put("I/O thread (continueOnIoThread=true)", sonar(sim, c, null, true));
                variants.put("raw HttpClient 5", RawClientVariant.upserts(sim.baseUrl(), sim.token(), c));
                Map<String, List<double[]>> results = new LinkedHashMap<>();
                for (Map.Entry<String, Variant> v : variants.entrySet()) {
                    Driver.run(v.getValue(), 20_000, c, 0); // JIT
                    results.put(v.getKey(), new ArrayList<>());
                }
                for (int r = 0; r < runs; r++) {
                    for (Map.Entry<String, Variant> v : variants.entrySet()) {
                        sim.reset();
                        Map<String, Long> before = cpuByRole();
                        Meter meter = Meter.start();
                        Driver.run(v.getValue(), n, c, r * n);
                        Meter.Usage u = meter.stop();
                        Map<String, Long> after = cpuByRole();
                        double[] figures = new double[2 + ROLES.length];
                        figures[0] = u.wallNanos() / 1e3 / n;
                        figures[1] = u.cpuNanos() / 1e3 / n;
                        for (int i = 0; i < ROLES.length; i++) {
                            figures[2 + i] = (after.getOrDefault(ROLES[i], 0L) - before.getOrDefault(ROLES[i], 0L))
                                             / 1e3 / n;
                        }
                        results.get(v.getKey()).add(figures);
                    }
                }
                for (Map.Entry<String, List<double[]>> e : results.entrySet()) {
                    StringBuilder roles = new StringBuilder();
                    for (int i = 0; i < ROLES.length; i++) {
                        roles.append(String.format(" | %s %.0f", ROLES[i], median(e.getValue(), 2 + i)));
                    }
                    System.out.printf("c=%d | %s | %.0f µs/call | %.0f CPU µs/call (process)%s%n", c, e.getKey(),
                            median(e.getValue(), 0), median(e.getValue(), 1), roles);
                }
                for (Variant v : variants.values()) {
                    v.close();
                }
            }
        }
        System.exit(0);
    }

    /** CPU µs per call by the role of the thread: the caller, HttpClient's I/O threads, the hand-off's threads. */
    private static final String[] ROLES = { "caller", "I/O", "SonarCallback", "other" };

    private static Map<String, Long> cpuByRole() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, Long> cpu = new HashMap<>();
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            String name = info.getThreadName();
            String role = name.equals("main") ? "caller" : name.startsWith("httpclient-dispatch") ? "I/O"
                    : name.contains("SonarCallback") || name.startsWith("pool-") ? "SonarCallback" : "other";
            long t = threads.getThreadCpuTime(info.getThreadId());
            if (t > 0) {
                cpu.merge(role, t, Long::sum);
            }
        }
        return cpu;
    }

    private static double median(List<double[]> values, int index) {
        double[] sorted = values.stream().mapToDouble(v -> v[index]).sorted().toArray();
        return sorted[sorted.length / 2];
    }

    private static Variant sonar(SimulatorProcess sim, int c, ExecutorService completions, boolean io) throws Exception {
        SonarComponent component = new SonarComponent();
        if (completions != null) {
            Field field = SonarComponent.class.getDeclaredField("completions");
            field.setAccessible(true);
            field.set(component, completions);
        }
        return new CamelSonarVariant(sim.baseUrl(), sim.token(), c, io, component);
    }

    /** One consumer thread draining a lock-free queue; it is unparked only when it parked, after spinning a while. */
    static final class SingleConsumer extends AbstractExecutorService {
        private final ConcurrentLinkedQueue<Runnable> queue = new ConcurrentLinkedQueue<>();
        private final Thread worker;
        private final long spinNanos;
        private volatile boolean parked;
        private volatile boolean stopped;

        SingleConsumer(long spinNanos) {
            this.spinNanos = spinNanos;
            worker = new Thread(this::drain, "SonarCallback-single");
            worker.setDaemon(true);
            worker.start();
        }

        private void drain() {
            while (!stopped) {
                Runnable task = queue.poll();
                if (task != null) {
                    task.run();
                    continue;
                }
                long until = System.nanoTime() + spinNanos;
                while (spinNanos > 0 && queue.isEmpty() && System.nanoTime() < until) {
                    Thread.onSpinWait();
                }
                if (queue.isEmpty()) {
                    parked = true;
                    if (queue.isEmpty() && !stopped) {
                        LockSupport.park(this);
                    }
                    parked = false;
                }
            }
        }

        @Override
        public void execute(Runnable task) {
            queue.offer(task);
            if (parked) {
                LockSupport.unpark(worker);
            }
        }

        @Override
        public void shutdown() {
            stopped = true;
            LockSupport.unpark(worker);
        }

        @Override
        public List<Runnable> shutdownNow() {
            shutdown();
            return new ArrayList<>(queue);
        }

        @Override
        public boolean isShutdown() {
            return stopped;
        }

        @Override
        public boolean isTerminated() {
            return stopped && !worker.isAlive();
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
            worker.join(unit.toMillis(timeout));
            return !worker.isAlive();
        }
    }
}
