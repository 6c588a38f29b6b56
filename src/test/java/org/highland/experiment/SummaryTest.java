package org.highland.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.highland.run.Metric;
import org.highland.run.ReplicationResult;
import org.junit.jupiter.api.Test;

class SummaryTest {
    private static final double EPS = 1e-12;
    private static final List<Metric> METRICS = List.of(
            new Metric("output", "cny_million", true, "Output"),
            new Metric("firms", "count", false, "Firms"));
    private static final List<String> AREAS =
            List.of("Zhejiang", "Zhejiang/park:Qiantang Pharmaceutical Port");
    private static final double NAN = Double.NaN;

    /** value[metric][area][year]: output recorded for both areas, firms only for the province. */
    private static ReplicationResult rep(int replication, double output2020, double output2021,
                                         double parkOutput2020, double firms2020) {
        double[][][] values = {
            {{output2020, output2021}, {parkOutput2020, NAN}},
            {{firms2020, NAN}, {NAN, NAN}},
        };
        return new ReplicationResult(replication, METRICS, AREAS, 2020, values);
    }

    private static List<ReplicationResult> fourReps() {
        return List.of(
                rep(3, 3.0, 30.0, 7.0, 5.0),
                rep(1, 1.0, 10.0, NAN, NAN),
                rep(4, 10.0, 100.0, NAN, NAN),
                rep(2, 2.0, 20.0, NAN, NAN));
    }

    @Test
    void statisticsMatchHandComputedValues() {
        SummaryRow row = Summary.row(fourReps(), "output", "Zhejiang", 2020);
        // values 1, 2, 3, 10: mean 4; squared deviations 9 + 4 + 1 + 36 = 50 over n - 1 = 3
        assertEquals(4.0, row.mean(), EPS);
        assertEquals(Math.sqrt(50.0 / 3.0), row.sd(), EPS);
        // h = (n - 1) p + 1 on the sorted values
        assertEquals(1.15, row.p05(), EPS);  // h = 1.15: 1 + 0.15 * (2 - 1)
        assertEquals(2.5, row.p50(), EPS);   // h = 2.5:  2 + 0.5 * (3 - 2)
        assertEquals(8.95, row.p95(), EPS);  // h = 3.85: 3 + 0.85 * (10 - 3)
        assertEquals(4, row.n());
        assertEquals("cny_million", row.unit());
        assertEquals("Zhejiang", row.area());
        assertEquals(2020, row.year());
    }

    @Test
    void singleValueHasNoSdAndFlatPercentiles() {
        SummaryRow row = Summary.row(fourReps(), "output",
                "Zhejiang/park:Qiantang Pharmaceutical Port", 2020);
        // sd with n - 1 is undefined for one value: NaN (an empty cell), not 0 ("no spread").
        assertEquals(new SummaryRow("output", "Zhejiang/park:Qiantang Pharmaceutical Port", 2020,
                "cny_million", 7.0, Double.NaN, 7.0, 7.0, 7.0, 1), row);
        assertTrue(Double.isNaN(row.sd()));
    }

    @Test
    void twoValues() {
        List<ReplicationResult> reps = List.of(rep(1, 2.0, 0, NAN, NAN), rep(2, 4.0, 0, NAN, NAN));
        SummaryRow row = Summary.row(reps, "output", "Zhejiang", 2020);
        assertEquals(3.0, row.mean(), EPS);
        assertEquals(Math.sqrt(2.0), row.sd(), EPS);
        assertEquals(2.1, row.p05(), EPS);
        assertEquals(3.0, row.p50(), EPS);
        assertEquals(3.9, row.p95(), EPS);
    }

    @Test
    void nanValuesAreLeftOut() {
        SummaryRow row = Summary.row(fourReps(), "firms", "Zhejiang", 2020);
        assertEquals(1, row.n());
        assertEquals(5.0, row.mean(), EPS);
        assertTrue(Double.isNaN(row.sd()), "one value left: no sd");
    }

    @Test
    void absentRowsAreNull() {
        assertNull(Summary.row(fourReps(), "firms", "Zhejiang", 2021));
        assertNull(Summary.row(fourReps(), "unknown", "Zhejiang", 2020));
        assertNull(Summary.row(fourReps(), "output", "Nowhere", 2020));
        assertNull(Summary.row(fourReps(), "output", "Zhejiang", 2019));
        assertNull(Summary.row(List.of(), "output", "Zhejiang", 2020));
    }

    @Test
    void rowsFollowMetricThenAreaThenYearOrder() {
        List<String> keys = new ArrayList<>();
        for (SummaryRow r : Summary.of(fourReps())) {
            keys.add(r.metric() + "|" + r.area() + "|" + r.year());
        }
        assertEquals(List.of(
                "output|Zhejiang|2020",
                "output|Zhejiang|2021",
                "output|Zhejiang/park:Qiantang Pharmaceutical Port|2020",
                "firms|Zhejiang|2020"), keys);
    }

    @Test
    void ofAgreesWithRow() {
        for (SummaryRow r : Summary.of(fourReps())) {
            assertEquals(r, Summary.row(fourReps(), r.metric(), r.area(), r.year()));
        }
    }

    @Test
    void resultDoesNotDependOnCompletionOrder() {
        List<ReplicationResult> reps = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            reps.add(rep(i, 0.1 * i + 1e-9 * i * i, 1.0 / (i + 1), NAN, NAN));
        }
        List<SummaryRow> forward = Summary.of(reps);
        List<ReplicationResult> reversed = new ArrayList<>(reps);
        Collections.reverse(reversed);
        // Records compare doubles bit for bit, so this checks exact equality of every statistic.
        assertEquals(forward, Summary.of(reversed));
    }

    @Test
    void emptyInputGivesNoRows() {
        assertTrue(Summary.of(List.of()).isEmpty());
    }
}
