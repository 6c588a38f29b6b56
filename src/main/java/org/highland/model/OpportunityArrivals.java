package org.highland.model;

import org.highland.model.random.Draws;
import org.highland.model.random.Uniform;

/**
 * Opportunities arrive to a firm as a Poisson process in months: a countdown to the next month
 * with at least one arrival, then that month's number of them. Why not one opportunity per
 * countdown: a whole-month gap allows one a month at most, so a firm got 1 - e^(-r) of r a month,
 * and the regions with the highest rates the least of theirs (until 28 November 2026).
 */
final class OpportunityArrivals {
    private OpportunityArrivals() {
    }

    /**
     * Months until the next month with at least one arrival, for this rate per year: ceil(Exp) of
     * mean 12 / rate is geometric with the chance 1 - e^(-rate/12) of such a month. Never less
     * than 1; Integer.MAX_VALUE at a rate of 0.
     */
    static int monthsToNext(Uniform random, double ratePerYear) {
        if (ratePerYear <= 0) {
            return Integer.MAX_VALUE;
        }
        return Math.max(1, (int) Math.ceil(Draws.exponential(random, 12.0 / ratePerYear)));
    }

    /** The number of arrivals in a month known to hold at least one: zero-truncated Poisson, one draw. */
    static int inMonth(Uniform random, double ratePerYear) {
        return Draws.zeroTruncatedPoisson(random, ratePerYear / 12.0);
    }
}
