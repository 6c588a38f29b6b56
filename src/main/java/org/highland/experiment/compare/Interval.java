package org.highland.experiment.compare;

import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * A 90 % interval: the 5th and 95th percentiles (R-7, as in {@link org.highland.experiment.Summary})
 * of per-replication values. NaN at both ends when undefined.
 *
 * @param p05 5th percentile
 * @param p95 95th percentile
 */
public record Interval(double p05, double p95) {
    /** The undefined interval. */
    public static final Interval NONE = new Interval(Double.NaN, Double.NaN);

    /** The interval of the first {@code n} values; {@link #NONE} when n is 0 or a value is NaN. */
    public static Interval of(double[] values, int n) {
        if (n == 0) {
            return NONE;
        }
        for (int i = 0; i < n; i++) {
            if (Double.isNaN(values[i])) {
                return NONE;
            }
        }
        // A fresh Percentile each time: the class caches data and is not thread-safe.
        Percentile percentile = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        percentile.setData(values, 0, n);
        return new Interval(percentile.evaluate(5.0), percentile.evaluate(95.0));
    }

    /** The interval of all values. */
    public static Interval of(double[] values) {
        return of(values, values.length);
    }
}
