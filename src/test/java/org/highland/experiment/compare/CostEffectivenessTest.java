package org.highland.experiment.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.highland.run.ReplicationResult;
import org.junit.jupiter.api.Test;

class CostEffectivenessTest {
    // Metric indices in Synthetic.METRICS.
    private static final int OUTLAY = 0;
    private static final int OUTPUT = 1;
    private static final int APPROVALS = 2;
    private static final int FIRMS = 3;
    private static final int TALENTS = 4;

    /** The base pays 50 M a year everywhere; replication noise r is shared by base and variant. */
    private static ReplicationResult base(int rep) {
        return Synthetic.result(rep, (m, a, y) -> m == OUTLAY ? 50 : 10 + rep);
    }

    /**
     * North's variant pays 100 M more each year and gets, each year, 2 billion more output and one
     * more approval, and by the year 2020 + i holds 4 (i + 1) more firms and i + 1 more talents.
     */
    private static ReplicationResult variant(int rep) {
        return Synthetic.result(rep, (m, a, y) -> {
            double base = m == OUTLAY ? 50 : 10 + rep;
            if (a != 0) {
                return base;
            }
            int i = y - 2020;
            return base + switch (m) {
                case OUTLAY -> 100;
                case OUTPUT -> 2;
                case APPROVALS -> 1;
                case FIRMS -> 4 * (i + 1);
                case TALENTS -> i + 1;
                default -> 0;
            };
        });
    }

    @Test
    void flowsAreSummedToTheHorizonAndStocksTakenThere() {
        List<CostEffectivenessRow> rows = CostEffectiveness.of("v", List.of(base(0), base(1)),
                List.of(variant(1), variant(0)), List.of(2021, 2030));
        assertEquals(3, rows.size(), "one row per province and the total at 2021; 2030 is not in the run; no city rows");
        CostEffectivenessRow total = rows.get(2);
        assertEquals("Total", total.region());
        assertEquals(rows.get(0).extraOutlayMillion() + rows.get(1).extraOutlayMillion(), total.extraOutlayMillion(), 1e-9);
        assertEquals(rows.get(0).extraEnterprises() + rows.get(1).extraEnterprises(), total.extraEnterprises(), 1e-9);
        CostEffectivenessRow north = rows.get(0);
        assertEquals("North", north.region());
        assertEquals(2021, north.year());
        assertEquals(100.0, north.baseOutlayMillion(), 1e-12);
        assertEquals(200.0, north.extraOutlayMillion(), 1e-12);
        assertEquals(4.0, north.extraOutputBillion(), 1e-12);
        assertEquals(2.0, north.extraApprovals(), 1e-12);
        assertEquals(8.0, north.extraEnterprises(), 1e-12);
        assertEquals(2.0, north.extraLeadingTalents(), 1e-12);
        // 4 billion yuan of output for 200 million yuan: 20 yuan per yuan; per 100 M yuan: half of each.
        assertEquals(20.0, north.outputPerYuan(), 1e-12);
        assertEquals(1.0, north.approvalsPer100m(), 1e-12);
        assertEquals(4.0, north.enterprisesPer100m(), 1e-12);
        assertEquals(1.0, north.leadingTalentsPer100m(), 1e-12);
        assertEquals(2, north.replications());
    }

    @Test
    void theFirstYearIsAHorizonAndUnpairedRunsAreRefused() {
        List<CostEffectivenessRow> rows = CostEffectiveness.of("v", List.of(base(0)), List.of(variant(0)),
                List.of(Synthetic.FIRST_YEAR));
        assertEquals(3, rows.size(), "one row per province and the total at the first year");
        assertEquals(100.0, rows.get(0).extraOutlayMillion(), 1e-12);
        assertEquals("Total", rows.get(2).region());
        assertThrows(IllegalArgumentException.class, () -> CostEffectiveness.of("v", List.of(base(0), base(1)),
                List.of(variant(0), variant(2)), List.of(2021)));
    }

    @Test
    void ratiosAreUndefinedWhereTheOutlayDidNotChange() {
        List<CostEffectivenessRow> rows = CostEffectiveness.of("v", List.of(base(0)), List.of(variant(0)),
                List.of(2022));
        CostEffectivenessRow south = rows.get(1);
        assertEquals("South", south.region());
        assertEquals(0.0, south.extraOutlayMillion());
        assertTrue(Double.isNaN(south.approvalsPer100m()));
        assertTrue(Double.isNaN(south.outputPerYuan()));
    }

