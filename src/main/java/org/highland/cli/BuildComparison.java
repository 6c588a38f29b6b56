package org.highland.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/**
 * {@code bench --against}: this build against another, replication by replication. On a shared
 * machine two replications of the same code a few seconds apart can differ by a third in CPU
 * time, so separate runs of two builds cannot tell a 10 % change from the noise. Here each pair
 * runs the same replication twice with each build back to back in one JVM, in the order A B B A
 * (in turn which build is A), so the order and a drift favour neither: the noise the four runs
 * share cancels. What a JVM compiled does not: two copies of the same code in one JVM can run at
 * persistently different speeds, so the pairs run in several JVMs (forks, as JMH does) and the
 * interval is taken over the forks' means.
 */
final class BuildComparison {
    private static final double CONFIDENCE = 0.95;
    private static final Pattern PAIR_RATIO = Pattern.compile("^pair .* ratio ([0-9.]+)$");
    private static final String SAME_WORK = "both builds simulated the same firm-months";

    private BuildComparison() {
    }

    /** This build's CPU time per firm-month over the other's, as a geometric mean with its interval. */
    record Ratio(double mean, double low, double high, int units, String unit) {
        /** Over pairs of one JVM: its interval leaves out the variation between JVMs. */
        static Ratio ofPairs(double[] ratios) {
            double[] logs = new double[ratios.length];
            for (int i = 0; i < ratios.length; i++) {
                logs[i] = Math.log(ratios[i]);
            }
            return ofLogs(logs, "pairs");
        }

        /** Over forks: each fork's mean log-ratio is one observation. */
        static Ratio ofForks(List<double[]> ratiosByFork) {
            double[] forkMeans = new double[ratiosByFork.size()];
            for (int f = 0; f < forkMeans.length; f++) {
                SummaryStatistics logs = new SummaryStatistics();
                for (double r : ratiosByFork.get(f)) {
                    logs.addValue(Math.log(r));
                }
                forkMeans[f] = logs.getMean();
            }
            return ofLogs(forkMeans, "forks");
        }

        /** Mean and Student's t interval of log-ratios, back on the ratio scale; none from one value. */
        private static Ratio ofLogs(double[] logs, String unit) {
            SummaryStatistics stats = new SummaryStatistics();
            for (double l : logs) {
                stats.addValue(l);
            }
            int n = logs.length;
            double mean = Math.exp(stats.getMean());
            if (n < 2) {
                return new Ratio(mean, Double.NaN, Double.NaN, n, unit);
            }
            double t = new TDistribution(n - 1).inverseCumulativeProbability(0.5 + CONFIDENCE / 2);
            double half = t * stats.getStandardDeviation() / Math.sqrt(n);
            return new Ratio(mean, Math.exp(stats.getMean() - half), Math.exp(stats.getMean() + half), n, unit);
        }

        String verdict() {
            if (units < 2) {
                return "one of " + unit + " gives no interval; run at least 2";
            }
            if (high < 1) {
                return String.format(Locale.ROOT, "this build is faster (it takes %.0f %% of the other's time)", 100 * mean);
            }
            if (low > 1) {
                return String.format(Locale.ROOT, "this build is slower (it takes %.0f %% of the other's time)", 100 * mean);
            }
            return "the two cannot be told apart at this number of " + unit + " (the interval holds 1)";
        }

        /** One line: the ratio, its interval, what it was taken over ({@code detail} after the count) and the verdict. */
        String summary(String detail) {
            String interval = units < 2 ? "" : String.format(Locale.ROOT, " (%.0f %% interval %.3f-%.3f)", 100 * CONFIDENCE, low, high);
            return String.format(Locale.ROOT, "CPU time per firm-month, this build / the other: %.3f%s over %d %s%s; %s",
                    mean, interval, units, unit, detail, verdict());
        }
    }

    /** What a run of the two builds asks for: {@code scenarioFile} null for the built-in defaults. */
    record Request(Path against, Path scenarioFile, double scale, int pairs, int forks) {
    }

    /**
     * Runs {@code request.forks()} JVMs of {@code request.pairs()} pairs each and reports the ratio
     * over the forks; with no forks, runs the pairs in this JVM (what a fork does), all with the
     * scenario's {@code seed}.
     */
    static void report(long seed, Request request, PrintWriter out) {
        if (request.forks() == 0) {
            Ratio ratio = Ratio.ofPairs(pairsHere(LoadedBuild.load(thisBuild(), request.scenarioFile()),
                    LoadedBuild.load(request.against(), request.scenarioFile()), seed, request.scale(), request.pairs(), out));
            out.println("against:    " + ratio.summary(" in one JVM (its interval leaves out the variation between JVMs)"));
            return;
        }
        LoadedBuild.load(request.against(), request.scenarioFile()); // a bad build is refused before any fork starts
        List<double[]> byFork = new ArrayList<>();
        boolean sameWork = true;
        for (int f = 1; f <= request.forks(); f++) {
            Fork fork = runFork(request, f, out);
            byFork.add(fork.ratios);
            sameWork &= fork.sameWork;
        }
        out.println("against:    " + Ratio.ofForks(byFork).summary(" of " + request.pairs() + " pairs each"));
        out.println(workLine(sameWork));
    }

