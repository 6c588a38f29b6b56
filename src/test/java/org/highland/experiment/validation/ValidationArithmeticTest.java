package org.highland.experiment.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The numbers a user reads off {@code validate}, worked out by hand for real targets: the
 * relative error, and the within flag just inside and just outside each relation's tolerance
 * (a value 1 % of the tolerance beyond the band must be out); the loss with a missing output.
 */
class ValidationArithmeticTest {
    private static final List<Target> ALL = Targets.modelled(Targets.load());

    /** The first plain-value target with this relation (labelled calibrated so that it counts in the loss). */
    private static Target first(Relation relation) {
        return ALL.stream().filter(t -> t.figure().relation() == relation && t.mapping().derived() == Derivation.VALUE)
                .findFirst().orElseThrow().withBasis(Basis.CALIBRATED);
    }

    /** The row for target {@code t} when the run gives {@code figure x factor}. */
    private static ValidationRow at(Target t, double factor) {
        Synthetic s = new Synthetic(List.of(t));
        s.set(t.mapping().metric(), t.mapping().area(), t.mapping().year(), t.figure().value() * factor);
        return Validation.evaluate(List.of(t), List.of(s.result(0))).get(0);
    }

    @Test
    void equalityAndApproximateFiguresAreWithinOnlyInsideTheBandOnBothSides() {
        for (Relation relation : List.of(Relation.EQ, Relation.APPROX)) {
            Target t = first(relation);
            double tol = t.mapping().tolerance();
            assertTrue(t.figure().value() > 0, "premise: a positive figure");
            assertTrue(at(t, 1 + 0.99 * tol).within(), relation + " just inside above");
            assertTrue(at(t, 1 - 0.99 * tol).within(), relation + " just inside below");
            assertFalse(at(t, 1 + 1.01 * tol).within(), relation + " just outside above");
            assertFalse(at(t, 1 - 1.01 * tol).within(), relation + " just outside below");
            ValidationRow row = at(t, 1 + 1.5 * tol);
            assertEquals(1.5 * tol, row.relError(), 1e-12, "(sim - figure) / |figure|");
            assertEquals(t.figure().value() * (1 + 1.5 * tol), row.simMean(), 1e-9 * t.figure().value());
            // Squared relative error, on either side.
            assertEquals(2.25 * tol * tol, Validation.loss(List.of(row)), 1e-12);
            assertEquals(2.25 * tol * tol, Validation.loss(List.of(at(t, 1 - 1.5 * tol))), 1e-12);
        }
    }

    @Test
    void anAtLeastFigureFailsOnlyBelowItsBandAndCountsOnlyTheShortfall() {
        Target t = first(Relation.GE);
        double tol = t.mapping().tolerance();
        assertTrue(at(t, 1 - 0.99 * tol).within());
        assertFalse(at(t, 1 - 1.01 * tol).within(), "just below the band");
        assertTrue(at(t, 1 + 20 * tol).within(), "far above is fine");
        assertEquals(0.0, Validation.loss(List.of(at(t, 1.3))), "no loss above the figure");
        assertEquals(0.09, Validation.loss(List.of(at(t, 0.7))), 1e-12, "(-0.3)^2 below it");
    }

    @Test
    void anAtMostFigureFailsOnlyAboveItsBandAndCountsOnlyTheExcess() {
        double tol = 0.08;
        assertTrue(Relation.LE.within(100 * (1 + 0.99 * tol), 100, tol));
        assertFalse(Relation.LE.within(100 * (1 + 1.01 * tol), 100, tol), "just above the band");
        assertTrue(Relation.LE.within(1, 100, tol), "far below is fine");
        assertEquals(0.0, Relation.LE.lossError(-0.4));
        assertEquals(0.25, Relation.LE.lossError(0.25));
        assertEquals(0.0, Relation.GE.lossError(0.4));
        assertEquals(-0.25, Relation.GE.lossError(-0.25));
        // A negative figure: the band is measured on |figure|.
        assertTrue(Relation.EQ.within(-104, -100, 0.05));
        assertFalse(Relation.EQ.within(-106, -100, 0.05));
        assertTrue(Relation.GE.within(-104, -100, 0.05));
        assertFalse(Relation.GE.within(-106, -100, 0.05));
    }

    @Test
    void aMissingOutputCountsAsARelativeErrorOfOneInTheWeightedLoss() {
        List<Target> two = ALL.stream().filter(t -> t.figure().relation() == Relation.EQ
                && t.mapping().derived() == Derivation.VALUE && t.calibration()).limit(2).toList();
        assertEquals(2, two.size());
        Target missing = two.get(0);
        Target off = two.get(1);
        Synthetic s = new Synthetic(two);
        s.set(off.mapping().metric(), off.mapping().area(), off.mapping().year(), off.figure().value() * 0.9);
        // missing's output stays NaN: the run did not produce it.
        List<ValidationRow> rows = Validation.evaluate(two, List.of(s.result(0), s.result(1)));
        ValidationRow gone = rows.get(0);
        assertTrue(Double.isNaN(gone.simMean()) && Double.isNaN(gone.relError()));
        assertFalse(gone.within());
        double w1 = missing.mapping().weight();
        double w2 = off.mapping().weight();
        assertEquals((w1 * 1.0 + w2 * 0.01) / (w1 + w2), Validation.loss(rows), 1e-12);
        assertEquals(0, Validation.withinCount(rows), "10 % off is outside a tolerance of " + off.mapping().tolerance());
    }

    @Test
    void theBandIncludesItsEdge() {
        // 0.25 x 100 = 25 exactly: a value on the edge is within, as the documented <= says.
        assertTrue(Relation.EQ.within(125, 100, 0.25));
        assertTrue(Relation.APPROX.within(75, 100, 0.25));
        assertTrue(Relation.GE.within(75, 100, 0.25));
        assertTrue(Relation.LE.within(125, 100, 0.25));
    }

    @Test
    void theTableShowsEachRowsToleranceAndVerdict() {
        Target t = first(Relation.EQ);
        double tol = t.mapping().tolerance();
        String in = ValidationTable.render(List.of(at(t, 1 + 0.5 * tol)));
        String out = ValidationTable.render(List.of(at(t, 1 + 2 * tol)));
        String tolerance = String.format(java.util.Locale.ROOT, "%4.0f%%", 100 * tol);
        assertTrue(in.lines().anyMatch(l -> l.startsWith(t.id()) && l.contains(tolerance + " yes")), in);
        assertTrue(out.lines().anyMatch(l -> l.startsWith(t.id()) && l.contains(tolerance + " NO")), out);
        // The error column of a row 2 x tol above: +200 x tol percent, one decimal.
        String error = String.format(java.util.Locale.ROOT, "+%.1f%%", 200 * tol);
        assertEquals(error, ValidationTable.error(at(t, 1 + 2 * tol)));
        Target ge = first(Relation.GE);
        double g = ge.figure().value();
        double gtol = ge.mapping().tolerance();
        String met = ValidationTable.error(at(ge, 3));
        assertTrue(met.startsWith(">="), met);
        assertEquals(g - gtol * Math.abs(g), Double.parseDouble(met.substring(2)), 0.01 * Math.abs(g), "the bound shown");
    }
}
