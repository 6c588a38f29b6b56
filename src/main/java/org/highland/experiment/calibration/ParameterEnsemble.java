package org.highland.experiment.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Parameter vectors to draw from, one per replication, so that result bands include the
 * uncertainty of the fitted parameters and not only chance. Replication k of a run with seed s
 * always gets the same vector, whatever the threads, and so do the base and every variant of a
 * comparison: their differences stay paired.
 *
 * @param paths   scenario paths, as used by {@code --set}
 * @param vectors values, one array per vector in the order of {@code paths}
 */
public record ParameterEnsemble(List<String> paths, List<double[]> vectors) {
    public ParameterEnsemble {
        paths = List.copyOf(paths);
        List<double[]> copy = new ArrayList<>();
        for (double[] v : vectors) {
            if (v.length != paths.size()) {
                throw new CalibrationException("a parameter vector has " + v.length + " values for " + paths.size()
                        + " paths");
            }
            copy.add(v.clone());
        }
        vectors = List.copyOf(copy);
        if (vectors.isEmpty()) {
            throw new CalibrationException("a parameter ensemble needs at least one vector");
        }
    }

    /**
     * The vector of replication {@code replication} of a run with this seed: uniform over the
     * vectors, from a generator seeded by (seed, replication) alone.
     */
    public int draw(long seed, int replication) {
        // Mixed so that neighbouring seeds and replications do not give correlated draws.
        long mixed = new SplittableRandom(seed ^ 0x5DEECE66DL).split().nextLong() + 0x9E3779B97F4A7C15L * (replication + 1);
        return new SplittableRandom(mixed).nextInt(vectors.size());
    }

    /**
     * The vector as {@code path=value} overrides, applied on top of a scenario like {@code --set}.
     * A whole value is written without a fraction, so a whole-number parameter (a seed, a year)
     * takes it; a decimal parameter reads the same number either way.
     */
    public List<String> sets(int vector) {
        double[] v = vectors.get(vector);
        List<String> sets = new ArrayList<>(paths.size());
        for (int i = 0; i < paths.size(); i++) {
            sets.add(paths.get(i) + "=" + text(v[i]));
        }
        return sets;
    }

    private static String text(double value) {
        boolean whole = value == Math.rint(value) && Math.abs(value) < 0x1p53;
        return whole ? Long.toString((long) value) : Double.toString(value);
    }
}
