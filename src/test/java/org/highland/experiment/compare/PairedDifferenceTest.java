package org.highland.experiment.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.highland.run.Metrics;
import org.highland.run.ReplicationResult;
import org.junit.jupiter.api.Test;

class PairedDifferenceTest {
    // Metric index of the leading talents in Synthetic.METRICS, and the outlay's.
    private static final int OUTLAY = 0;
    private static final int TALENTS = 4;

    @Test
    void roundingIsZeroAndAnyRealDifferenceStays() {
        // 0.1 + 0.7 and 0.2 + 0.6 differ by one rounding step (1.1e-16).
        assertNotEquals(0.1 + 0.7, 0.2 + 0.6);
        assertEquals(0.0, PairedDifference.of(0.1 + 0.7, 0.2 + 0.6));
        assertEquals(1e-5, PairedDifference.of(1000.0, 1000.0 + 1e-5), 1e-12, "a hundred-thousandth of a talent in a thousand is kept");
        assertEquals(-1.0, PairedDifference.of(15000.0, 14999.0));
        assertEquals(2.0, PairedDifference.of(0.0, 2.0));
        assertEquals(0.0, PairedDifference.of(0.0, 0.0));
        assertTrue(Double.isNaN(PairedDifference.of(Double.NaN, 1.0)));
    }

    /**
     * The variant moves 0.1 talents from South to North: North 0.1 -> 0.2, South 0.7 -> 0.6. The
     * provinces differ; their total (0.1 + 0.7 against 0.2 + 0.6) only by rounding, and both the
     * comparison and the cost-effectiveness table say 0 for it, not 1e-16.
     */
    @Test
    void aQuantityOnlyMovedBetweenProvincesHasNoTotalDifference() {
        List<ReplicationResult> base = List.of(talents(0, 0.1, 0.7), talents(1, 0.1, 0.7));
        List<ReplicationResult> variant = List.of(talents(0, 0.2, 0.6), talents(1, 0.2, 0.6));
        String metric = Metrics.LEADING_TALENT.name();
        String unit = Metrics.LEADING_TALENT.unit();
        ComparisonRow north = PairedComparison.row("v", metric, unit, "North", 2020, base, variant);
        assertEquals(0.1, north.diffMean(), 1e-15);
        ComparisonRow total = PairedComparison.of("v", base, variant).stream()
                .filter(r -> r.metric().equals(metric) && r.area().equals(PairedComparison.TOTAL) && r.year() == 2020)
                .findFirst().orElseThrow();
        assertEquals(0.0, total.diffMean());
        assertEquals(0.0, total.diffP05());
        assertEquals(0.0, total.diffP95());

        CostEffectivenessRow totalRow = CostEffectiveness.of("v", base, variant, List.of(2020)).stream()
                .filter(r -> r.region().equals(PairedComparison.TOTAL)).findFirst().orElseThrow();
        assertEquals(0.0, totalRow.extraLeadingTalents());
        assertEquals(100.0, totalRow.extraOutlayMillion(), 1e-9, "North's extra outlay (100 M) is in the total");
        assertEquals(0.0, totalRow.leadingTalentsPer100m(), "no talents bought in all, not -1e-16 per 100 M yuan");
    }

    /** North and South hold these talents; North/city:Port a third of North's; the variant pays North 100 M more. */
    private static ReplicationResult talents(int rep, double north, double south) {
        boolean variant = north > 0.15;
        return Synthetic.result(rep, (m, a, y) -> {
            if (m == TALENTS) {
                return a == 0 ? north : a == 1 ? south : north / 3;
            }
            if (m == OUTLAY) {
                return a == 0 && variant ? 150 : 50;
            }
            return 10;
        });
    }
}
