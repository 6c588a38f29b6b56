package org.highland.experiment.sensitivity;

/**
 * An estimate with its bootstrap 95 % interval (2.5th and 97.5th percentiles of the estimates over
 * resamples).
 */
public record Interval(double value, double low, double high) {
    public static final Interval NONE = new Interval(Double.NaN, Double.NaN, Double.NaN);

    public boolean contains(double x) {
        return x >= low && x <= high;
    }
}
