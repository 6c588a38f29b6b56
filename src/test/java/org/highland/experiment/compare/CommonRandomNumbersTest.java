package org.highland.experiment.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.highland.experiment.Experiment;
import org.highland.experiment.ProgressReporter;
import org.highland.experiment.Summary;
import org.highland.experiment.SummaryRow;
import org.highland.run.Metrics;
import org.highland.run.ReplicationResult;
import org.highland.scenario.Scenario;
import org.highland.scenario.Scenarios;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Common random numbers on a real (small) run: the paired differences between the baseline and a
 * variant spread far less than the two scenarios' own replications, which is what would bound an
 * unpaired difference.
 */
class CommonRandomNumbersTest {
    private static final int REPLICATIONS = 6;
    private static final int YEAR = 2027;
    private static List<ReplicationResult> base;
    private static List<ReplicationResult> variant;

    @BeforeAll
    static void run() {
        Experiment.Settings settings = new Experiment.Settings(0.05, 20240601L, REPLICATIONS, 2);
        base = Experiment.run(load("baseline.yaml"), settings, ProgressReporter.disabled());
        variant = Experiment.run(load("shanghai-trial-support.yaml"), settings, ProgressReporter.disabled());
    }

    private static Scenario load(String name) {
        return Scenarios.load(Path.of("scenarios", name), List.of()).withEndYear(YEAR);
    }

    /** sd of the paired differences over sqrt(var_base + var_variant), the sd of an unpaired difference. */
    private static double ratio(String metric, String area) {
        ComparisonRow paired = PairedComparison.row("v", metric, "", area, YEAR, base, variant);
        SummaryRow a = Summary.row(base, metric, area, YEAR);
        SummaryRow b = Summary.row(variant, metric, area, YEAR);
        double unpaired = Math.sqrt(a.sd() * a.sd() + b.sd() * b.sd());
        double r = paired.diffSd() / unpaired;
        System.out.printf(Locale.ROOT, "CRN %s %s %d: paired sd %.4g, unpaired sd %.4g, ratio %.4f, diff mean %.4g%n",
                metric, area, YEAR, paired.diffSd(), unpaired, r, paired.diffMean());
        return r;
    }

    @Test
    void thePolicyRegionsPairedSpreadIsAFractionOfTheUnpairedOne() {
        ComparisonRow outlay = PairedComparison.row("v", Metrics.POLICY_OUTLAY.name(), "", "Zhejiang", YEAR,
                base, variant);
        assertTrue(outlay.diffMean() > 0, "the variant pays for trials in Zhejiang, so the runs do differ");
        assertTrue(ratio(Metrics.BIOMEDICINE_OUTPUT.name(), "Zhejiang") < 0.25);
        assertTrue(ratio(Metrics.ENTERPRISES.name(), "Zhejiang") < 0.25);
        assertTrue(ratio(Metrics.CUM_TRIALS.name(), "Zhejiang") < 0.5);
    }

    @Test
    void aRegionWithoutThePolicyBarelyMovesWithinPairs() {
        assertTrue(ratio(Metrics.BIOMEDICINE_OUTPUT.name(), "Jiangsu") < 0.05);
    }

    @Test
    void theFirstPolicyYearIsStillIdenticalWithinEachPair() {
        // The variant's policy starts in 2023: every replication is the same history until then.
        ComparisonRow before = PairedComparison.row("v", Metrics.ENTERPRISES.name(), "", "Zhejiang", 2022,
                base, variant);
        assertEquals(0.0, before.diffSd());
        assertEquals(0.0, before.diffMean());
    }
}
