package org.highland.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
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
 * {@code highland bench}: times full replications on one thread and, for comparison, an empty
 * MASON schedule loop stepping the same number of no-op agents for the same months.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure firm-months per second, ms per replication and heap per firm against an empty MASON loop.")
public final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--scenario", defaultValue = "scenarios/baseline.yaml", description = "Scenario (default: ${DEFAULT-VALUE}; built-in defaults if absent).")
    Path scenarioFile;

    @Option(names = "--scale", defaultValue = "1.0", description = "Share of real firms (default: ${DEFAULT-VALUE}).")
    double scale;

    @Option(names = "--replications", defaultValue = "3", description = "Timed replications after one warm-up (default: ${DEFAULT-VALUE}).")
    int replications;

    @Override
    public Integer call() {
        if (!(scale > 0 && scale <= 1) || replications < 1) {
            throw new BadInputException("--scale " + scale + ", --replications " + replications
                    + ": expected a scale in (0, 1] and at least 1 replication. Fix: e.g. --scale 0.1 --replications 3.");
        }
        // Only the default file may be absent (a checkout without scenarios/); a named one must exist.
        boolean named = spec.commandLine().getParseResult().hasMatchedOption("--scenario");
        Scenario scenario = named || Files.exists(scenarioFile) ? Scenarios.load(scenarioFile, List.of())
                : Scenarios.defaults();
        var out = spec.commandLine().getOut();
        measure(scenario, 0);
        double bestMs = Double.MAX_VALUE;
        long firmMonths = 0;
        double heapPerFirm = 0;
        int firms = 0;
        for (int k = 1; k <= replications; k++) {
            Measurement m = measure(scenario, k);
            bestMs = Math.min(bestMs, m.millis);
            firmMonths = m.firmMonths;
            heapPerFirm = Math.max(heapPerFirm, m.heapPerFirm);
            firms = m.firms;
        }
        int months = scenario.time().months();
        int meanAgents = (int) (firmMonths / months);
        double emptyMs = emptyLoop(meanAgents, months);
        double rate = firmMonths / (bestMs / 1000.0);
        double emptyRate = firmMonths / (emptyMs / 1000.0);
        out.printf(Locale.ROOT, "scenario %s, scale %.3f, %d months, %d firms at the end, %d firm-months%n",
                scenario.name(), scale, months, firms, firmMonths);
        out.printf(Locale.ROOT, "model:      %10.0f ms per replication (best of %d), %12.0f firm-months/s, %7.0f bytes heap per firm%n",
                bestMs, replications, rate, heapPerFirm);
        out.printf(Locale.ROOT, "empty loop: %10.1f ms per replication, %12.0f agent-months/s%n", emptyMs, emptyRate);
        out.printf(Locale.ROOT, "model cost / empty-loop cost: %.1f%n", bestMs / emptyMs);
        return ExitCodes.OK;
    }

    private record Measurement(double millis, long firmMonths, double heapPerFirm, int firms) {
    }

    private Measurement measure(Scenario scenario, int replication) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        long t0 = System.nanoTime();
        HighlandSim sim = new HighlandSim(scenario, scale, scenario.seed(), replication);
        sim.start();
        sim.runToEnd();
        double ms = (System.nanoTime() - t0) / 1e6;
        System.gc();
        long after = memory.getHeapMemoryUsage().getUsed();
        int firms = sim.world().totalFirms();
        double perFirm = firms > 0 ? (double) (after - before) / firms : 0;
        long firmMonths = sim.world().firmMonths();
        sim.finish();
        return new Measurement(ms, firmMonths, perFirm, firms);
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
