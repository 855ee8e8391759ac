package org.camelsonar.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The peak of the live heap during a run: a thread forces a full GC every {@code periodMillis} and reads the heap in
 * use right after it, i.e. what the application really holds at that moment, without the garbage a fixed young
 * generation adds to a pool's peak. The forced collections slow the run: time a run without it.
 */
final class LiveHeapSampler implements AutoCloseable {

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private final Thread thread;
    private final CountDownLatch stop = new CountDownLatch(1);
    private final List<Long> samples = new ArrayList<>();

    LiveHeapSampler(long periodMillis) {
        // named benchmark-*: Meter leaves it out of the threads and CPU of the variant
        thread = new Thread(() -> {
            try {
                while (!stop.await(periodMillis, TimeUnit.MILLISECONDS)) {
                    sample();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "benchmark-heap-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    private synchronized void sample() {
        System.gc();
        samples.add(MEMORY.getHeapMemoryUsage().getUsed());
    }

    synchronized long peakBytes() {
        return samples.stream().mapToLong(Long::longValue).max().orElse(0);
    }

    synchronized long medianBytes() {
        long[] sorted = samples.stream().mapToLong(Long::longValue).sorted().toArray();
        return sorted.length == 0 ? 0 : sorted[sorted.length / 2];
    }

    synchronized int samples() {
        return samples.size();
    }

    @Override
    public void close() throws InterruptedException {
        stop.countDown();
        thread.join();
    }
}
