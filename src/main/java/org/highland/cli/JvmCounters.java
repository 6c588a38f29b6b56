package org.highland.cli;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What {@code highland bench} reads from the JVM besides the clock: the current thread's CPU
 * time and bytes allocated, the time spent in garbage collection, the process's CPU time (its
 * worker and collector threads together) and a line saying which collector and heap the figures
 * were measured with. Counters the JVM does not offer read as 0.
 */
final class JvmCounters {
    private JvmCounters() {
    }

    static long threadCpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /** Bytes the current thread has allocated so far (HotSpot's counter), 0 where unavailable. */
    static long threadAllocatedBytes() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        if (threads instanceof com.sun.management.ThreadMXBean hotspot && hotspot.isThreadAllocatedMemorySupported()) {
            return hotspot.getThreadAllocatedBytes(Thread.currentThread().getId());
        }
        return 0;
    }

    /** Milliseconds all collectors have spent collecting since the JVM started (pauses and concurrent work). */
    static long gcMillis() {
        long total = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, gc.getCollectionTime());
        }
        return total;
    }

    /** CPU time of the whole process (every thread, collectors included), 0 where unavailable. */
    static long processCpuNanos() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean hotspot) {
            return Math.max(0, hotspot.getProcessCpuTime());
        }
        return 0;
    }

    /**
     * Whether the JVM collects with the parallel collector, as the launcher asks: it keeps the
     * firms' objects in the order of their arrays in memory, which the monthly sweep reads
     * fastest (G1, the JVM's default, scatters them).
     */
    static boolean usesParallelCollector() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().anyMatch(gc -> gc.getName().equals("PS Scavenge"));
    }

    /** The collectors, the maximum heap and the processors the JVM sees, e.g. to tell two bench runs apart. */
    static String describe() {
        List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
        String names = collectors.stream().map(GarbageCollectorMXBean::getName).collect(Collectors.joining(" + "));
        return String.format(Locale.ROOT, "%s, max heap %d MB, %d processors", names,
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
    }
}
