package org.highland.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.highland.run.CliRun;
import org.junit.jupiter.api.Test;

/** {@code highland bench} runs at a tiny scale and reports its figures; timings are not judged here. */
class BenchCommandTest {
    @Test
    void benchRunsAndPrintsItsFigures() {
        CliRun run = CliRun.highland("bench", "--scale", "0.01", "--replications", "1");
        assertEquals(ExitCodes.OK, run.exitCode, run.toString());
        List<String> lines = run.out.lines().toList();
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("scenario ") && l.contains("firm-months")), run.out);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("model:") && l.contains("firm-months/s")
                && l.contains("bytes heap per firm")), run.out);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("empty loop:")), run.out);
        // One round has no range to judge noise by: the line says so instead of a range of one value.
        Matcher rounds = Pattern.compile("model / reference \\(CPU time\\): ([0-9.]+) in one round; the machine's noise"
                + " needs more rounds").matcher(run.out);
        assertTrue(rounds.find() && Double.parseDouble(rounds.group(1)) > 0, run.out);
        Matcher allocated = Pattern.compile("ms in garbage collection and ([0-9.]+) MB allocated per replication").matcher(run.out);
        assertTrue(allocated.find(), run.out);
        // A replication builds its firms, so it allocates something (HotSpot counts it).
        assertTrue(run.out.contains("max heap") && Double.parseDouble(allocated.group(1)) > 0, run.out);
        Matcher ratio = Pattern.compile("model cost / empty-loop cost: ([0-9.]+)").matcher(run.out);
        assertTrue(ratio.find(), run.out);
        assertTrue(Double.parseDouble(ratio.group(1)) > 0, run.out);
        Matcher firmMonths = Pattern.compile("(\\d+) firm-months\\b").matcher(run.out);
        assertTrue(firmMonths.find() && Long.parseLong(firmMonths.group(1)) > 0, run.out);
        // The collector note appears exactly when the test JVM does not use the launcher's collector.
        assertEquals(!JvmCounters.usesParallelCollector(), lines.stream().anyMatch(l -> l.startsWith("note:")
                && l.contains("-XX:+UseParallelGC")), run.out);
    }

    @Test
    void benchReportsProjectMonthsTheReferenceParallelEfficiencyAndAProfile() {
        CliRun run = CliRun.highland("bench", "--scale", "0.01", "--replications", "1", "--threads", "2", "--profile");
        assertEquals(ExitCodes.OK, run.exitCode, run.toString());
        Matcher projectMonths = Pattern.compile("(\\d+) project-months\\b").matcher(run.out);
        assertTrue(projectMonths.find() && Long.parseLong(projectMonths.group(1)) > 0, run.out);
        assertTrue(run.out.contains("project-months/s"), run.out);
        Matcher reference = Pattern.compile("model / reference throughput: ([0-9.]+)").matcher(run.out);
        assertTrue(reference.find() && Double.parseDouble(reference.group(1)) > 0, run.out);
        Matcher efficiency = Pattern.compile("parallel efficiency (\\d+) %").matcher(run.out);
        assertTrue(efficiency.find() && Integer.parseInt(efficiency.group(1)) > 0, run.out);
        // What tells a loss's causes apart: CPU time at once against alone, collectors, cores had.
        Matcher cpuEfficiency = Pattern.compile("CPU efficiency, by firm-months per CPU second: (\\d+) %\\),"
                + " (\\d+) ms in garbage collection, ([0-9.]+) of 2 cores").matcher(run.out);
        assertTrue(cpuEfficiency.find() && Integer.parseInt(cpuEfficiency.group(1)) > 0, run.out);
        double cores = Double.parseDouble(cpuEfficiency.group(3));
        assertTrue(cores > 0 && cores <= 2.5, run.out);
        // The profile lists the model's own methods (the reference's samples are left out).
        assertTrue(run.out.contains("top methods by self time"), run.out);
        Matcher samples = Pattern.compile("profile: (\\d+) execution samples").matcher(run.out);
        assertTrue(samples.find(), run.out);
        assertTrue(Integer.parseInt(samples.group(1)) == 0 || run.out.contains("%  org.highland.model."), run.out);
        assertTrue(run.out.contains("time by part of the month"), run.out);
        // The parts are the schedule's steps and the start-year population.
        assertTrue(Integer.parseInt(samples.group(1)) == 0
                || Pattern.compile("%  (org\\.highland\\.(model|run)\\.\\w+\\.step|start-year population)").matcher(run.out).find(), run.out);
        // The test JVM runs without -XX:+DebugNonSafepoints: the profile says how to get exact methods.
        assertTrue(run.out.contains("-XX:+DebugNonSafepoints"), run.out);
    }

    @Test
    void roundsReportTheMedianAndRangeOfTheRatio() {
        assertEquals("rounds:     model / reference (CPU time) round by round: median 0.400, range 0.300-0.550 over 3 rounds;"
                + " a difference between two builds within the range is noise", BenchCommand.roundByRound(new double[] {0.55, 0.3, 0.4}));
        assertTrue(BenchCommand.roundByRound(new double[] {0.3, 0.5}).contains("median 0.400,"), "even count: the mean of the middle two");
    }

    @Test
    void aRateIsEachReplicationsOwnCountOverItsOwnTime() {
        // The shorter replication simulated fewer firm-months: 1,000 in 100 ms is 10,000 a second,
        // 2,000 in 150 ms 13,333; the longer one's count over the shorter one's time (20,000) is no rate.
        assertEquals(2000 / 0.150, BenchCommand.bestRate(new long[] {1000, 2000}, new double[] {100, 150}), 1e-9);
        assertEquals(2000 / 0.150, BenchCommand.bestRate(new long[] {2000, 1000}, new double[] {150, 100}), 1e-9);
    }

    @Test
    void benchComparesScalesInRoundsTakenInTurn() {
        CliRun run = CliRun.highland("bench", "--scales", "0.01,0.02", "--replications", "2");
        assertEquals(ExitCodes.OK, run.exitCode, run.toString());
        Matcher perScale = Pattern.compile("scale (0\\.0[12]) .* per CPU second, (\\d+) firm-months").matcher(run.out);
        long[] firmMonths = new long[3];
        int found = 0;
        while (perScale.find()) {
            firmMonths[(int) Math.round(Double.parseDouble(perScale.group(1)) * 100)] = Long.parseLong(perScale.group(2));
            found++;
        }
        assertEquals(2, found, run.out);
        // Twice the share of the firms: more firm-months, about twice as many.
        assertTrue(firmMonths[2] > 1.5 * firmMonths[1] && firmMonths[2] < 2.5 * firmMonths[1], run.out);
        Matcher spread = Pattern.compile("scales: +the slowest scale's firm-months per CPU second are (\\d+) % below the fastest's"
                + " \\(best rates; round by round: (\\d+) %, (\\d+) %\\)").matcher(run.out);
        assertTrue(spread.find(), run.out);
        assertTrue(Integer.parseInt(spread.group(1)) < 100, run.out);
    }

    @Test
    void theShortfallIsTheLowestRateBelowTheHighest() {
        assertEquals(0.2, ScaleBench.shortfall(new double[] {4, 5, 4.5}), 1e-12);
        assertEquals(0.0, ScaleBench.shortfall(new double[] {3}), 0.0);
    }

    @Test
    void benchRefusesAScaleOutsideZeroToOne() {
        CliRun run = CliRun.highland("bench", "--scales", "0.1,1.5");
        assertEquals(ExitCodes.BAD_INPUT, run.exitCode, run.toString());
        assertTrue(run.err.contains("--scales 1.5"), run.err);
    }

    @Test
    void benchRefusesScalesWithTheOptionsOfASingleScale() {
        refusesAlongsideEachOf(List.of("bench", "--scales", "0.01,0.02"), new String[][] {{"--threads", "2"}, {"--profile"}, {"--scale", "0.5"}});
    }

    @Test
    void benchCountsInstructionsAlone() {
        refusesAlongsideEachOf(List.of("bench", "--instructions"), new String[][] {{"--threads", "2"}, {"--profile"}, {"--scales", "0.01,0.02"}});
        CliRun withAgainst = CliRun.highland("bench", "--instructions", "--against", "target/classes");
        assertEquals(ExitCodes.BAD_INPUT, withAgainst.exitCode, withAgainst.toString());
        assertTrue(withAgainst.err.contains("--instructions"), withAgainst.err);
    }

    /** The command is refused as bad input, naming the other option, alongside each of {@code others}. */
    private static void refusesAlongsideEachOf(List<String> command, String[][] others) {
        for (String[] other : others) {
            List<String> args = new ArrayList<>(command);
            args.addAll(List.of(other));
            CliRun run = CliRun.highland(args.toArray(String[]::new));
            assertEquals(ExitCodes.BAD_INPUT, run.exitCode, run.toString());
            assertTrue(run.err.contains("cannot be combined") && run.err.contains(other[0]), run.err);
        }
    }

    @Test
    void benchRefusesAScaleOfZero() {
        CliRun run = CliRun.highland("bench", "--scale", "0", "--replications", "1");
        assertEquals(ExitCodes.BAD_INPUT, run.exitCode, run.toString());
        assertTrue(run.err.contains("--scale"), run.err);
    }
}
