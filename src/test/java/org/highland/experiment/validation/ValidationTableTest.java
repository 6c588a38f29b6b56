package org.highland.experiment.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What {@code validate} prints: the ok column of each row, the error column, the number format,
 * and the warnings that a run is too noisy to judge (a thinned run with fewer than 10
 * replications; a 90 % interval wider than the band 2 x tol x |figure|, or straddling the bound
 * of an at-least / at-most figure), each worked out by hand for real targets.
 */
class ValidationTableTest {
    private static final List<Target> ALL = Targets.modelled(Targets.load());

    private static Target first(Relation relation) {
        return ALL.stream().filter(t -> t.figure().relation() == relation && t.mapping().derived() == Derivation.VALUE)
                .findFirst().orElseThrow().withBasis(Basis.CALIBRATED);
    }

    /** The first EQ target turned into an at-most figure (no shipped target is one). */
    private static Target atMost() {
        Target t = first(Relation.EQ);
        Figure f = t.figure();
        return new Target(new Figure(f.id(), f.region(), f.scope(), f.metric(), f.year(), f.value(), f.unit(),
                Relation.LE, f.source()), t.mapping(), t.reason());
    }

    private static ValidationRow row(Target t, double mean, double p05, double p95, boolean within) {
        return new ValidationRow(t, mean, p05, p95, (mean - t.figure().value()) / Math.abs(t.figure().value()), within);
    }

    /** The line of the table for target {@code t}. */
    private static String line(String table, Target t) {
        return table.lines().filter(l -> l.startsWith(t.id() + " ")).findFirst().orElseThrow();
    }

    private static boolean warnsWide(ValidationRow r) {
        return ValidationTable.warnings(List.of(r), 1, 100).size() == 1;
    }

    @Test
    void theOkColumnSaysYesForAHitAndNoForAMiss() {
        Target hit = first(Relation.EQ);
        Target miss = ALL.stream().filter(t -> t.figure().relation() == Relation.EQ && t != hit
                && !t.id().equals(hit.id())).findFirst().orElseThrow();
        double f = hit.figure().value();
        double g = miss.figure().value();
        String table = ValidationTable.render(List.of(row(hit, f, f, f, true), row(miss, 2 * g, 2 * g, 2 * g, false)));
        assertTrue(line(table, hit).matches(".*%\\s+yes" + (hit.mapping().headline() ? " \\*" : "") + "$"),
                line(table, hit));
        assertTrue(line(table, miss).matches(".*%\\s+NO" + (miss.mapping().headline() ? " \\*" : "") + "$"),
                line(table, miss));
        Target headline = ALL.stream().filter(x -> x.mapping().headline()).findFirst().orElseThrow();
        double h = headline.figure().value();
        assertTrue(line(ValidationTable.render(List.of(row(headline, h, h, h, true))), headline).endsWith("yes *"),
                "a headline target is starred");
        assertTrue(line(table, miss).contains("+100.0%"), "error of twice the figure: " + line(table, miss));
    }

    @Test
    void aTargetPastTheRunsEndIsNotSimulatedAndNotCountedAsAMiss() {
        List<Target> eq = ALL.stream().filter(t -> t.figure().relation() == Relation.EQ
                && t.mapping().derived() == Derivation.VALUE).limit(2).map(t -> t.withBasis(Basis.OUT_OF_SAMPLE))
                .toList();
        Target hit = eq.get(0);
        Target later = eq.get(1);
        double f = hit.figure().value();
        List<ValidationRow> rows = List.of(row(hit, f, f, f, true),
                new ValidationRow(later, Double.NaN, Double.NaN, Double.NaN, Double.NaN, false));
        String table = ValidationTable.render(rows);
        assertTrue(line(table, later).matches(".*\\snot simulated( \\*)?$"), line(table, later));
        assertTrue(table.contains("out_of_sample: 1 of 1 within tolerance (1 more not simulated)"), table);
        assertTrue(table.contains("not simulated: 1 target(s) of " + later.figure().year() + ", past the run's end"),
                table);
        assertFalse(ValidationTable.render(List.of(row(hit, f, f, f, true))).contains("not simulated"),
                "a run that simulated every target says nothing of it");
    }

    @Test
    void numbersPrintWithDigitsByTheirSizeAndAMissingValueAsADash() {
        Target t = first(Relation.EQ);
        ValidationRow r = new ValidationRow(t, 1000, 10, Double.NaN, Double.NaN, false);
        String l = line(ValidationTable.render(List.of(r)), t);
        assertTrue(l.contains(" 1000 ") && l.contains(" 10.0 "), l);
        assertEquals("-", ValidationTable.error(r), "no relative error without an output");
        assertTrue(l.matches(".*\\s-\\s+-\\s+\\d+%.*"), "p95 and error print as '-': " + l);
        ValidationRow small = new ValidationRow(t, 999.94, 9.9994, 0.5, 0, true);
        String s = line(ValidationTable.render(List.of(small)), t);
        assertTrue(s.contains(" 999.9 ") && s.contains(" 9.999 ") && s.contains(" 0.500 "), s);
    }