    @Test
    void aTinyOutlayDifferenceIsNotDividedBy() {
        ReplicationResult b = base(0);
        ReplicationResult v = Synthetic.result(0, (m, a, y) -> m == OUTLAY ? 50.01 : 11);
        CostEffectivenessRow north = CostEffectiveness.of("v", List.of(b), List.of(v), List.of(2022)).get(0);
        assertEquals(0.03, north.extraOutlayMillion(), 1e-9);
        assertTrue(Double.isNaN(north.outputPerYuan()), "0.03 M against a base of 150 M is noise");
    }

    @Test
    void aBudgetCutGivesTheAmountLostPerYuanSaved() {
        // North's variant pays 30 M less each year (of the base's 50 M), loses 0.6 billion output,
        // half an approval, 3 firms by each year and one talent in replication 0, two in replication 1.
        List<ReplicationResult> base = List.of(base(0), base(1));
        List<ReplicationResult> cut = List.of(0, 1).stream().map(rep -> Synthetic.result(rep, (m, a, y) -> {
            double b = m == OUTLAY ? 50 : 10 + rep;
            if (a != 0) {
                return b;
            }
            return b - switch (m) {
                case OUTLAY -> 30;
                case OUTPUT -> 0.6;
                case APPROVALS -> 0.5;
                case FIRMS -> 3;
                case TALENTS -> 1 + rep;
                default -> 0;
            };
        })).toList();
        CostEffectivenessRow north = CostEffectiveness.of("cut", base, cut, List.of(2021)).get(0);
        assertEquals(100.0, north.baseOutlayMillion(), 1e-12);
        assertEquals(-60.0, north.extraOutlayMillion(), 1e-12);
        assertEquals(-1.2, north.extraOutputBillion(), 1e-12);
        assertEquals(-1.0, north.extraApprovals(), 1e-12);
        assertEquals(-3.0, north.extraEnterprises(), 1e-12);
        assertEquals(-1.5, north.extraLeadingTalents(), 1e-12);
        // Output lost per yuan saved: 1200 M / 60 M = 20; per 100 M saved: 1 / 0.6 approvals, 3 / 0.6 firms.
        assertEquals(20.0, north.outputPerYuan(), 1e-12);
        assertEquals(1.0 / 0.6, north.approvalsPer100m(), 1e-12);
        assertEquals(3.0 / 0.6, north.enterprisesPer100m(), 1e-12);
        assertEquals(1.5 / 0.6, north.leadingTalentsPer100m(), 1e-12);
        // Per replication talents lost per 100 M saved are 1 / 0.6 and 2 / 0.6; R-7 percentiles between them.
        Interval talents = north.intervals().leadingTalentsPer100m();
        assertEquals(1.05 / 0.6, talents.p05(), 1e-12);
        assertEquals(1.95 / 0.6, talents.p95(), 1e-12);
        assertEquals(20.0, north.intervals().outputPerYuan().p05(), 1e-12);
        assertEquals(-60.0, north.intervals().extraOutlay().p95(), 1e-12);
    }

    @Test
    void aProvinceTheVariantDoesNotActInGetsNoRatioForItsSpillOver() {
        // The variant acts in North only; South's own instruments pay 20 M a year less because its
        // output falls by 3 billion: dividing one by the other is not cost-effectiveness.
        List<ReplicationResult> base = List.of(base(0), base(1));
        List<ReplicationResult> variant = List.of(0, 1).stream().map(rep -> Synthetic.result(rep, (m, a, y) -> {
            double b = m == OUTLAY ? 50 : 10 + rep;
            if (a == 0) {
                return b + (m == OUTLAY ? 100 : 2);
            }
            return a == 1 ? b - (m == OUTLAY ? 20 : m == OUTPUT ? 3 : 0) : b;
        })).toList();
        CostEffectivenessRow anyProvince = CostEffectiveness.of("v", base, variant, List.of(2021)).get(1);
        assertEquals("South", anyProvince.region());
        assertEquals(-40.0, anyProvince.extraOutlayMillion(), 1e-12);
        assertEquals(150.0, anyProvince.outputPerYuan(), 1e-9, "without the reach, 6 B lost on 40 M 'saved'");

        List<CostEffectivenessRow> rows = CostEffectiveness.of("v", base, variant, List.of(2021), Set.of("North"));
        CostEffectivenessRow south = rows.get(1);
        assertEquals(-40.0, south.extraOutlayMillion(), 1e-12, "the outlay change is still reported");
        assertTrue(Double.isNaN(south.outputPerYuan()) && Double.isNaN(south.intervals().outputPerYuan().p05()));
        assertEquals(CostEffectivenessRow.SPILL_OVER, south.ratioNote());
        assertFalse(Double.isNaN(rows.get(0).outputPerYuan()), "North, where it acts, keeps its ratio");
        assertFalse(Double.isNaN(rows.get(2).outputPerYuan()), "and so does the total");
    }
}
