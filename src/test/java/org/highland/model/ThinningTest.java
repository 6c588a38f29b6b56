package org.highland.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.stat.StatUtils;
import org.highland.model.random.Draws;
import org.highland.model.random.SplitMix64;
import org.junit.jupiter.api.Test;

/**
 * Thinning a heavy-tailed full-scale sample keeps, in expectation, its total and the number of
 * firms above a size threshold; renormalising a small sample to the total (the former rule) does
 * not, which is what made thinned runs biased.
 */
class ThinningTest {
    /** Zhejiang's calibrated size dispersion: the heaviest tail of the baseline. */
    private static final double SIGMA = 4.45;
    private static final int FIRMS = 2000;
    private static final int CELLS = 6;
    private static final int TRIALS = 400;
    private static final double SCALE = 0.1;

    @Test
    void countHasTheFullScaleMeanAndDrawsNothingWhenWhole() {
        SplitMix64 random = new SplitMix64(1);
        assertEquals(800, Thinning.count(800.0, random));
        SplitMix64 untouched = new SplitMix64(1);
        assertEquals(untouched.nextDouble(), random.nextDouble(), "a whole count draws no number");
        double sum = 0;
        for (int t = 0; t < 20000; t++) {
            sum += Thinning.count(3.3, random);
        }
        assertEquals(3.3, sum / 20000, 0.02);
    }

    @Test
    void thinnedSampleKeepsTotalAndThresholdCountsInExpectation() {
        SplitMix64 random = new SplitMix64(2);
        double[] totalRatio = new double[TRIALS];
        double[] thinnedLarge = new double[TRIALS];
        double[] renormalisedLarge = new double[TRIALS];
        double[] fullLarge = new double[TRIALS];
        for (int t = 0; t < TRIALS; t++) {
            double[] size = new double[FIRMS];
            int[] cell = new int[FIRMS];
            double total = 0;
            for (int i = 0; i < FIRMS; i++) {
                size[i] = Draws.lognormal(random, 1.0, SIGMA);
                cell[i] = (int) (random.nextDouble() * CELLS);
                total += size[i];
            }
            double threshold = quantileThreshold(total);
            fullLarge[t] = countAbove(size, threshold, 1.0);
            Thinning.Sample thin = Thinning.thin(cell, size, SCALE, random);
            totalRatio[t] = sum(thin.size()) / SCALE / total;
            thinnedLarge[t] = countAbove(thin.size(), threshold, SCALE);
            // The former rule: a sample of SCALE x FIRMS renormalised to SCALE x total.
            int n = (int) (FIRMS * SCALE);
            double[] small = new double[n];
            for (int i = 0; i < n; i++) {
                small[i] = Draws.lognormal(random, 1.0, SIGMA);
            }
            double factor = SCALE * total / sum(small);
            for (int i = 0; i < n; i++) {
                small[i] *= factor;
            }
            renormalisedLarge[t] = countAbove(small, threshold, SCALE);
        }
        assertWithin(mean(totalRatio), 1.0, standardError(totalRatio), "total output");
        double difference = mean(thinnedLarge) - mean(fullLarge);
        double error = Math.hypot(standardError(thinnedLarge), standardError(fullLarge));
        assertTrue(Math.abs(difference) < 4 * error,
                "firms above the threshold: thinned " + mean(thinnedLarge) + ", full " + mean(fullLarge));
        assertTrue(mean(renormalisedLarge) - mean(fullLarge) > 8 * error,
                "the former rule inflated the count: " + mean(renormalisedLarge) + " against " + mean(fullLarge));
    }

    /** A threshold fixed relative to the total, so it scales with the sample like a 20 M line. */
    private static double quantileThreshold(double total) {
        return 2e-4 * total;
    }

    private static double countAbove(double[] size, double threshold, double scale) {
        int n = 0;
        for (double s : size) {
            n += s >= threshold ? 1 : 0;
        }
        return n / scale;
    }

    private static void assertWithin(double value, double expected, double error, String what) {
        assertTrue(Math.abs(value - expected) < 4 * error, what + ": " + value + " against " + expected + " +- " + error);
    }

    private static double sum(double[] x) {
        return StatUtils.sum(x);
    }

    private static double mean(double[] x) {
        return StatUtils.mean(x);
    }

    /** Standard error of the mean (sample variance with n - 1). */
    private static double standardError(double[] x) {
        return Math.sqrt(StatUtils.variance(x) / x.length);
    }
}
