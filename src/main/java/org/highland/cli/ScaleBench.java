package org.highland.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.Locale;
import org.highland.run.HighlandSim;
import org.highland.scenario.Scenario;

/**
 * {@code bench --scales 0.1,0.3,1}: whether a firm-month costs the same at every scale. Each
 * round times one replication at each scale in turn, so a machine whose speed drifts from minute
 * to minute slows all scales of a round alike; after a warm-up replication per scale it reports,
 * per scale, the best thread CPU time and firm-months per CPU second over the rounds, and how far
 * the slowest scale falls below the fastest, by the best rates and round by round.
 */
final class ScaleBench {
    private ScaleBench() {
    }

    static void report(Scenario scenario, double[] scales, int rounds, PrintWriter out) {
        int n = scales.length;
        long[] firmMonths = new long[n];
        double[] bestCpuMs = new double[n];
        double[][] rate = new double[rounds][n];
        for (int s = 0; s < n; s++) {
            bestCpuMs[s] = Double.MAX_VALUE;
            time(scenario, scales[s], 0);
        }
        for (int round = 0; round < rounds; round++) {
            for (int s = 0; s < n; s++) {
                Timing t = time(scenario, scales[s], round + 1);
                firmMonths[s] = t.firmMonths();
                bestCpuMs[s] = Math.min(bestCpuMs[s], t.cpuMillis());
                rate[round][s] = t.firmMonths() / (t.cpuMillis() / 1000.0);
            }
        }
        double[] bestRate = new double[n];
        for (int s = 0; s < n; s++) {
            bestRate[s] = firmMonths[s] / (bestCpuMs[s] / 1000.0);
            out.printf(Locale.ROOT, "scale %-6s %10.0f ms of thread CPU time per replication (best of %d), %12.0f firm-months"
                    + " per CPU second, %d firm-months%n", BigDecimal.valueOf(scales[s]).stripTrailingZeros().toPlainString(),
                    bestCpuMs[s], rounds, bestRate[s], firmMonths[s]);
        }
        StringBuilder byRound = new StringBuilder();
        for (int round = 0; round < rounds; round++) {
            byRound.append(round == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.0f %%", 100 * shortfall(rate[round])));
        }
        out.printf(Locale.ROOT, "scales:     the slowest scale's firm-months per CPU second are %.0f %% below the fastest's"
                + " (best rates; round by round: %s)%n", 100 * shortfall(bestRate), byRound);
    }

    /** How far the lowest rate falls below the highest, as a share of the highest. */
    static double shortfall(double[] rates) {
        double low = Double.MAX_VALUE;
        double high = 0;
        for (double r : rates) {
            low = Math.min(low, r);
            high = Math.max(high, r);
        }
        return high > 0 ? 1.0 - low / high : 0;
    }

    /** One replication's thread CPU time and the firm-months it simulated. */
    record Timing(double cpuMillis, long firmMonths) {
    }

    /** Runs one replication on this thread and times it ({@link ParallelBench} runs several at once). */
    static Timing time(Scenario scenario, double scale, int replication) {
        long cpu0 = JvmCounters.threadCpuNanos();
        HighlandSim sim = new HighlandSim(scenario, scale, scenario.seed(), replication);
        sim.start();
        sim.runToEnd();
        Timing t = new Timing((JvmCounters.threadCpuNanos() - cpu0) / 1e6, sim.world().firmMonths());
        sim.finish();
        return t;
    }
}
