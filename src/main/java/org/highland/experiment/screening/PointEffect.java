package org.highland.experiment.screening;

/**
 * The effect at one design point on each output (in output order), with its standard error.
 *
 * @param mean mean effect over the replications (variant minus base, paired)
 * @param se   standard error of that mean, sd / sqrt(n) of the paired differences; 0 for an exact
 *             model, NaN with one replication
 */
public record PointEffect(double[] mean, double[] se) {
    /** An effect known exactly (no Monte Carlo error), e.g. of a test function. */
    public static PointEffect exact(double... mean) {
        return new PointEffect(mean, new double[mean.length]);
    }
}