    private record Fork(double[] ratios, boolean sameWork) {
    }

    private static String workLine(boolean sameWork) {
        return sameWork ? "work:       " + SAME_WORK + " in every pair (their results most likely agree)"
                : "work:       the builds simulated different firm-months (their results differ); compared per firm-month";
    }

    /** One fork: this JVM's java, options and class path, running the pairs with {@code --forks 0}. */
    private static Fork runFork(Request request, int index, PrintWriter out) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            // Heap, collector and VM flags carry over; agents and recordings stay with the parent.
            if (option.startsWith("-X") && !option.startsWith("-XX:StartFlightRecording")) {
                command.add(option);
            }
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), HighlandCommand.class.getName(), "bench",
                "--against", request.against().toString(), "--scale", Double.toString(request.scale()),
                "--replications", Integer.toString(request.pairs()), "--forks", "0"));
        if (request.scenarioFile() != null) {
            command.addAll(List.of("--scenario", request.scenarioFile().toString()));
        }
        List<Double> ratios = new ArrayList<>();
        boolean sameWork = false;
        List<String> lines = new ArrayList<>();
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                    Matcher pair = PAIR_RATIO.matcher(line);
                    if (pair.matches()) {
                        ratios.add(Double.parseDouble(pair.group(1)));
                        out.printf(Locale.ROOT, "fork %d %s%n", index, line);
                        out.flush();
                    }
                    sameWork |= line.contains(SAME_WORK);
                }
            }
            int exit = process.waitFor();
            if (exit != 0 || ratios.size() != request.pairs()) {
                throw new IllegalStateException("fork " + index + " of bench --against ended with exit code " + exit
                        + " after " + ratios.size() + " of " + request.pairs() + " pairs:\n" + String.join("\n", lines));
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not start fork " + index + " of bench --against: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while fork " + index + " of bench --against ran", e);
        }
        return new Fork(ratios.stream().mapToDouble(Double::doubleValue).toArray(), sameWork);
    }

    /**
     * The pairs in this JVM, each printed as it ends; returns their ratios. This build is loaded
     * afresh beside the other, so neither runs from the class path that the bench itself uses.
     */
    private static double[] pairsHere(LoadedBuild mine, LoadedBuild other, long seed, double scale, int pairs, PrintWriter out) {
        // Warm-up: each build's code compiled before any timed replication.
        mine.replicate(scale, seed, 0);
        other.replicate(scale, seed, 0);
        double[] ratios = new double[pairs];
        boolean sameWork = true;
        for (int k = 1; k <= pairs; k++) {
            // A B B A: whatever the order costs, and a drift within the pair, falls on both builds alike.
            boolean thisFirst = k % 2 == 1;
            LoadedBuild outer = thisFirst ? mine : other;
            LoadedBuild inner = thisFirst ? other : mine;
            Timed outerFirst = time(outer, scale, seed, k);
            Timed innerBoth = time(inner, scale, seed, k).plus(time(inner, scale, seed, k));
            Timed outerBoth = outerFirst.plus(time(outer, scale, seed, k));
            Timed ours = thisFirst ? outerBoth : innerBoth;
            Timed theirs = thisFirst ? innerBoth : outerBoth;
            sameWork &= ours.firmMonths == theirs.firmMonths;
            ratios[k - 1] = ours.nanosPerFirmMonth() / theirs.nanosPerFirmMonth();
            out.printf(Locale.ROOT, "pair %2d:    this build %8.0f ms, other %8.0f ms of thread CPU time (mean of two each, %s);"
                    + " ratio %.4f%n", k, ours.cpuNanos / 2e6, theirs.cpuNanos / 2e6,
                    thisFirst ? "this, other, other, this" : "other, this, this, other", ratios[k - 1]);
            out.flush();
        }
        out.println(workLine(sameWork));
        return ratios;
    }

    private record Timed(long cpuNanos, long firmMonths) {
        Timed plus(Timed other) {
            return new Timed(cpuNanos + other.cpuNanos, firmMonths + other.firmMonths);
        }

        double nanosPerFirmMonth() {
            return (double) cpuNanos / Math.max(1, firmMonths);
        }
    }

    private static Timed time(LoadedBuild build, double scale, long seed, int replication) {
        System.gc();
        long cpu0 = JvmCounters.threadCpuNanos();
        long firmMonths = build.replicate(scale, seed, replication);
        return new Timed(JvmCounters.threadCpuNanos() - cpu0, firmMonths);
    }

    /** Where this build's classes come from: its jar, or its classes folder. */
    static Path thisBuild() {
        CodeSource source = BuildComparison.class.getProtectionDomain().getCodeSource();
        if (source == null) {
            throw new IllegalStateException("cannot tell where this build's classes come from (no code source)");
        }
        try {
            return Path.of(source.getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot tell where this build's classes come from: " + e, e);
        }
    }
}
