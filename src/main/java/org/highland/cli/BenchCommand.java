package org.highland.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import org.apache.commons.math3.stat.descriptive.rank.Median;
import org.highland.run.HighlandSim;
import org.highland.scenario.Scenario;
import org.highland.scenario.Scenarios;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * {@code highland bench}: times full replications on one thread and reports firm-months and
 * project-months per second, ms per replication and heap per firm; in the same run, interleaved
 * with the model's replications, the lean reference ({@link LeanReference}) over the model's mean
 * firm count and an empty MASON loop, so the ratios stand even on a busy machine. With
 * {@code --threads N} it also runs N replications at once and reports the parallel efficiency
 * (one replication's time over the time of N at once); {@code --profile} prints the top methods
 * of a JFR recording of the timed replications. Besides wall-clock time it reports the thread's
 * CPU time, which a machine shared with other work disturbs less; {@code --instructions} counts
 * instructions instead ({@link InstructionCount}), which the machine's load does not move.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure firm-months and project-months per second, ms per replication, heap per firm and parallel"
                + " efficiency, against a lean MASON reference and an empty MASON loop in the same run.")
public final class BenchCommand implements Callable<Integer> {
    private static final int PROFILE_TOP = 15;

    @Spec
    CommandSpec spec;

    @Option(names = "--scenario", defaultValue = "scenarios/baseline.yaml", description = "Scenario (default: ${DEFAULT-VALUE}; built-in defaults if absent).")
    Path scenarioFile;

    @Option(names = "--scale", defaultValue = "1.0", description = "Share of real firms simulated, in (0, 1] (default: ${DEFAULT-VALUE}).")
    double scale;

    @Option(names = "--replications", defaultValue = "3", description = "Timed replications after one warm-up (default: ${DEFAULT-VALUE}).")
    int replications;

    @Option(names = "--threads", defaultValue = "1",
            description = "Also time this many replications at once and report the parallel efficiency (default: ${DEFAULT-VALUE}: skip).")
    int threads;

    @Option(names = "--profile", description = "Record the timed replications with Java Flight Recorder and print the top methods.")
    boolean profile;

    @Option(names = "--scales", split = ",", paramLabel = "SCALE",
            description = "Instead: time one replication at each of these scales in turn, --replications rounds, and report"
                    + " how far the slowest scale's firm-months per CPU second fall below the fastest's (e.g. 0.1,0.3,1;"
                    + " default: none, one scale as --scale says).")
    double[] scales;

    @Option(names = "--against", paramLabel = "BUILD",
            description = "Instead: time this build against another (its highland.jar or target/classes folder),"
                    + " --replications pairs (an even number; default 4 here) of the same replication run A B B A in each of"
                    + " --forks JVMs, and report the ratio of CPU time per firm-month with its 95 %% interval (default: none).")
    Path against;

    @Option(names = "--instructions",
            description = "Instead: count the instructions of 1 + --replications replications (default 2 here) under valgrind's"
                    + " callgrind, per firm-month and by compiled method, and the lean reference's per firm-month: a measure the"
                    + " machine's load does not move (some 50 times slower than a timed run; needs valgrind).")
    boolean instructions;

    @Option(names = "--forks", defaultValue = "4",
            description = "With --against: run the pairs in this many fresh JVMs, each with --replications pairs, and take the"
                    + " interval over the JVMs (two copies of the same code in one JVM can run at different speeds); 0: the pairs"
                    + " in this JVM alone (default: ${DEFAULT-VALUE}).")
    int forks;

