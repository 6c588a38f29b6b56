package org.highland.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.highland.scenario.Scenario;

/**
 * {@code bench --threads N}: rounds of N replications at once, each on its own thread. Besides
 * the round's wall-clock time (the parallel efficiency proper: one replication's time over the
 * time of N at once) it keeps what tells a loss's causes apart: the thread CPU time of each
 * replication (against one alone: slowdown through shared caches and memory bandwidth), the
 * time the collectors took, and the process's CPU time over the round's wall time, i.e. how many
 * cores the process actually had (on a machine shared with other work, fewer than N).
 */
final class ParallelBench {
    private ParallelBench() {
    }

    /**
     * The best round by wall time, with that round's mean thread CPU per replication, collector
     * time, cores used and the firm-months its replications simulated (each has its own seed, so
     * its own count: efficiencies compare rates, not times).
     */
    record Round(double wallMillis, double cpuMillisPerReplication, double gcMillis, double coresUsed, long firmMonths) {
        /** Firm-months per second of wall-clock time, all the round's replications together. */
        double firmMonthsPerSecond() {
            return firmMonths / (wallMillis / 1000.0);
        }

        /** Firm-months per second of thread CPU time, over the round's replications. */
        double firmMonthsPerCpuSecond(int threads) {
            return firmMonths / (cpuMillisPerReplication * threads / 1000.0);
        }
    }

    static Round best(Scenario scenario, double scale, int threads, int rounds) throws InterruptedException, ExecutionException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            Round best = null;
            for (int round = 0; round < rounds; round++) {
                List<Future<ScaleBench.Timing>> runs = new ArrayList<>();
                long gc0 = JvmCounters.gcMillis();
                long process0 = JvmCounters.processCpuNanos();
                long t0 = System.nanoTime();
                for (int t = 0; t < threads; t++) {
                    int replication = 1 + t;
                    runs.add(pool.submit(() -> ScaleBench.time(scenario, scale, replication)));
                }
                double cpuMillis = 0;
                long firmMonths = 0;
                for (Future<ScaleBench.Timing> run : runs) {
                    ScaleBench.Timing done = run.get();
                    cpuMillis += done.cpuMillis();
                    firmMonths += done.firmMonths();
                }
                long wallNanos = System.nanoTime() - t0;
                Round r = new Round(wallNanos / 1e6, cpuMillis / threads, JvmCounters.gcMillis() - gc0,
                        (double) (JvmCounters.processCpuNanos() - process0) / wallNanos, firmMonths);
                if (best == null || r.wallMillis < best.wallMillis) {
                    best = r;
                }
            }
            return best;
        } finally {
            pool.shutdownNow();
        }
    }
}
