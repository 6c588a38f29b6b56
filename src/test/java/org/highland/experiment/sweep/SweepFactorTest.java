package org.highland.experiment.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.highland.scenario.PlausibleRange;
import org.highland.scenario.PlausibleRanges;
import org.junit.jupiter.api.Test;

/**
 * A factor maps a design's unit position to the value a point runs with, linearly over a range
 * and to the nearest of evenly spaced levels, and back (the Morris step of a sweep is measured in
 * these units).
 */
class SweepFactorTest {
    @Test
    void aRangeIsLinearBothWays() {
        SweepFactor f = SweepFactor.range("firms.discountRatePerYear", 1, 5);
        assertEquals(1, f.at(0));
        assertEquals(2, f.at(0.25));
        assertEquals(5, f.at(1));
        assertEquals(0.25, f.unit(2));
        assertEquals(0.75, f.unit(4));
    }

    /**
     * 1.8 + (2 / 3) x 3 is 3.8000000000000003 in doubles and 0.6 x 3 is 1.7999999999999998: the value
     * a point runs with, and points.csv shows, is the decimal a user expects.
     */
    @Test
    void aPointOfARangeCarriesNoFloatingPointNoise() {
        SweepFactor f = SweepFactor.range("routes.innovativeDrug.stages[4].costPerMonthMillion", 1.8, 4.8);
        assertEquals("3.8", Double.toString(f.at(2.0 / 3)));
        assertEquals("2.8", Double.toString(f.at(1.0 / 3)));
        PlausibleRange r = PlausibleRanges.builtIn().rule("routes.innovativeDrug.stages[4].costPerMonthMillion")
                .resolve(3, 0, 1000);
        assertEquals("1.8", Double.toString(r.low()), "default 3 x *0.6 from parameter-ranges.csv");
        assertEquals("4.8", Double.toString(r.high()), "default 3 x *1.6");
    }

    @Test
    void levelsAreTheNearestEvenlySpacedOneAndTheirIndexBack() {
        SweepFactor f = SweepFactor.levels("capital.valueElasticity", new double[] {4, 1, 2});
        // Three levels at unit 0, 0.5 and 1, in the order given.
        assertEquals(4, f.at(0));
        assertEquals(4, f.at(0.24));
        assertEquals(1, f.at(0.26));
        assertEquals(1, f.at(0.74));
        assertEquals(2, f.at(0.76));
        assertEquals(2, f.at(1));
        assertEquals(4, f.at(-0.3), "below the cube: the first level");
        assertEquals(2, f.at(1.3), "above the cube: the last level");
        assertEquals(0, f.unit(4));
        assertEquals(0.5, f.unit(1));
        assertEquals(1, f.unit(2));
        assertThrows(IllegalArgumentException.class, () -> f.unit(3));
        assertEquals(0, SweepFactor.levels("x", new double[] {7}).unit(7), "a single level sits at 0");
        assertEquals(1, f.low());
        assertEquals(4, f.high());
    }

    @Test
    void factorsAreEqualOnlyWithTheSamePathBoundsAndLevels() {
        SweepFactor a = SweepFactor.levels("x", new double[] {1, 2});
        assertEquals(a, SweepFactor.levels("x", new double[] {1, 2}));
        assertEquals(a.hashCode(), SweepFactor.levels("x", new double[] {1, 2}).hashCode());
        assertNotEquals(a, SweepFactor.levels("y", new double[] {1, 2}));
        assertNotEquals(a, SweepFactor.levels("x", new double[] {1, 3}));
        assertNotEquals(a, SweepFactor.range("x", 1, 2));
        assertNotEquals(SweepFactor.range("x", 1, 2), SweepFactor.range("x", 1, 3));
        assertEquals("x[1.0, 2.0]", SweepFactor.range("x", 1, 2).toString());
        assertEquals("x[1.0, 2.0]", a.toString());
    }
}
