package org.highland.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.highland.run.HighlandSim;
import org.highland.scenario.Scenario;

/**
 * {@code bench --against}: this build against another, in one JVM, replication by replication.
 * On a shared machine two replications of the same code a few seconds apart can differ by a
 * third in CPU time, so separate runs of two builds cannot tell a 10 % change from the noise.
 * Here each pair runs the same replication with both builds back to back (in turn first, so a
 * drift favours neither), and the pairs' ratios of CPU time per firm-month give an interval:
 * the noise the pairs share cancels, the rest shows in the interval's width.
 */
final class BuildComparison {
    private static final double CONFIDENCE = 0.95;

    private BuildComparison() {
    }

    /** This build's CPU time per firm-month over the other's, as a geometric mean with its interval. */
    record Ratio(double mean, double low, double high, int pairs) {
        /** Log-ratios' mean and Student's t interval, back on the ratio scale; no interval from one pair. */
        static Ratio of(double[] ratios) {
            SummaryStatistics logs = new SummaryStatistics();
            for (double r : ratios) {
                logs.addValue(Math.log(r));
            }
            int n = ratios.length;
            double mean = Math.exp(logs.getMean());
            if (n < 2) {
                return new Ratio(mean, Double.NaN, Double.NaN, n);
            }
            double t = new TDistribution(n - 1).inverseCumulativeProbability(0.5 + CONFIDENCE / 2);
            double half = t * logs.getStandardDeviation() / Math.sqrt(n);
            return new Ratio(mean, Math.exp(logs.getMean() - half), Math.exp(logs.getMean() + half), n);
        }

        String verdict() {
            if (pairs < 2) {
                return "one pair gives no interval; run at least 2 (--replications)";
            }
            if (high < 1) {
                return String.format(Locale.ROOT, "this build is faster (it takes %.0f %% of the other's time)", 100 * mean);
            }
            if (low > 1) {
                return String.format(Locale.ROOT, "this build is slower (it takes %.0f %% of the other's time)", 100 * mean);
            }
            return "the two cannot be told apart at this number of pairs (the interval holds 1)";
        }
    }

    static void report(Scenario scenario, OtherBuild other, double scale, int pairs, PrintWriter out) {
        long seed = scenario.seed();
        // Warm-up: each build's code compiled before any timed replication.
        runThis(scenario, scale, seed, 0);
        other.replicate(scale, seed, 0);
        double[] ratios = new double[pairs];
        boolean sameWork = true;
        for (int k = 1; k <= pairs; k++) {
            boolean thisFirst = k % 2 == 1;
            Timed mine;
            Timed theirs;
            if (thisFirst) {
                mine = timeThis(scenario, scale, seed, k);
                theirs = timeOther(other, scale, seed, k);
            } else {
                theirs = timeOther(other, scale, seed, k);
                mine = timeThis(scenario, scale, seed, k);
            }
            sameWork &= mine.firmMonths == theirs.firmMonths;
            ratios[k - 1] = mine.nanosPerFirmMonth() / theirs.nanosPerFirmMonth();
            out.printf(Locale.ROOT, "pair %2d:    this build %8.0f ms, other %8.0f ms of thread CPU time (%s first); ratio %.3f%n",
                    k, mine.cpuNanos / 1e6, theirs.cpuNanos / 1e6, thisFirst ? "this" : "other", ratios[k - 1]);
        }
        Ratio ratio = Ratio.of(ratios);
        out.printf(Locale.ROOT, "against:    CPU time per firm-month, this build / the other: %.3f%s over %d pairs; %s%n",
                ratio.mean(), pairs < 2 ? "" : String.format(Locale.ROOT, " (%.0f %% interval %.3f-%.3f)",
                        100 * CONFIDENCE, ratio.low(), ratio.high()), pairs, ratio.verdict());
        out.println(sameWork
                ? "work:       both builds simulated the same firm-months in every pair (their results most likely agree)"
                : "work:       the builds simulated different firm-months (their results differ); compared per firm-month");
    }

    private record Timed(long cpuNanos, long firmMonths) {
        double nanosPerFirmMonth() {
            return (double) cpuNanos / Math.max(1, firmMonths);
        }
    }

    private static Timed timeThis(Scenario scenario, double scale, long seed, int replication) {
        System.gc();
        long cpu0 = JvmCounters.threadCpuNanos();
        long firmMonths = runThis(scenario, scale, seed, replication);
        return new Timed(JvmCounters.threadCpuNanos() - cpu0, firmMonths);
    }

    private static Timed timeOther(OtherBuild other, double scale, long seed, int replication) {
        System.gc();
        long cpu0 = JvmCounters.threadCpuNanos();
        long firmMonths = other.replicate(scale, seed, replication);
        return new Timed(JvmCounters.threadCpuNanos() - cpu0, firmMonths);
    }

    private static long runThis(Scenario scenario, double scale, long seed, int replication) {
        HighlandSim sim = new HighlandSim(scenario, scale, seed, replication);
        sim.start();
        sim.runToEnd();
        long firmMonths = sim.world().firmMonths();
        sim.finish();
        return firmMonths;
    }
}
