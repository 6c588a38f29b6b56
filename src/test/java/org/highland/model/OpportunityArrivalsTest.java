package org.highland.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.highland.model.random.SplitMix64;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A firm's opportunities, its hazard used up month by month ({@link Enterprise#opportunitiesArriving}),
 * arrive as a Poisson process of the month's rate, several in a month where the rate is high,
 * also when the rate changes from month to month: each month's count has the month's rate as its
 * mean and its variance. A countdown drawn at one month's rate and held would give a rising
 * rate's later months the earlier, lower rate, which the bands of the second block reject.
 */
class OpportunityArrivalsTest {
    private static final int MONTHS = 200_000;
    @TempDir
    static Path dir;

    @ParameterizedTest(name = "{0} a year")
    @ValueSource(doubles = {0.6, 4.0, 12.0, 24.0, 90.0, 500.0})
    void arrivalsPerMonthAreTheMonthsRateWithThePoissonSpread(double ratePerYear) {
        World world = ModelRuns.valuedWorld(ModelRuns.scenario(dir, "arrivals" + (long) ratePerYear, ""));
        Enterprise firm = ModelRuns.firmOutsideParks(world.regions[0], Sector.GENERIC_DRUG);
        // The rate alternates between blocks of months at a fifth and at the full rate, as a firm's
        // does when its revenue jumps: each block's months are counted against their own rate.
        double[] rate = {ratePerYear / 12.0 / 5.0, ratePerYear / 12.0};
        long[] arrivals = new long[2];
        double[] sumSquares = new double[2];
        int[] months = new int[2];
        for (int month = 0; month < MONTHS; month++) {
            int block = (month / 7) % 2;
            int thisMonth = firm.opportunitiesArriving(rate[block]);
            assertTrue(firm.opportunityHazardLeft >= 0, "the next arrival's hazard lies ahead");
            arrivals[block] += thisMonth;
            sumSquares[block] += (double) thisMonth * thisMonth;
            months[block]++;
        }
        for (int block = 0; block < 2; block++) {
            double mean = rate[block];
            double observed = (double) arrivals[block] / months[block];
            double variance = sumSquares[block] / months[block] - observed * observed;
            assertEquals(mean, observed, 4 * Math.sqrt(mean / months[block]), "arrivals per month at " + mean);
            // Poisson counts: variance equals the mean (the variance's sampling sd is about sqrt(2/n) x mean).
            assertEquals(mean, variance, 6 * Math.sqrt((mean + 2 * mean * mean) / months[block]),
                    "variance of the monthly count at " + mean);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void theHazardToTheNextArrivalIsAStandardExponential(long seed) {
        SplitMix64 random = new SplitMix64(seed);
        int n = 100_000;
        double sum = 0;
        int aboveOne = 0;
        for (int i = 0; i < n; i++) {
            double h = OpportunityArrivals.hazardToNext(random);
            assertTrue(h >= 0, "a hazard is never negative: " + h);
            sum += h;
            aboveOne += h > 1 ? 1 : 0;
        }
        assertEquals(1.0, sum / n, 4 / Math.sqrt(n), "mean 1");
        double tail = Math.exp(-1);
        assertEquals(tail, (double) aboveOne / n, 4 * Math.sqrt(tail * (1 - tail) / n), "P(h > 1) = 1/e");
    }
}
