package org.highland.experiment.sweep;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.random.SobolSequenceGenerator;
import org.highland.experiment.screening.Morris;
import org.highland.model.random.Draws;
import org.highland.model.random.SplitMix64;

/**
 * The points of an experiment's design on the unit cube, one array per point with one position per
 * factor; {@link SweepFactor#at(double)} turns a position into the factor's value. Every design is
 * a pure function of (method, factors, size, levels, seed).
 */
public final class Designs {
    private Designs() {
    }

    /** The unit points of the design. */
    public static List<double[]> units(DesignMethod method, List<SweepFactor> factors, int size, int morrisLevels,
                                       long seed) {
        return switch (method) {
            case GRID -> grid(factors, size);
            case LHS -> latinHypercube(factors.size(), size, seed);
            case SOBOL -> saltelli(factors.size(), size);
            case MORRIS -> morris(factors.size(), size, morrisLevels, seed);
        };
    }

    /** The factor values of each unit point. */
    public static List<double[]> values(List<SweepFactor> factors, List<double[]> units) {
        List<double[]> values = new ArrayList<>(units.size());
        for (double[] u : units) {
            double[] v = new double[u.length];
            for (int i = 0; i < u.length; i++) {
                v[i] = factors.get(i).at(u[i]);
            }
            values.add(v);
        }
        return values;
    }

    /** Full factorial, the first factor varying slowest. */
    static List<double[]> grid(List<SweepFactor> factors, int size) {
        List<double[]> points = new ArrayList<>();
        points.add(new double[0]);
        for (SweepFactor f : factors) {
            List<double[]> next = new ArrayList<>();
            for (double[] p : points) {
                for (double u : f.gridUnits(size)) {
                    double[] q = java.util.Arrays.copyOf(p, p.length + 1);
                    q[p.length] = u;
                    next.add(q);
                }
            }
            points = next;
        }
        return points;
    }

    /** n points; per factor, one point in each of n equal strata, at a uniform position within it. */
    static List<double[]> latinHypercube(int k, int n, long seed) {
        SplitMix64 random = new SplitMix64(seed);
        double[][] points = new double[n][k];
        for (int i = 0; i < k; i++) {
            int[] strata = Draws.permutation(n, random);
            for (int j = 0; j < n; j++) {
                points[j][i] = (strata[j] + random.nextDouble()) / n;
            }
        }
        return List.of(points);
    }

    /**
     * Saltelli's (2002, 2010) scheme without second-order terms: base samples A and B are the two
     * halves of a 2k-dimensional Sobol sequence (its first point, all zeros, skipped); block j holds
     * A_j, then A_j with factor i taken from B_j for i = 1..k, then B_j.
     */
    static List<double[]> saltelli(int k, int n) {
        SobolSequenceGenerator sobol = new SobolSequenceGenerator(2 * k);
        sobol.skipTo(1);
        List<double[]> points = new ArrayList<>(n * (k + 2));
        for (int j = 0; j < n; j++) {
            double[] v = sobol.nextVector();
            double[] a = java.util.Arrays.copyOfRange(v, 0, k);
            double[] b = java.util.Arrays.copyOfRange(v, k, 2 * k);
            points.add(a);
            for (int i = 0; i < k; i++) {
                double[] ab = a.clone();
                ab[i] = b[i];
                points.add(ab);
            }
            points.add(b);
        }
        return points;
    }

    /** r Morris trajectories on the unit cube (the screen's design on unit factors). */
    static List<double[]> morris(int k, int r, int levels, long seed) {
        return Morris.unitDesign(k, new Morris.Settings(r, levels, seed));
    }

    /** The number of points of a design without building it (for checks and messages). */
    public static long count(DesignMethod method, List<SweepFactor> factors, int size) {
        int k = factors.size();
        return switch (method) {
            case GRID -> factors.stream().mapToLong(f -> f.hasLevels() ? f.levels().length : size)
                    .reduce(1L, (a, b) -> a * b);
            case LHS -> size;
            case SOBOL -> (long) size * (k + 2);
            case MORRIS -> (long) size * (k + 1);
        };
    }
}
