package org.highland.experiment.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * PRIM's peeling trajectory worked out by hand on ten cases of one factor, x = 1..10, with the
 * cases x >= 8 of interest, alpha 0.1: each step peels the single lowest case (from above the
 * share of interest would fall), the box shrinks from [1, 10] to [8, 10] where the density is 1
 * and no peel can raise it. Box i holds 10 - i cases: coverage 1, density 3 / (10 - i), mass
 * (10 - i) / 10.
 */
class PrimPeelingTest {
    private static final double[][] X = new double[10][];
    private static final boolean[] INTEREST = new boolean[10];

    static {
        for (int c = 0; c < 10; c++) {
            X[c] = new double[] {c + 1};
            INTEREST[c] = c + 1 >= 8;
        }
    }

    @Test
    @Timeout(10)
    void peelsOneCaseAtATimeFromBelowUntilTheDensityIsOne() {
        List<Prim.Box> t = Prim.peel(X, INTEREST, 0.1, 0);
        assertEquals(8, t.size());
        for (int i = 0; i < t.size(); i++) {
            Prim.Box b = t.get(i);
            assertEquals(1 + i, b.low()[0], "box " + i);
            assertEquals(10, b.high()[0], "box " + i);
            assertEquals(1.0, b.coverage(), 1e-15);
            assertEquals(3.0 / (10 - i), b.density(), 1e-15);
            assertEquals((10 - i) / 10.0, b.mass(), 1e-15);
        }
    }

    /** With a minimum mass of half the cases the peeling stops at [6, 10], five cases, whose mass is exactly 0.5. */
    @Test
    @Timeout(10)
    void stopsAtTheMinimumMassWhichIsItselfAllowed() {
        List<Prim.Box> t = Prim.peel(X, INTEREST, 0.1, 0.5);
        assertEquals(6, t.size());
        assertEquals(6, t.get(5).low()[0]);
        assertEquals(0.5, t.get(5).mass());
    }

    /**
     * alpha is a share of the cases still inside: 0.25 peels floor(2.5) = 2 of 10, then 2 of 8,
     * then one a step (floor 1.5, 1.25, 1), so the lower bound goes 1, 3, 5, 6, 7, 8.
     */
    @Test
    @Timeout(10)
    void alphaSetsHowManyCasesAStepPeels() {
        List<Prim.Box> t = Prim.peel(X, INTEREST, 0.25, 0);
        assertEquals(List.of(1.0, 3.0, 5.0, 6.0, 7.0, 8.0), t.stream().map(b -> b.low()[0]).toList());
    }

    /** The mirror image: cases x <= 3 of interest, so every step peels the highest case. */
    @Test
    @Timeout(10)
    void peelsFromAboveWhenTheCasesOfInterestLieLow() {
        boolean[] low = new boolean[10];
        for (int c = 0; c < 10; c++) {
            low[c] = c + 1 <= 3;
        }
        List<Prim.Box> t = Prim.peel(X, low, 0.1, 0);
        assertEquals(List.of(10.0, 9.0, 8.0, 7.0, 6.0, 5.0, 4.0, 3.0), t.stream().map(b -> b.high()[0]).toList());
        assertEquals(1.0, t.get(t.size() - 1).low()[0]);
        assertEquals(1.0, t.get(t.size() - 1).density());
    }

    @Test
    void selectTakesTheDensestBoxWithEnoughCoverageTheFirstOnTies() {
        List<Prim.Box> t = List.of(box(1, 0.3), box(0.8, 0.6), box(0.9, 0.6), box(0.5, 0.9));
        assertEquals(1, Prim.select(t, 0.8), "coverage exactly at the minimum counts; a later tie does not win");
        assertEquals(0, Prim.select(t, 0.95));
        assertEquals(3, Prim.select(t, 0.5));
    }

    private static Prim.Box box(double coverage, double density) {
        return new Prim.Box(new double[] {0}, new double[] {1}, coverage, density, 1);
    }
}
