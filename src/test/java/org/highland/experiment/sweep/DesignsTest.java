package org.highland.experiment.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class DesignsTest {
    private static final List<SweepFactor> THREE = List.of(SweepFactor.range("a", 0, 1), SweepFactor.range("b", 10, 20),
            SweepFactor.levels("c", new double[] {1, 2, 5}));

    /** The point counts a user is told before a sweep: Saltelli n (k + 2), Morris r (k + 1), LHS n, grid the product. */
    @Test
    void pointCountsWithoutBuildingTheDesign() {
        assertEquals(8 * 5, Designs.count(DesignMethod.SOBOL, THREE, 8));
        assertEquals(8 * 4, Designs.count(DesignMethod.MORRIS, THREE, 8));
        assertEquals(8, Designs.count(DesignMethod.LHS, THREE, 8));
        assertEquals(8 * 8 * 3, Designs.count(DesignMethod.GRID, THREE, 8));
    }

    @Test
    void gridIsTheFullFactorialFirstFactorSlowest() {
        List<double[]> units = Designs.units(DesignMethod.GRID, THREE, 2, 4, 1);
        assertEquals(2 * 2 * 3, units.size());
        assertArrayEquals(new double[] {0, 0, 0}, units.get(0));
        assertArrayEquals(new double[] {0, 0, 0.5}, units.get(1));
        assertArrayEquals(new double[] {1, 20, 5}, Designs.values(THREE, units).get(11));
    }

    @Test
    void latinHypercubeHasOnePointInEachStratumOfEveryFactor() {
        int n = 10;
        List<double[]> units = Designs.units(DesignMethod.LHS, THREE, n, 4, 3);
        for (int i = 0; i < 3; i++) {
            int[] count = new int[n];
            for (double[] u : units) {
                count[(int) (u[i] * n)]++;
            }
            int[] ones = new int[n];
            Arrays.fill(ones, 1);
            assertArrayEquals(ones, count);
        }
    }

    @Test
    void saltelliBlocksDifferFromATheirAInOneFactorTakenFromB() {
        List<double[]> units = Designs.units(DesignMethod.SOBOL, THREE, 8, 4, 0);
        assertEquals(8 * 5, units.size());
        for (int j = 0; j < 8; j++) {
            double[] a = units.get(j * 5);
            double[] b = units.get(j * 5 + 4);
            for (int i = 0; i < 3; i++) {
                double[] expected = a.clone();
                expected[i] = b[i];
                assertArrayEquals(expected, units.get(j * 5 + 1 + i));
            }
        }
    }

    /** The grid of a range [0, 3] on 4 levels is 0, 1, 2, 3 exactly: no 0.999999999999 from rounded units. */
    @Test
    void morrisValuesOfARangeAreItsGridLevelsExactly() {
        List<SweepFactor> factors = List.of(SweepFactor.range("a", 0, 3), SweepFactor.range("b", 1.8, 4.8),
                SweepFactor.range("c", 0.05, 0.2));
        List<double[]> values = Designs.values(factors, Designs.units(DesignMethod.MORRIS, factors, 12, 4, 20150101));
        Set<String> a = new TreeSet<>();
        Set<String> b = new TreeSet<>();
        Set<String> c = new TreeSet<>();
        for (double[] v : values) {
            a.add(Double.toString(v[0]));
            b.add(Double.toString(v[1]));
            c.add(Double.toString(v[2]));
        }
        assertEquals(Set.of("0.0", "1.0", "2.0", "3.0"), a);
        assertEquals(Set.of("1.8", "2.8", "3.8", "4.8"), b);
        assertEquals(Set.of("0.05", "0.1", "0.15", "0.2"), c);
    }

    @Test
    void morrisTrajectoriesMoveOneFactorAtATime() {
        List<double[]> units = Designs.units(DesignMethod.MORRIS, THREE, 5, 4, 9);
        assertEquals(5 * 4, units.size());
        for (int t = 0; t < 5; t++) {
            for (int s = 0; s < 3; s++) {
                double[] p = units.get(t * 4 + s);
                double[] q = units.get(t * 4 + s + 1);
                int changed = 0;
                for (int i = 0; i < 3; i++) {
                    changed += p[i] != q[i] ? 1 : 0;
                }
                assertEquals(1, changed);
            }
        }
    }
}