    @Override
    public Integer call() throws InterruptedException, ExecutionException {
        if (!(scale > 0 && scale <= 1) || replications < 1 || threads < 1) {
            throw new BadInputException("--scale " + scale + ", --replications " + replications + ", --threads " + threads
                    + ": expected a scale in (0, 1], at least 1 replication and 1 thread. Fix: e.g. --scale 0.1 --replications 3.");
        }
        // Only the default file may be absent (a checkout without scenarios/); a named one must exist.
        boolean named = spec.commandLine().getParseResult().hasMatchedOption("--scenario");
        boolean fromFile = named || Files.exists(scenarioFile);
        Scenario scenario = fromFile ? Scenarios.load(scenarioFile, List.of()) : Scenarios.defaults();
        var out = spec.commandLine().getOut();
        if (against != null) {
            BuildComparison.report(scenario.seed(), againstRequest(fromFile ? scenarioFile : null), out);
            return ExitCodes.OK;
        }
        if (spec.commandLine().getParseResult().hasMatchedOption("--forks")) {
            throw new BadInputException("--forks applies to bench --against only. Fix: add --against BUILD, or leave out --forks.");
        }
        if (instructions) {
            if (threads > 1 || profile || scales != null) {
                throw new BadInputException("--instructions counts replications one after another and cannot be combined with"
                        + " --threads, --profile or --scales. Fix: run bench --instructions alone, and the others in another bench.");
            }
            boolean countNamed = spec.commandLine().getParseResult().hasMatchedOption("--replications");
            InstructionCount.report(new InstructionCount.Request(fromFile ? scenarioFile : null, scale, countNamed ? replications : 2), out);
            return ExitCodes.OK;
        }
        if (scales != null) {
            boolean scaleNamed = spec.commandLine().getParseResult().hasMatchedOption("--scale");
            if (threads > 1 || profile || scaleNamed) {
                throw new BadInputException("--scales times one replication per scale in turn and cannot be combined with"
                        + " --scale, --threads or --profile. Fix: run bench --scales alone, and the others in another bench.");
            }
            for (double s : scales) {
                if (!(s > 0 && s <= 1)) {
                    throw new BadInputException("--scales " + s + ": expected scales in (0, 1]. Fix: e.g. --scales 0.1,0.3,1.");
                }
            }
            ScaleBench.report(scenario, scales, replications, out);
            return ExitCodes.OK;
        }
        int months = scenario.time().months();
        Measurement warm = measure(scenario, 0);
        int meanFirms = (int) Math.max(1, warm.firmMonths / months);
        LeanReference.firmMonthsPerSecond(0, meanFirms, months);
        BenchProfiler profiler = profile ? new BenchProfiler() : null;
        double bestMs = Double.MAX_VALUE;
        double bestCpuMs = Double.MAX_VALUE;
        long[] firmMonths = new long[replications];
        long[] projectMonths = new long[replications];
        double[] millis = new double[replications];
        double[] cpuMillis = new double[replications];
        double referenceRate = 0;
        double referenceCpuRate = 0;
        Measurement last = warm;
        double heapPerFirm = 0;
        double gcMs = 0;
        double allocatedMb = 0;
        double[] roundRatios = new double[replications];
        for (int k = 1; k <= replications; k++) {
            last = measure(scenario, k);
            bestMs = Math.min(bestMs, last.millis);
            bestCpuMs = Math.min(bestCpuMs, last.cpuMillis);
            firmMonths[k - 1] = last.firmMonths;
            projectMonths[k - 1] = last.projectMonths;
            millis[k - 1] = last.millis;
            cpuMillis[k - 1] = last.cpuMillis;
            heapPerFirm = Math.max(heapPerFirm, last.heapPerFirm);
            gcMs += last.gcMillis / replications;
            allocatedMb += last.allocatedMegabytes / replications;
            LeanReference.Rates reference = LeanReference.firmMonthsPerSecond(k, meanFirms, months);
            referenceRate = Math.max(referenceRate, reference.wall());
            referenceCpuRate = Math.max(referenceCpuRate, reference.cpu());
            roundRatios[k - 1] = perSecond(last.firmMonths, last.cpuMillis) / reference.cpu();
        }
        double emptyMs = emptyLoop(meanFirms, months);
        double rate = bestRate(firmMonths, millis);
        double cpuRate = bestRate(firmMonths, cpuMillis);
        double projectRate = bestRate(projectMonths, millis);
        out.printf(Locale.ROOT, "scenario %s, scale %.3f, %d months; the last replication: %d firms at the end, %d firm-months,"
                + " %d project-months%n", scenario.name(), scale, months, last.firms, last.firmMonths, last.projectMonths);
        out.printf(Locale.ROOT, "model:      %10.0f ms per replication (best of %d), %12.0f firm-months/s, %12.0f project-months/s"
                        + " (best replication's), %7.0f bytes heap per firm%n",
                bestMs, replications, rate, projectRate, heapPerFirm);
        out.printf(Locale.ROOT, "model CPU:  %10.0f ms of thread CPU time per replication, %12.0f firm-months per CPU second%n",
                bestCpuMs, cpuRate);
        out.printf(Locale.ROOT, "model JVM:  %10.0f ms in garbage collection and %.1f MB allocated per replication (mean); %s%n",
                gcMs, allocatedMb, JvmCounters.describe());
        if (!JvmCounters.usesParallelCollector()) {
            out.println("note:       the collector is not the launcher's parallel one (-XX:+UseParallelGC); with G1, the"
                    + " JVM's default, the firms lie scattered in memory and a full-scale replication measured 20-25 % slower:"
                    + " run ./highland bench");
        }
        out.printf(Locale.ROOT, "reference:  lean MASON loop over %d firms with %d countdown projects each, %12.0f firm-months/s,"
                + " %12.0f per CPU second (best of %d, interleaved); model / reference throughput: %.3g (CPU time: %.3g)%n",
                meanFirms, 6, referenceRate, referenceCpuRate, replications, rate / referenceRate, cpuRate / referenceCpuRate);
        out.println(roundByRound(roundRatios));
        double emptyRate = perSecond((long) meanFirms * months, emptyMs);
        out.printf(Locale.ROOT, "empty loop: %10.1f ms per replication, %12.0f agent-months/s%n", emptyMs, emptyRate);
        out.printf(Locale.ROOT, "model cost / empty-loop cost: %.1f (per firm-month)%n", emptyRate / rate);
        if (threads > 1) {
            ParallelBench.Round round = ParallelBench.best(scenario, scale, threads, replications);
            // Rates, not times: the round's replications and the one timed alone differ in firm-months.
            double parallel = round.firmMonthsPerSecond() / (threads * rate);
            double cpu = round.firmMonthsPerCpuSecond(threads) / cpuRate;
            out.printf(Locale.ROOT, "threads:    %d replications at once in %.0f ms (best of %d), %.0f firm-months/s against %.0f for"
                    + " one alone: parallel efficiency %.0f %%%n", threads, round.wallMillis(), replications,
                    round.firmMonthsPerSecond(), rate, 100.0 * parallel);
            out.printf(Locale.ROOT, "            in that round: %.0f ms of thread CPU time per replication against %.0f ms alone"
                    + " (CPU efficiency, by firm-months per CPU second: %.0f %%), %.0f ms in garbage collection, %.2f of %d cores"
                    + " used by this process%s%n",
                    round.cpuMillisPerReplication(), bestCpuMs, 100.0 * cpu, round.gcMillis(), round.coresUsed(), threads,
                    round.coresUsed() < threads - 0.1 ? " (other work on the machine had the rest)" : "");
        }
        if (profiler != null) {
            try (profiler) {
                profiler.report(out, PROFILE_TOP);
            }
        }
        return ExitCodes.OK;
    }

