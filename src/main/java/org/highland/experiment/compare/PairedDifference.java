package org.highland.experiment.compare;

/**
 * A variant's value less the base's, with a difference at the level of floating-point rounding
 * reported as exactly zero. A quantity that a policy only moves between provinces (leading
 * talents migrating, say) sums to the same total in both runs up to the order of the additions;
 * its total's difference is then some 1e-13 of a count of thousands, which a table would print
 * as a finding ({@code -3.79e-14} talents per 100 M yuan). No policy question turns on a relative
 * difference below {@link #RESOLUTION}.
 */
final class PairedDifference {
    /** Relative size below which a difference is rounding: far above a double's 1e-16, far below any effect. */
    static final double RESOLUTION = 1e-9;

    private PairedDifference() {
    }

    /** {@code variant - base}; 0 when that is within {@link #RESOLUTION} of the larger magnitude. NaN stays NaN. */
    static double of(double base, double variant) {
        double d = variant - base;
        return Math.abs(d) <= RESOLUTION * Math.max(Math.abs(base), Math.abs(variant)) ? 0.0 : d;
    }
}
