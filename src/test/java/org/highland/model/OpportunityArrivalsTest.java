package org.highland.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.highland.model.random.SplitMix64;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A firm's opportunities, counted down month by month as the firm does, arrive at the full rate,
 * several in a month where the rate is high: the regional multipliers then act in proportion.
 * With one opportunity per countdown the count falls to 1 - e^(-r) of r a month (0.43 of it at
 * 24 a year), which these bands reject by dozens of standard errors.
 */
class OpportunityArrivalsTest {
    private static final int MONTHS = 200_000;

    @ParameterizedTest(name = "{0} a year")
    @ValueSource(doubles = {0.6, 4.0, 12.0, 24.0, 90.0, 500.0})
    void arrivalsPerMonthAreTheRateOverTwelveWithThePoissonSpread(double ratePerYear) {
        SplitMix64 random = new SplitMix64(20261128L + (long) ratePerYear);
        double mean = ratePerYear / 12.0;
        long arrivals = 0;
        double sumSquares = 0;
        int countdown = OpportunityArrivals.monthsToNext(random, ratePerYear);
        for (int month = 0; month < MONTHS; month++) {
            int thisMonth = 0;
            if (--countdown <= 0) {
                thisMonth = OpportunityArrivals.inMonth(random, ratePerYear);
                assertTrue(thisMonth >= 1, "a month the countdown ends brings at least one");
                countdown = OpportunityArrivals.monthsToNext(random, ratePerYear);
            }
            arrivals += thisMonth;
            sumSquares += (double) thisMonth * thisMonth;
        }
        double observed = (double) arrivals / MONTHS;
        double variance = sumSquares / MONTHS - observed * observed;
        assertEquals(mean, observed, 4 * Math.sqrt(mean / MONTHS), "arrivals per month");
        // Poisson counts: variance equals the mean (the variance's sampling sd is about sqrt(2/n) x mean).
        assertEquals(mean, variance, 6 * Math.sqrt((mean + 2 * mean * mean) / MONTHS), "variance of the monthly count");
    }
}
