package org.highland.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.highland.report.CsvRows;
import org.highland.run.CliRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With one replication a standard deviation (n - 1) and a confidence interval of the mean are
 * undefined: the files leave them empty (R and pandas read NA / NaN), never 0, which reads as "no
 * spread"; the terminal says that spreads need at least 2 replications; {@code chart} and
 * {@code report} read such a folder. With 2 replications the sd is a number again.
 */
class OneReplicationTest {
    private static final String BASELINE = "scenarios/baseline.yaml";
    private static final String SHANGHAI = "scenarios/shanghai-trial-support.yaml";
    private static final String NO_SPREAD = "one replication has no spread: spreads and intervals need at least 2"
            + " replications";

    @TempDir
    static Path dir;
    private static Path runOne;
    private static Path runTwo;
    private static Path compareOne;
    private static CliRun one;
    private static CliRun two;
    private static CliRun compare;

    @BeforeAll
    static void runAndCompare() {
        runOne = dir.resolve("run-1");
        one = run(runOne, 1);
        runTwo = dir.resolve("run-2");
        two = run(runTwo, 2);
        compareOne = dir.resolve("compare-1");
        compare = CliRun.highland("compare", BASELINE, SHANGHAI, "--scale", "0.05", "--end", "2025",
                "--replications", "1", "--threads", "1", "--out", compareOne.toString());
    }

    private static CliRun run(Path out, int replications) {
        return CliRun.highland("run", SHANGHAI, "--scale", "0.05", "--end", "2017", "--replications",
                Integer.toString(replications), "--threads", "2", "--out", out.toString());
    }

    private static List<Map<String, String>> rows(Path csv) throws IOException {
        return CsvRows.read(csv).rows();
    }

    @Test
    void oneReplicationLeavesTheSdEmptyAndKeepsItsPercentiles() throws IOException {
        assertEquals(0, one.exitCode, one.toString());
        List<Map<String, String>> summary = rows(runOne.resolve("summary.csv"));
        assertTrue(summary.size() > 100, "rows for every metric, area and year");
        for (Map<String, String> r : summary) {
            assertEquals("1", r.get("n"), r.toString());
            assertEquals("", r.get("sd"), "sd of one replication is undefined, not 0: " + r);
            // The percentiles of one value are that value.
            assertEquals(r.get("mean"), r.get("p05"), r.toString());
            assertEquals(r.get("mean"), r.get("p50"), r.toString());
            assertEquals(r.get("mean"), r.get("p95"), r.toString());
        }
        List<String> lines = Files.readAllLines(runOne.resolve("summary.csv"));
        assertTrue(lines.get(1).matches("[^,]+,[^,]+,\\d{4},[^,]+,[^,]+,,[^,]+,[^,]+,[^,]+,1"),
                "an empty cell, not a quoted empty string or NA: " + lines.get(1));
    }

    @Test
    void theSameSeedGivesTheSameBytes() throws IOException {
        assertEquals(0, one.exitCode, one.toString());
        Path again = dir.resolve("run-1-again");
        CliRun rerun = run(again, 1);
        assertEquals(0, rerun.exitCode, rerun.toString());
        assertEquals(Files.readString(runOne.resolve("summary.csv")), Files.readString(again.resolve("summary.csv")));
    }

    @Test
    void theRunSaysThatSpreadsNeedTwoReplicationsOnceInItsIndicativeWarning() {
        assertEquals(0, one.exitCode, one.toString());
        assertTrue(one.out.contains("1 replication at scale 0.05"), one.out);
        List<String> warnings = one.out.lines().filter(l -> l.startsWith("warning: indicative only")).toList();
        assertEquals(1, warnings.size(), one.out);
        assertTrue(warnings.get(0).contains(NO_SPREAD), warnings.get(0));
        assertFalse(two.out.contains(NO_SPREAD), two.out);
    }

    @Test
    void twoReplicationsGiveAnSd() throws IOException {
        assertEquals(0, two.exitCode, two.toString());
        int withTwo = 0;
        for (Map<String, String> r : rows(runTwo.resolve("summary.csv"))) {
            if (r.get("n").equals("2")) {
                withTwo++;
                assertTrue(Double.parseDouble(r.get("sd")) >= 0, r.toString());
            } else {
                // A park's growth rate can be undefined in one of the two replications.
                assertEquals("1", r.get("n"), r.toString());
                assertEquals("", r.get("sd"), r.toString());
            }
        }
        assertTrue(withTwo > 100, "most rows have both replications: " + withTwo);
    }

    @Test
    void compareLeavesTheSdAndTheIntervalOfTheMeanEmpty() throws IOException {
        assertEquals(0, compare.exitCode, compare.toString());
        List<Map<String, String>> comparison = rows(compareOne.resolve("comparison.csv"));
        assertFalse(comparison.isEmpty());
        boolean effect = false;
        for (Map<String, String> r : comparison) {
            assertEquals("1", r.get("n"), r.toString());
            for (String column : List.of("diff_sd", "diff_mean_ci_low", "diff_mean_ci_high")) {
                assertEquals("", r.get(column), column + " of one replication: " + r);
            }
            assertEquals(r.get("diff_mean"), r.get("diff_p05"), r.toString());
            assertEquals(r.get("diff_mean"), r.get("diff_p95"), r.toString());
            effect |= !r.get("diff_mean").equals("0");
        }
        assertTrue(effect, "the variant changes something by 2025");
        for (String name : List.of("baseline", "shanghai-trial-support")) {
            for (Map<String, String> r : rows(compareOne.resolve("scenarios/" + name + "/summary.csv"))) {
                assertEquals("", r.get("sd"), name + ": " + r);
            }
        }
        for (Map<String, String> r : rows(compareOne.resolve("cost_effectiveness.csv"))) {
            assertEquals("1", r.get("replications"), r.toString());
            // Percentiles of one value stay: the value itself.
            assertEquals(r.get("extra_cumulative_outlay_million_yuan"), r.get("extra_cumulative_outlay_million_yuan_p05"),
                    r.toString());
        }
        List<String> warnings = compare.out.lines().filter(l -> l.startsWith("warning: indicative only")).toList();
        assertEquals(1, warnings.size(), "one variant, one table: " + compare.out);
        assertTrue(warnings.get(0).contains(NO_SPREAD), warnings.get(0));
    }

    @Test
    void chartAndReportReadAFolderOfOneReplication() throws IOException {
        assertEquals(0, one.exitCode, one.toString());
        assertEquals(0, compare.exitCode, compare.toString());
        for (Path folder : List.of(runOne, compareOne)) {
            CliRun chart = CliRun.highland("chart", folder.toString(), "--format", "svg");
            assertEquals(0, chart.exitCode, chart.toString());
            try (Stream<Path> charts = Files.list(folder.resolve("charts"))) {
                assertTrue(charts.count() >= 3, "charts of " + folder);
            }
            CliRun report = CliRun.highland("report", folder.toString());
            assertEquals(0, report.exitCode, report.toString());
            assertTrue(Files.size(folder.resolve("report.html")) > 1000, "report of " + folder);
        }
    }
}
