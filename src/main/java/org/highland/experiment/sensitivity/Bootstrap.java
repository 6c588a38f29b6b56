package org.highland.experiment.sensitivity;

import java.util.function.Function;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.highland.model.random.SplitMix64;

/**
 * Percentile bootstrap over independent units (Saltelli base samples, Morris trajectories): the
 * estimator is recomputed on {@code resamples} draws of the units with replacement, from a seeded
 * generator so that intervals are reproducible.
 */
final class Bootstrap {
    private Bootstrap() {
    }

    /**
     * @param units     number of independent units
     * @param estimator estimates every index from a list of unit numbers (repeats allowed)
     * @return per index, the full-sample estimate and its 95 % interval
     */
    static Interval[] intervals(int units, int resamples, long seed, Function<int[], double[]> estimator) {
        int[] all = new int[units];
        for (int j = 0; j < units; j++) {
            all[j] = j;
        }
        double[] full = estimator.apply(all);
        double[][] draws = new double[full.length][resamples];
        SplitMix64 random = new SplitMix64(seed);
        int[] sample = new int[units];
        for (int b = 0; b < resamples; b++) {
            for (int j = 0; j < units; j++) {
                sample[j] = (int) (random.nextDouble() * units);
            }
            double[] est = estimator.apply(sample);
            for (int i = 0; i < full.length; i++) {
                draws[i][b] = est[i];
            }
        }
        Interval[] out = new Interval[full.length];
        Percentile percentile = new Percentile();
        for (int i = 0; i < full.length; i++) {
            out[i] = resamples == 0 ? new Interval(full[i], Double.NaN, Double.NaN)
                    : new Interval(full[i], percentile.evaluate(draws[i], 2.5), percentile.evaluate(draws[i], 97.5));
        }
        return out;
    }
}
