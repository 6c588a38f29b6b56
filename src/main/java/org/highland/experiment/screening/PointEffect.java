package org.highland.experiment.screening;

import org.apache.commons.math3.stat.StatUtils;

/**
 * The effect at one design point on each output (in output order), with its standard error.
 *
 * @param mean        mean effect over the replications (variant minus base, paired)
 * @param se          standard error of that mean, sd / sqrt(n) of the paired differences; 0 for an
 *                    exact model, NaN with one replication
 * @param differences per output, the paired difference variant minus base of each replication, by
 *                    replication number (NaN where a run lacks the output); null when not kept (an
 *                    exact model)
 */
public record PointEffect(double[] mean, double[] se, double[][] differences) {
    /** An effect with its standard errors but without its replications. */
    public PointEffect(double[] mean, double[] se) {
        this(mean, se, null);
    }

    /** An effect known exactly (no Monte Carlo error), e.g. of a test function. */
    public static PointEffect exact(double... mean) {
        return new PointEffect(mean, new double[mean.length]);
    }

    /**
     * Standard error of the change of an output's effect from one point to another, {@code to}
     * minus {@code from}. Every point runs with the same seed and replications (common random
     * numbers, as base and variant do), so replication k of one point is paired with replication
     * k of the other: the standard error is sd / sqrt(n) of the per-replication changes
     * d_k(to) - d_k(from). Adding the two points' variances instead would treat them as
     * independent and overstate the noise by the covariance the shared streams give them. Without
     * the replications (an exact or summarised effect) the two errors add in quadrature.
     */
    public static double changeSe(PointEffect from, PointEffect to, int output) {
        if (from.differences() == null || to.differences() == null) {
            return Math.hypot(from.se()[output], to.se()[output]);
        }
        return pairedChangeSe(from.differences()[output], to.differences()[output]);
    }

    /**
     * sd / sqrt(n) of b_k - a_k over the replications k where both are known: the standard error
     * of the change of a mean from {@code a} to {@code b} when replication k of both ran with the
     * same streams; NaN with fewer than two pairs.
     */
    public static double pairedChangeSe(double[] a, double[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("points differ in replications: " + a.length + " and " + b.length);
        }
        double[] change = new double[a.length];
        int n = 0;
        for (int k = 0; k < a.length; k++) {
            if (!Double.isNaN(a[k]) && !Double.isNaN(b[k])) {
                change[n++] = b[k] - a[k];
            }
        }
        return n < 2 ? Double.NaN : Math.sqrt(StatUtils.variance(change, 0, n) / n);
    }
}
