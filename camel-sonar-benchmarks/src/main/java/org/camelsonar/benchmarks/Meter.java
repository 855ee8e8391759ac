package org.camelsonar.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * What one measured run cost the benchmark JVM (the simulator runs in another): process CPU, the threads that did
 * work, the peak heap, and the bytes allocated.
 * <p>
 * <b>Threads used</b> counts the distinct application threads whose CPU time grew by at least 1 ms during the run
 * (JVM-internal threads excluded; the caller's thread, which drives the calls, counts in every variant), so idle
 * pool threads do not count and a thread per call in flight does. <b>Peak heap</b> is the sum of the heap pools' peak usage after a full GC and a reset
 * of the peaks; the young generation has a fixed size (-Xmn), so differences come from what a variant keeps and
 * promotes. <b>Allocated</b> sums {@code getThreadAllocatedBytes} over the threads alive at the end of the run.
 */
final class Meter {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.ThreadMXBean SUN_THREADS = (com.sun.management.ThreadMXBean) THREADS;
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final Set<String> JVM_THREADS = Set.of("Reference Handler", "Finalizer", "Signal Dispatcher",
            "Common-Cleaner", "Attach Listener", "Notification Thread", "process reaper", "DestroyJavaVM");

    static {
        if (THREADS.isThreadCpuTimeSupported()) {
            THREADS.setThreadCpuTimeEnabled(true);
        }
        SUN_THREADS.setThreadAllocatedMemoryEnabled(true);
    }

    private final long startNanos;
    private final long startCpu;
    private final Map<Long, Long> cpuBefore;
    private final Map<Long, Long> allocBefore;
    private final int liveBefore;

    private Meter() {
        cpuBefore = threadCpu();
        allocBefore = threadAlloc();
        liveBefore = THREADS.getThreadCount();
        THREADS.resetPeakThreadCount();
        startCpu = OS.getProcessCpuTime();
        startNanos = System.nanoTime();
    }

    /** A full GC, peaks reset, then the clock starts. */
    static Meter start() {
        System.gc();
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
        return new Meter();
    }

    Usage stop() {
        long wall = System.nanoTime() - startNanos;
        long cpu = OS.getProcessCpuTime() - startCpu;
        long peakHeap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peakHeap += pool.getPeakUsage().getUsed();
            }
        }
        Map<Long, Long> cpuAfter = threadCpu();
        Map<Long, Long> allocAfter = threadAlloc();
        int workers = 0;
        for (Map.Entry<Long, Long> e : cpuAfter.entrySet()) {
            long delta = e.getValue() - cpuBefore.getOrDefault(e.getKey(), 0L);
            if (delta >= 1_000_000L) {
                workers++;
            }
        }
        long allocated = 0;
        for (Map.Entry<Long, Long> e : allocAfter.entrySet()) {
            allocated += e.getValue() - allocBefore.getOrDefault(e.getKey(), 0L);
        }
        int peakThreads = THREADS.getPeakThreadCount() - liveBefore;
        return new Usage(wall, cpu, workers, Math.max(0, peakThreads), peakHeap, allocated);
    }

    private static Map<Long, Long> threadCpu() {
        Map<Long, Long> result = new HashMap<>();
        for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (info == null || JVM_THREADS.contains(info.getThreadName())
                || info.getThreadName().startsWith("benchmark-")) {
                continue;
            }
            long cpu = THREADS.getThreadCpuTime(info.getThreadId());
            if (cpu >= 0) {
                result.put(info.getThreadId(), cpu);
            }
        }
        return result;
    }

    private static Map<Long, Long> threadAlloc() {
        long[] ids = THREADS.getAllThreadIds();
        long[] bytes = SUN_THREADS.getThreadAllocatedBytes(ids);
        Map<Long, Long> result = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            if (bytes[i] >= 0) {
                result.put(ids[i], bytes[i]);
            }
        }
        return result;
    }

    /** One run's figures. */
    record Usage(long wallNanos, long cpuNanos, int threadsWorking, int peakNewThreads, long peakHeapBytes,
                 long allocatedBytes) {
    }
}
