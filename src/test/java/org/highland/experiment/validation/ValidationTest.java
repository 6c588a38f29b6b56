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
        // Labelled calibrated so that it counts in the loss, whatever its basis in targets.csv.
        Target ge = of(t -> t.figure().relation() == Relation.GE).get(0).withBasis(Basis.CALIBRATED);
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

    @Test
    void theTableCountsEachBasisApartAndOnlyTheSixHeadlineFigures() {
        List<Target> direct = of(t -> t.mapping().derived() != Derivation.RATIO);
        Synthetic s = new Synthetic(direct);
        s.matchAll(direct);
        String table = ValidationTable.render(Validation.evaluate(direct, List.of(s.result(0))));
        long identities = direct.stream().filter(t -> t.basis() == Basis.IDENTITY).count();
        long calibrated = direct.stream().filter(t -> t.basis() == Basis.CALIBRATED).count();
        long outOfSample = direct.stream().filter(t -> t.basis() == Basis.OUT_OF_SAMPLE).count();
        long earlier = direct.stream().filter(t -> t.basis() == Basis.EARLIER_FIT).count();
        assertTrue(table.contains("identity:      " + identities + " of " + identities
                + " within tolerance (a check of the solver, not of the model)"), table);
        assertTrue(table.contains("calibrated:    " + calibrated + " of " + calibrated + " within tolerance\n"), table);
        assertTrue(table.contains("out_of_sample: " + outOfSample + " of " + outOfSample + " within tolerance\n"), table);
        assertTrue(table.contains("earlier_fit:   " + earlier + " of " + earlier
                + " within tolerance (seen by an earlier fit whose values the scenario keeps: not evidence)"), table);
        assertTrue(table.contains("headline *:    6 of 6 within tolerance"), table);
        assertTrue(table.contains(ValidationTable.LEGEND), table);
    }

    @Test
    void aBoundThatIsMetShowsTheBoundNotTheDistanceBeyondIt() {
        Target ge = of(t -> t.figure().relation() == Relation.GE).get(0);
        Synthetic s = new Synthetic(List.of(ge));
        double v = ge.figure().value();
        s.set(ge.mapping().metric(), ge.mapping().area(), ge.mapping().year(), 2.64 * v);
        ValidationRow met = Validation.evaluate(List.of(ge), List.of(s.result(0))).get(0);
        assertTrue(met.within());
        assertTrue(ValidationTable.error(met).startsWith(">="), ValidationTable.error(met));
        assertFalse(ValidationTable.render(List.of(met)).contains("+164"), ValidationTable.render(List.of(met)));
        s.set(ge.mapping().metric(), ge.mapping().area(), ge.mapping().year(), 0.5 * v);
        ValidationRow missed = Validation.evaluate(List.of(ge), List.of(s.result(0))).get(0);
        assertEquals("-50.0%", ValidationTable.error(missed));
    }

    @Test
    void warnsWhenTheRunIsTooNoisyToJudge() {
        Target t = of(x -> x.basis() == Basis.CALIBRATED && x.figure().relation() == Relation.EQ).get(0);
        Synthetic s = new Synthetic(List.of(t));
        double v = t.figure().value();
        double tol = t.mapping().tolerance();
        List<ReplicationResult> narrow = new java.util.ArrayList<>();
        List<ReplicationResult> wide = new java.util.ArrayList<>();
        for (int k = 0; k < 10; k++) {
            double u = (k - 4.5) / 4.5;
            s.set(t.mapping().metric(), t.mapping().area(), t.mapping().year(), v * (1 + 0.5 * tol * u));
            narrow.add(s.result(k));
            s.set(t.mapping().metric(), t.mapping().area(), t.mapping().year(), v * (1 + 3 * tol * u));
            wide.add(s.result(k));
        }
        assertEquals(List.of(), ValidationTable.warnings(Validation.evaluate(List.of(t), narrow), 1.0, 10));
        List<String> thin = ValidationTable.warnings(Validation.evaluate(List.of(t), narrow), 0.2, 4);
        assertEquals(1, thin.size());
        assertTrue(thin.get(0).contains("scale 0.200 with 4 replications"), thin.get(0));
        List<String> noisy = ValidationTable.warnings(Validation.evaluate(List.of(t), wide), 1.0, 10);
        assertEquals(1, noisy.size());
        assertTrue(noisy.get(0).contains("1 of 1 non-identity targets") && noisy.get(0).contains(t.id()), noisy.get(0));

        // An at-least figure has no band: a wide interval above its bound is no reason to warn, one across it is.
        Target ge = of(x -> x.figure().relation() == Relation.GE).get(0);
        Synthetic g = new Synthetic(List.of(ge));
        double bound = ge.figure().value() * (1 - ge.mapping().tolerance());
        List<ReplicationResult> above = new java.util.ArrayList<>();
        List<ReplicationResult> across = new java.util.ArrayList<>();
        for (int k = 0; k < 10; k++) {
            g.set(ge.mapping().metric(), ge.mapping().area(), ge.mapping().year(), bound * (1.1 + k));
            above.add(g.result(k));
            g.set(ge.mapping().metric(), ge.mapping().area(), ge.mapping().year(), bound * (0.5 + 0.1 * k));
            across.add(g.result(k));
        }
        assertEquals(List.of(), ValidationTable.warnings(Validation.evaluate(List.of(ge), above), 1.0, 10));
        List<String> spans = ValidationTable.warnings(Validation.evaluate(List.of(ge), across), 1.0, 10);
        assertEquals(1, spans.size());
        assertTrue(spans.get(0).contains("spans the bound of an at-least or at-most figure for " + ge.id())
                && !spans.get(0).contains("wider than"), spans.get(0));
    }
}
