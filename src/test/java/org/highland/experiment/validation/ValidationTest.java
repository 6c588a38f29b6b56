package org.highland.experiment.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Predicate;
import org.highland.run.ReplicationResult;
import org.junit.jupiter.api.Test;

class ValidationTest {
    private static final List<Target> ALL = Targets.modelled(Targets.load());

    /** Targets that can all hold at once (a ratio shares its areas with Table 2 counts). */
    private static List<Target> of(Predicate<Target> p) {
        return ALL.stream().filter(p).toList();
    }

    @Test
    void lossIsZeroWhenEveryOutputEqualsItsTarget() {
        List<Target> direct = of(t -> t.mapping().derived() != Derivation.RATIO);
        Synthetic s = new Synthetic(direct);
        s.matchAll(direct);
        List<ValidationRow> rows = Validation.evaluate(direct, List.of(s.result(0), s.result(1)));
        assertEquals(direct.size(), rows.size());
        assertEquals(0.0, Validation.loss(rows), 1e-20);
        assertEquals(rows.size(), Validation.withinCount(rows));

        List<Target> ratios = of(t -> t.mapping().derived() == Derivation.RATIO);
        Synthetic r = new Synthetic(ratios);
        r.matchAll(ratios);
        List<ValidationRow> ratioRows = Validation.evaluate(ratios, List.of(r.result(0)));
        assertEquals(0.0, Validation.loss(ratioRows), 1e-20);
        assertEquals(ratios.size(), Validation.withinCount(ratioRows));
    }

    @Test
    void lossIsTheWeightedMeanSquaredRelativeError() {
        List<Target> direct = of(t -> t.mapping().derived() == Derivation.VALUE
                && t.figure().relation() == Relation.EQ && t.calibration());
        Synthetic s = new Synthetic(direct);
        s.matchAll(direct);
        Target off = direct.get(0);
        s.set(off.mapping().metric(), off.mapping().area(), off.mapping().year(), off.figure().value() * 1.2);
        List<ValidationRow> rows = Validation.evaluate(direct, List.of(s.result(0)));
        double weights = direct.stream().mapToDouble(t -> t.mapping().weight()).sum();
        assertEquals(off.mapping().weight() * 0.04 / weights, Validation.loss(rows), 1e-12);
        assertFalse(rows.get(0).within());
        assertEquals(0.2, rows.get(0).relError(), 1e-12);
    }

    @Test
    void boundsCountOnlyTheWrongSideAndMeanAndPercentilesSpanReplications() {
        Target ge = of(t -> t.figure().relation() == Relation.GE).get(0);
        Synthetic s = new Synthetic(List.of(ge));
        double v = ge.figure().value();
        s.set(ge.mapping().metric(), ge.mapping().area(), ge.mapping().year(), 2 * v);
        ReplicationResult high = s.result(0);
        s.set(ge.mapping().metric(), ge.mapping().area(), ge.mapping().year(), 4 * v);
        ReplicationResult higher = s.result(1);
        ValidationRow row = Validation.evaluate(List.of(ge), List.of(high, higher)).get(0);
        assertEquals(3 * v, row.simMean(), 1e-9);
        assertTrue(row.simP05() < row.simMean() && row.simMean() < row.simP95());
        assertTrue(row.within());
        assertEquals(0.0, Validation.loss(List.of(row)));
        s.set(ge.mapping().metric(), ge.mapping().area(), ge.mapping().year(), 0.5 * v);
        ValidationRow low = Validation.evaluate(List.of(ge), List.of(s.result(0))).get(0);
        assertFalse(low.within());
        assertEquals(0.25, Validation.loss(List.of(low)), 1e-12);
    }

    @Test
    void relationsApplyTheToleranceOnTheRightSide() {
        assertTrue(Relation.EQ.within(109, 100, 0.10));
        assertFalse(Relation.EQ.within(111, 100, 0.10));
        assertFalse(Relation.APPROX.within(89, 100, 0.10));
        assertTrue(Relation.GE.within(91, 100, 0.10));
        assertTrue(Relation.GE.within(500, 100, 0.10));
        assertFalse(Relation.GE.within(89, 100, 0.10));
        assertTrue(Relation.LE.within(10, 100, 0.10));
        assertFalse(Relation.LE.within(111, 100, 0.10));
        assertFalse(Relation.EQ.within(Double.NaN, 100, 0.10));
    }
}