    /** What {@code --against} asks for, checked: alone, an even number of pairs (default 4), forks 0 or more. */
    private BuildComparison.Request againstRequest(Path scenarioOrDefaults) {
        if (threads > 1 || profile || scales != null || instructions) {
            throw new BadInputException("--against times two builds replication by replication and cannot be combined with"
                    + " --threads, --profile, --scales or --instructions. Fix: run bench --against alone, and the others in another bench.");
        }
        boolean pairsNamed = spec.commandLine().getParseResult().hasMatchedOption("--replications");
        int pairs = pairsNamed ? replications : 4;
        if (pairs % 2 != 0) {
            throw new BadInputException("--replications " + replications + " with --against: expected an even number of"
                    + " pairs, so that each build runs first and last in as many pairs as the other (the order alone"
                    + " moved the time by some 15 % on a shared machine). Fix: e.g. --replications 4.");
        }
        if (forks < 0) {
            throw new BadInputException("--forks " + forks + ": expected 0 (the pairs in this JVM) or more JVMs. Fix: e.g. --forks 4.");
        }
        return new BuildComparison.Request(against, scenarioOrDefaults, scale, pairs, forks);
    }

    /**
     * The model's throughput over the reference's, CPU time, round by round (each replication
     * against the reference run right after it): its median and range say how far the machine's
     * noise moves the ratio, so a difference between two builds inside that range proves nothing.
     */
    static String roundByRound(double[] ratios) {
        if (ratios.length == 1) {
            return String.format(Locale.ROOT, "rounds:     model / reference (CPU time): %.3g in one round; the machine's noise"
                    + " needs more rounds to judge (--replications 3 or more)", ratios[0]);
        }
        double[] sorted = ratios.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "rounds:     model / reference (CPU time) round by round: median %.3g, range %.3g-%.3g over %d"
                        + " rounds; a difference between two builds within the range is noise",
                new Median().evaluate(sorted), sorted[0], sorted[sorted.length - 1], sorted.length);
    }

    /** Events per second of {@code count} events in {@code millis} milliseconds. */
    private static double perSecond(long count, double millis) {
        return count / (millis / 1000.0);
    }

    /**
     * The highest of the replications' rates, each its own count over its own time. Each
     * replication has its own seed and so its own number of firm-months: one replication's count
     * over another's (shortest) time would overstate the rate.
     */
    static double bestRate(long[] counts, double[] millis) {
        double best = 0;
        for (int i = 0; i < counts.length; i++) {
            best = Math.max(best, perSecond(counts[i], millis[i]));
        }
        return best;
    }

    private record Measurement(double millis, double cpuMillis, long firmMonths, long projectMonths, double heapPerFirm, int firms,
                               double gcMillis, double allocatedMegabytes) {
    }

    private Measurement measure(Scenario scenario, int replication) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        long cpu0 = JvmCounters.threadCpuNanos();
        long allocated0 = JvmCounters.threadAllocatedBytes();
        long gc0 = JvmCounters.gcMillis();
        long t0 = System.nanoTime();
        HighlandSim sim = new HighlandSim(scenario, scale, scenario.seed(), replication);
        sim.start();
        sim.runToEnd();
        double ms = (System.nanoTime() - t0) / 1e6;
        double cpuMs = (JvmCounters.threadCpuNanos() - cpu0) / 1e6;
        double allocatedMb = (JvmCounters.threadAllocatedBytes() - allocated0) / 1e6;
        long gcMs = JvmCounters.gcMillis() - gc0;
        System.gc();
        long after = memory.getHeapMemoryUsage().getUsed();
        int firms = sim.world().totalFirms();
        double perFirm = firms > 0 ? (double) (after - before) / firms : 0;
        long firmMonths = sim.world().firmMonths();
        long projectMonths = sim.world().projectMonths();
        sim.finish();
        return new Measurement(ms, cpuMs, firmMonths, projectMonths, perFirm, firms, gcMs, allocatedMb);
    }
    /** The same number of agents stepped by a MASON schedule, each doing nothing. */
    private static double emptyLoop(int agents, int months) {
        Steppable[] agent = new Steppable[agents];
        for (int i = 0; i < agents; i++) {
            agent[i] = new Steppable() {
                private static final long serialVersionUID = 1L;

                @Override
                public void step(SimState state) {
                }
            };
        }
        double best = Double.MAX_VALUE;
        for (int trial = 0; trial < 3; trial++) {
            SimState state = new SimState(1);
            state.start();
            state.schedule.scheduleRepeating(0.0, 0, (Steppable) s -> {
                for (Steppable a : agent) {
                    a.step(s);
                }
            }, 1.0);
            long t0 = System.nanoTime();
            while (state.schedule.getSteps() < months) {
                state.schedule.step(state);
            }
            best = Math.min(best, (System.nanoTime() - t0) / 1e6);
            state.finish();
        }
        return best;
    }
}
