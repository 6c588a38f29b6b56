package org.highland.experiment.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.highland.run.Metrics;
import org.highland.run.ReplicationResult;
import org.junit.jupiter.api.Test;

/** 90 % intervals of paired differences and of cost-effectiveness ratios. */
class IntervalsTest {
    private static final int OUTLAY = 0;
    private static final int FIRMS = 3;

    /** Base level 100 + 10 k in replication k; the variant adds effect(k) to every value but outlay adds 50 + k. */
    private static List<ReplicationResult> runs(int n, boolean variant, java.util.function.IntToDoubleFunction effect) {
        List<ReplicationResult> reps = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            int rep = k;
            reps.add(Synthetic.result(rep, (m, a, y) -> {
                double base = m == OUTLAY ? 200 : 100 + 10 * rep;
                if (!variant || a != 0) {
                    return base;
                }
                return base + (m == OUTLAY ? 50 + rep : effect.applyAsDouble(rep));
            }));
        }
        return reps;
    }

    @Test
    void pairedDifferenceIntervalsHoldTheMean() {
        // Skewed effects: 0, 1, 4, 9, ... so that mean, median and ends all differ.
        List<ComparisonRow> rows = PairedComparison.of("v", runs(12, false, k -> 0), runs(12, true, k -> k * k));
        int varying = 0;
        for (ComparisonRow r : rows) {
            assertTrue(r.diffP05() <= r.diffMean() && r.diffMean() <= r.diffP95(), r.toString());
            assertTrue(r.meanLow90() <= r.diffMean() && r.diffMean() <= r.meanHigh90(), r.toString());
            if (r.diffP95() > r.diffP05()) {
                varying++;
                assertTrue(r.meanHigh90() - r.meanLow90() < r.diffP95() - r.diffP05(),
                        "the mean is known better than a single replication's effect: " + r);
            }
        }
        assertTrue(varying > 0);
    }

    @Test
    void theConfidenceIntervalOfTheMeanUsesStudentsT() {
        // Differences 1.0 .. 1.4: sd sqrt(0.025); t(0.95, 4) = 2.131847.
        List<ComparisonRow> rows = PairedComparison.of("v", runs(5, false, k -> 0), runs(5, true, k -> 1 + k / 10.0));
        ComparisonRow r = rows.stream().filter(x -> x.metric().equals(Metrics.ENTERPRISES.name())
                && x.area().equals("North") && x.year() == 2020).findFirst().orElseThrow();
        double half = 2.131847 * Math.sqrt(0.025) / Math.sqrt(5);
        assertEquals(1.2 - half, r.meanLow90(), 1e-6);
        assertEquals(1.2 + half, r.meanHigh90(), 1e-6);
    }

    @Test
    void aConstantEffectHasIntervalsOfZeroWidth() {
        List<ReplicationResult> base = runs(6, false, k -> 0);
        List<ReplicationResult> variant = new ArrayList<>();
        for (int k = 0; k < 6; k++) {
            int rep = k;
            // Same extra outlay and effect in every replication, whatever the replication's level.
            variant.add(Synthetic.result(rep, (m, a, y) -> (m == OUTLAY ? 200 : 100 + 10 * rep)
                    + (a == 0 ? (m == OUTLAY ? 50 : 3) : 0)));
        }
        for (ComparisonRow r : PairedComparison.of("v", base, variant)) {
            assertEquals(r.diffP05(), r.diffP95(), r.toString());
            assertEquals(r.diffMean(), r.diffP05(), 1e-12, r.toString());
            assertEquals(r.meanLow90(), r.meanHigh90(), 1e-12, r.toString());
        }
        CostEffectivenessRow north = CostEffectiveness.of("v", base, variant, List.of(2022)).get(0);
        CostEffectivenessRow.Intervals i = north.intervals();
        assertEquals(new Interval(150, 150), i.extraOutlay());
        assertEquals(new Interval(9, 9), i.extraOutput());
        assertEquals(new Interval(3, 3), i.extraEnterprises());
        assertEquals(north.approvalsPer100m(), i.approvalsPer100m().p05(), 1e-12);
        assertEquals(north.approvalsPer100m(), i.approvalsPer100m().p95(), 1e-12);
        assertEquals(north.outputPerYuan(), i.outputPerYuan().p05(), 1e-9);
        assertEquals(north.outputPerYuan(), i.outputPerYuan().p95(), 1e-9);
    }

    @Test
    void costEffectivenessIntervalsSpanTheReplications() {
        List<ReplicationResult> base = runs(10, false, k -> 0);
        List<ReplicationResult> variant = runs(10, true, k -> k);
        List<CostEffectivenessRow> rows = CostEffectiveness.of("v", base, variant, List.of(2022));
        CostEffectivenessRow north = rows.get(0);
        CostEffectivenessRow.Intervals i = north.intervals();
        assertTrue(i.extraEnterprises().p05() <= north.extraEnterprises()
                && north.extraEnterprises() <= i.extraEnterprises().p95(), i.toString());
        assertTrue(i.extraEnterprises().p95() > i.extraEnterprises().p05());
        // Per replication: firms k against outlay 3 (50 + k) million -> 100 k / (150 + 3 k) per 100 M.
        assertTrue(i.enterprisesPer100m().p05() >= 0 && i.enterprisesPer100m().p95() <= 100.0 * 9 / 177 + 1e-9,
                i.toString());
        CostEffectivenessRow south = rows.get(1);
        assertTrue(Double.isNaN(south.intervals().approvalsPer100m().p05()), "no outlay change, no ratio interval");
        assertEquals(new Interval(0, 0), south.intervals().extraOutlay());
    }
}
