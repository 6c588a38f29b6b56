package org.highland.experiment.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.highland.experiment.sweep.DesignMethod;
import org.highland.experiment.sweep.Designs;
import org.highland.experiment.sweep.SweepFactor;
import org.junit.jupiter.api.Test;

/**
 * The estimators recover the analytic indices of the standard test functions (Saltelli et al.
 * 2008, "Global sensitivity analysis: the primer", ch. 4; SALib's test problems) inside their
 * bootstrap 95 % intervals.
 */
class EstimatorsTest {
    private static final double A = 7;
    private static final double B = 0.1;

    private static double ishigami(double[] x) {
        return Math.sin(x[0]) + A * Math.pow(Math.sin(x[1]), 2) + B * Math.pow(x[2], 4) * Math.sin(x[0]);
    }

    private static double[] run(List<SweepFactor> factors, DesignMethod method, int size, ToDoubleFunction<double[]> f,
                                List<double[]> unitsOut) {
        List<double[]> units = Designs.units(method, factors, size, 4, 11);
        unitsOut.addAll(units);
        List<double[]> values = Designs.values(factors, units);
        double[] y = new double[values.size()];
        for (int p = 0; p < y.length; p++) {
            y[p] = f.applyAsDouble(values.get(p));
        }
        return y;
    }

    @Test
    void sobolRecoversIshigami() {
        List<SweepFactor> factors = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            factors.add(SweepFactor.range("x" + i, -Math.PI, Math.PI));
        }
        double[] y = run(factors, DesignMethod.SOBOL, 4096, EstimatorsTest::ishigami, new ArrayList<>());
        double pi4 = Math.pow(Math.PI, 4);
        double pi8 = pi4 * pi4;
        double v1 = 0.5 * Math.pow(1 + B * pi4 / 5, 2);
        double v2 = A * A / 8;
        double v13 = 8 * B * B * pi8 / 225;
        double v = v1 + v2 + v13;
        double[] first = {v1 / v, v2 / v, 0};
        double[] total = {(v1 + v13) / v, v2 / v, v13 / v};
        SobolIndices.Result r = SobolIndices.estimate(y, 3, 500, 5);
        for (int i = 0; i < 3; i++) {
            assertTrue(r.first()[i].contains(first[i]), "S" + (i + 1) + " " + r.first()[i] + " vs " + first[i]);
            assertTrue(r.total()[i].contains(total[i]), "ST" + (i + 1) + " " + r.total()[i] + " vs " + total[i]);
            assertTrue(r.total()[i].high() - r.total()[i].low() < 0.1, "interval narrow enough to mean something");
        }
    }

    @Test
    void sobolRecoversTheGFunction() {
        double[] a = {0, 1, 4.5, 9, 99, 99, 99, 99};
        int k = a.length;
        List<SweepFactor> factors = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            factors.add(SweepFactor.range("x" + i, 0, 1));
        }
        double[] y = run(factors, DesignMethod.SOBOL, 4096, x -> {
            double g = 1;
            for (int i = 0; i < k; i++) {
                g *= (Math.abs(4 * x[i] - 2) + a[i]) / (1 + a[i]);
            }
            return g;
        }, new ArrayList<>());
        double[] vi = new double[k];
        double prod = 1;
        for (int i = 0; i < k; i++) {
            vi[i] = 1 / (3 * Math.pow(1 + a[i], 2));
            prod *= 1 + vi[i];
        }
        double v = prod - 1;
        SobolIndices.Result r = SobolIndices.estimate(y, k, 500, 5);
        for (int i = 0; i < k; i++) {
            double total = vi[i] * prod / (1 + vi[i]) / v;
            assertTrue(r.first()[i].contains(vi[i] / v), "S" + (i + 1) + " " + r.first()[i] + " vs " + vi[i] / v);
            assertTrue(r.total()[i].contains(total), "ST" + (i + 1) + " " + r.total()[i] + " vs " + total);
        }
    }

    @Test
    void morrisGivesTheSlopesOfALinearFunctionAndRanksIshigami() {
        List<SweepFactor> unit = List.of(SweepFactor.range("a", 0, 1), SweepFactor.range("b", 0, 1), SweepFactor.range("c", 0, 1));
        List<double[]> units = new ArrayList<>();
        double[] y = run(unit, DesignMethod.MORRIS, 20, x -> 3 * x[0] - 2 * x[1], units);
        MorrisIndices.Result lin = MorrisIndices.estimate(units, y, 3, 200, 1);
        assertEquals(3, lin.muStar()[0].value(), 1e-9);
        assertEquals(-2, lin.mu()[1], 1e-9);
        assertEquals(0, lin.sigma()[0], 1e-9);
        assertEquals(0, lin.muStar()[2].value(), 1e-12);

        List<SweepFactor> factors = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            factors.add(SweepFactor.range("x" + i, -Math.PI, Math.PI));
        }
        units.clear();
        y = run(factors, DesignMethod.MORRIS, 100, EstimatorsTest::ishigami, units);
        MorrisIndices.Result r = MorrisIndices.estimate(units, y, 3, 500, 1);
        // Per unit of range: x3 matters only through its interaction with x1 (mu near 0, sigma large).
        assertTrue(r.muStar()[2].value() > 0 && Math.abs(r.mu()[2]) < r.sigma()[2], "x3 acts through an interaction");
        assertTrue(r.muStar()[0].low() > 0 && r.muStar()[1].low() > 0, "x1 and x2 matter");
        assertTrue(r.muStar()[0].low() <= r.muStar()[0].value() && r.muStar()[0].value() <= r.muStar()[0].high());
    }
}
