package org.highland.experiment.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.highland.run.Metric;
import org.highland.run.Metrics;
import org.highland.run.ReplicationResult;
import org.junit.jupiter.api.Test;

class PairedComparisonTest {
    private static final String OUTPUT = Metrics.BIOMEDICINE_OUTPUT.name();

    /** Base replication k has level 100 + 10 k (noise shared by the pair); the variant adds 1 + k / 10. */
    private static List<ReplicationResult> runs(boolean variant, int n) {
        List<ReplicationResult> reps = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            int rep = k;
            reps.add(Synthetic.result(rep, (m, a, y) -> 100 + 10 * rep + m + a + (y - 2020)
                    + (variant ? 1 + rep / 10.0 : 0)));
        }
        return reps;
    }

    @Test
    void meansDifferencesAndPercentilesAreThoseOfThePairs() {
        List<ReplicationResult> base = runs(false, 5);
        List<ReplicationResult> variant = runs(true, 5);
        ComparisonRow row = PairedComparison.row("v", OUTPUT, "billion_yuan", "North", 2021, base, variant);
        // Base values 100 + 10k + 1 + 0 + 1 for k = 0..4: mean 122; differences 1.0 .. 1.4.
        assertEquals(122.0, row.baseMean(), 1e-12);
        assertEquals(123.2, row.variantMean(), 1e-12);
        assertEquals(1.2, row.diffMean(), 1e-12);
        assertEquals(Math.sqrt(0.025), row.diffSd(), 1e-12);
        // position 1 + 0.05 * 4 = 1.2 -> 1.0 + 0.2 * 0.1; and 1 + 0.95 * 4 = 4.8 -> 1.3 + 0.8 * 0.1.
        assertEquals(1.02, row.diffP05(), 1e-12);
        assertEquals(1.38, row.diffP95(), 1e-12);
        assertEquals(1.2 / 122.0, row.relDiff(), 1e-15);
        assertEquals(5, row.n());
    }

    @Test
    void pairsAreMatchedByReplicationNumberNotByListOrder() {
        List<ReplicationResult> base = runs(false, 4);
        List<ReplicationResult> variant = new ArrayList<>(runs(true, 4));
        java.util.Collections.reverse(variant);
        ComparisonRow row = PairedComparison.row("v", OUTPUT, "billion_yuan", "South", 2020, base, variant);
        assertEquals(1.0, row.diffP05(), 0.05, "smallest paired difference is 1.0, unpaired would be about -29");
        assertEquals(1.15, row.diffMean(), 1e-12);
    }

    @Test
    void unpairedReplicationsAreRefused() {
        List<ReplicationResult> base = runs(false, 3);
        List<ReplicationResult> variant = runs(true, 4);
        String m = assertThrows(IllegalArgumentException.class, () -> PairedComparison.of("v", base, variant)).getMessage();
        assertTrue(m.contains("[0, 1, 2] and [0, 1, 2, 3]"), "the message names both sets of replications: " + m);
    }

    @Test
    void identicalRunsGiveExactlyZeroEverywhere() {
        List<ReplicationResult> base = runs(false, 3);
        List<ComparisonRow> rows = PairedComparison.of("same", base, runs(false, 3));
        // Every area, and the sum over the two provinces North and South for the additive metrics.
        long additive = Synthetic.METRICS.stream().filter(m -> !m.unit().startsWith("percent")
                && !m.unit().contains("per")).count();
        assertEquals((Synthetic.METRICS.size() * Synthetic.AREAS.size() + additive) * Synthetic.YEARS, rows.size());
        for (ComparisonRow r : rows) {
            assertEquals(0.0, r.diffMean());
            assertEquals(0.0, r.diffP05());
            assertEquals(0.0, r.diffP95());
            assertEquals(0.0, r.relDiff());
            assertEquals(r.baseMean(), r.variantMean());
        }
    }

    @Test
    void aPolicysOwnOutlayAndShortfallCountAsZeroWhereThePolicyIsAbsent() {
        for (String name : List.of(Metrics.outlayName("extra"), Metrics.shortfallName("extra"))) {
            Metric own = new Metric(name, "million_yuan", true, "test");
            List<Metric> withPolicy = new ArrayList<>(Synthetic.METRICS);
            withPolicy.add(own);
            List<ReplicationResult> base = runs(false, 2);
            List<ReplicationResult> variant = List.of(
                    Synthetic.result(0, withPolicy, (m, a, y) -> m == withPolicy.size() - 1 ? 7 : 0),
                    Synthetic.result(1, withPolicy, (m, a, y) -> m == withPolicy.size() - 1 ? 9 : 0));
            ComparisonRow row = PairedComparison.row("v", own.name(), own.unit(), "North", 2022, base, variant);
            assertEquals(0.0, row.baseMean(), name);
            assertEquals(8.0, row.diffMean(), name);
            assertTrue(Double.isNaN(row.relDiff()), "no relative change from a zero base");
            assertNull(PairedComparison.row("v", "no_such_metric", "count", "North", 2022, base, variant));
            // Every recorded year counts as 0, the first and the last included; a year not run does not.
            for (int year = Synthetic.FIRST_YEAR; year < Synthetic.FIRST_YEAR + Synthetic.YEARS; year++) {
                assertEquals(0.0, PairedComparison.value(base.get(0), own.name(), "North", year), name + " " + year);
            }
            assertTrue(Double.isNaN(PairedComparison.value(base.get(0), own.name(), "North", Synthetic.FIRST_YEAR - 1)));
            assertTrue(Double.isNaN(PairedComparison.value(base.get(0), own.name(), "North",
                    Synthetic.FIRST_YEAR + Synthetic.YEARS)));
        }
    }

    @Test
    void valuesMissingInEitherScenarioAreLeftOutOfThePairs() {
        List<ReplicationResult> base = List.of(
                Synthetic.result(0, (m, a, y) -> 1),
                Synthetic.result(1, (m, a, y) -> Double.NaN));
        List<ReplicationResult> variant = List.of(
                Synthetic.result(0, (m, a, y) -> 3),
                Synthetic.result(1, (m, a, y) -> 5));
        ComparisonRow row = PairedComparison.row("v", OUTPUT, "billion_yuan", "North", 2020, base, variant);
        assertEquals(1, row.n());
        assertEquals(2.0, row.diffMean());
        // One pair: no sd and no interval of the mean (n - 1 = 0), not 0; its percentiles are the value.
        assertTrue(Double.isNaN(row.diffSd()), row.toString());
        assertTrue(Double.isNaN(row.meanLow90()) && Double.isNaN(row.meanHigh90()), row.toString());
        assertEquals(2.0, row.diffP05());
        assertEquals(2.0, row.diffP95());
    }
}