    @Test
    void aMetBoundShowsTheBoundAMissedOneItsError() {
        Target ge = first(Relation.GE);
        double f = ge.figure().value();
        double tol = ge.mapping().tolerance();
        assertEquals(">=" + String.format(java.util.Locale.ROOT, Math.abs(f * (1 - tol)) >= 1000 ? "%.0f"
                : Math.abs(f * (1 - tol)) >= 10 ? "%.1f" : "%.3f", f - tol * Math.abs(f)),
                ValidationTable.error(row(ge, 2 * f, f, f, true)));
        assertEquals("-50.0%", ValidationTable.error(row(ge, 0.5 * f, f, f, false)));
        Target le = atMost();
        double g = le.figure().value();
        double top = g + le.mapping().tolerance() * Math.abs(g);
        assertEquals("<=" + String.format(java.util.Locale.ROOT, Math.abs(top) >= 1000 ? "%.0f"
                : Math.abs(top) >= 10 ? "%.1f" : "%.3f", top), ValidationTable.error(row(le, 0.5 * g, g, g, true)));
        assertEquals("+100.0%", ValidationTable.error(row(le, 2 * g, g, g, false)));
    }

    @Test
    void aThinnedRunWithFewerThanTenReplicationsIsTooNoisyAFullOneIsNot() {
        assertEquals(1, ValidationTable.warnings(List.of(), 0.5, ValidationTable.MIN_REPLICATIONS - 1).size());
        String one = ValidationTable.warnings(List.of(), 0.5, 1).get(0);
        assertTrue(one.contains("scale 0.500 with 1 replication is too noisy"), one);
        assertEquals(0, ValidationTable.warnings(List.of(), 0.5, ValidationTable.MIN_REPLICATIONS).size());
        assertEquals(0, ValidationTable.warnings(List.of(), 1, 2).size(), "full scale needs no more replications");
    }

    @Test
    void anIntervalWiderThanTheBandOrAcrossABoundIsWarnedOf() {
        Target eq = first(Relation.EQ);
        double f = eq.figure().value();
        double band = eq.mapping().tolerance() * Math.abs(f);
        assertFalse(warnsWide(row(eq, f, f - 0.99 * band, f + 0.99 * band, true)), "interval inside the band");
        assertTrue(warnsWide(row(eq, f, f - 1.01 * band, f + 1.01 * band, true)), "interval wider than the band");
        assertTrue(warnsWide(row(eq, f, f - 0.1 * band, f + 1.95 * band, true)), "one-sided but wider than 2 tol");

        Target ge = first(Relation.GE);
        double g = ge.figure().value();
        double bound = g - ge.mapping().tolerance() * Math.abs(g);
        double b = 0.01 * ge.mapping().tolerance() * Math.abs(g);
        assertTrue(warnsWide(row(ge, g, bound - b, bound + b, true)), "straddles the at-least bound");
        assertFalse(warnsWide(row(ge, g, bound + b, bound + 100 * b, true)), "wholly above the bound");
        assertFalse(warnsWide(row(ge, g, bound - 100 * b, bound - b, false)), "wholly below the bound");

        Target le = atMost();
        double h = le.figure().value();
        double top = h + le.mapping().tolerance() * Math.abs(h);
        double c = 0.01 * le.mapping().tolerance() * Math.abs(h);
        assertTrue(warnsWide(row(le, h, top - c, top + c, true)), "straddles the at-most bound");
        assertFalse(warnsWide(row(le, h, top - 100 * c, top - c, true)), "wholly below the bound");
        assertFalse(warnsWide(row(le, h, top + c, top + 100 * c, false)), "wholly above the bound");
    }

    @Test
    void theWarningNamesAtMostThreeTargetsThenDots() {
        List<Target> eq = ALL.stream().filter(t -> t.figure().relation() == Relation.EQ
                && t.mapping().basis() != Basis.IDENTITY).limit(4).toList();
        assertEquals(4, eq.size(), "premise: four non-identity eq targets");
        List<ValidationRow> rows = new ArrayList<>();
        for (Target t : eq) {
            double f = t.figure().value();
            rows.add(row(t, f, f - Math.abs(f), f + Math.abs(f), true));
        }
        String three = ValidationTable.warnings(rows.subList(0, 3), 1, 100).get(0);
        assertTrue(three.contains("for 3 of 3") && three.contains("band for " + eq.get(0).id()) && three.contains(eq.get(2).id() + ":"), three);
        String four = ValidationTable.warnings(rows, 1, 100).get(0);
        assertTrue(four.contains("for 4 of 4") && four.contains(eq.get(2).id() + " and 1 more:")
                && !four.contains(eq.get(3).id()), four);
    }
}
