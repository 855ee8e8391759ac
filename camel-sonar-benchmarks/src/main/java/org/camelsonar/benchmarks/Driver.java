package org.camelsonar.benchmarks;

import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Keeps exactly {@code concurrency} calls in flight from the calling thread until {@code n} have finished, the same
 * way for every variant: a permit is taken before a call starts and given back when it ends.
 */
final class Driver {

    private Driver() {
    }

    static Outcome run(Variant variant, int n, int concurrency, int offset) throws InterruptedException {
        Semaphore permits = new Semaphore(concurrency);
        CountDownLatch finished = new CountDownLatch(n);
        AtomicInteger errors = new AtomicInteger();
        AtomicReference<Throwable> firstError = new AtomicReference<>();
        long[] latencies = new long[n];
        for (int i = 0; i < n; i++) {
            permits.acquire();
            final int index = i;
            final long started = System.nanoTime();
            variant.call(offset + i, new Variant.Done() {
                @Override
                public void ok() {
                    latencies[index] = System.nanoTime() - started;
                    permits.release();
                    finished.countDown();
                }

                @Override
                public void failed(Throwable cause) {
                    latencies[index] = System.nanoTime() - started;
                    errors.incrementAndGet();
                    firstError.compareAndSet(null, cause);
                    permits.release();
                    finished.countDown();
                }
            });
        }
        if (!finished.await(10, TimeUnit.MINUTES)) {
            throw new IllegalStateException("calls did not finish");
        }
        return new Outcome(errors.get(), firstError.get(), latencies);
    }

    record Outcome(int errors, Throwable firstError, long[] latencies) {
        double percentileMillis(double p) {
            long[] sorted = latencies.clone();
            Arrays.sort(sorted);
            int index = (int) Math.min(sorted.length - 1, Math.ceil(p / 100.0 * sorted.length) - 1);
            return sorted[Math.max(0, index)] / 1e6;
        }
    }
}
