package org.highland.model.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Locale;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The distributions the model draws from, against their parameters. Bands are 4 standard errors
 * (or a Kolmogorov-Smirnov p-value of 1e-6), so a correct sampler fails with negligible
 * probability while a wrong shape, scale or branch fails by many errors.
 */
class DrawsTest {
    private static final int N = 100_000;
    private static final double SIGMAS = 4.0;

    @ParameterizedTest(name = "gamma mean {0} cv {1}")
    @CsvSource({"24, 0.5", "3, 0.3", "39.6, 0.4", "10, 1.0", "10, 1.5", "5, 2.5"})
    void gammaHasTheRequestedMeanAndCv(double mean, double cv) {
        SplitMix64 random = new SplitMix64(42);
        double[] x = new double[N];
        double sum = 0;
        for (int i = 0; i < N; i++) {
            x[i] = Draws.gamma(random, mean, cv);
            assertTrue(x[i] > 0 && Double.isFinite(x[i]), "gamma draw " + x[i]);
            sum += x[i];
        }
        double m = sum / N;
        double squares = 0;
        for (double v : x) {
            squares += (v - m) * (v - m);
        }
        double variance = squares / (N - 1);
        double sd = mean * cv;
        assertEquals(mean, m, SIGMAS * sd / Math.sqrt(N), "sample mean");
        // Var(s^2) = sigma^4 (kurtosis - 1) / n; the gamma's kurtosis is 3 + 6 cv^2.
        double relative = Math.sqrt((2 + 6 * cv * cv) / N);
        assertEquals(1.0, variance / (sd * sd), SIGMAS * relative,
                String.format(Locale.ROOT, "variance ratio (cv observed %.4f)", Math.sqrt(variance) / m));
    }

    @ParameterizedTest(name = "gamma mean {0} cv {1} has the gamma shape")
    @CsvSource({"24, 0.5", "3, 0.3", "10, 1.5"})
    void gammaFollowsTheGammaDistribution(double mean, double cv) {
        SplitMix64 random = new SplitMix64(7);
        double[] x = new double[20_000];
        for (int i = 0; i < x.length; i++) {
            x[i] = Draws.gamma(random, mean, cv);
        }
        double shape = 1.0 / (cv * cv);
        GammaDistribution reference = new GammaDistribution(null, shape, mean / shape);
        double p = new KolmogorovSmirnovTest().kolmogorovSmirnovTest(reference, x);
        assertTrue(p > 1e-6, "Kolmogorov-Smirnov p-value " + p);
    }

    /**
     * A spell in progress at a random moment is length-biased: gamma with shape + 1. Checked by
     * its distribution and by what it is for: the time left, uniform within it, has the mean
     * residual life of a stationary renewal process, mean x (1 + cv^2) / 2 (not mean / 2).
     */
    @ParameterizedTest(name = "spell in progress, mean {0} cv {1}")
    @CsvSource({"24, 0.5", "3, 0.3", "43.2, 0.5", "10, 1.5"})
    void aSpellInProgressIsLengthBiasedAndItsRemainderHasTheStationaryMean(double mean, double cv) {
        SplitMix64 random = new SplitMix64(7);
        double[] length = new double[N];
        double residualSum = 0;
        double residualSquares = 0;
        for (int i = 0; i < N; i++) {
            length[i] = Draws.gammaInProgress(random, mean, cv);
            double residual = random.nextDouble() * length[i];
            residualSum += residual;
            residualSquares += residual * residual;
        }
        double shape = 1.0 / (cv * cv);
        GammaDistribution biased = new GammaDistribution(null, shape + 1.0, mean / shape);
        double p = new KolmogorovSmirnovTest().kolmogorovSmirnovTest(biased, length);
        assertTrue(p > 1e-6, "Kolmogorov-Smirnov p-value " + p);
        double residualMean = residualSum / N;
        double residualSd = Math.sqrt(residualSquares / N - residualMean * residualMean);
        double expected = mean * (1.0 + cv * cv) / 2.0;
        assertEquals(expected, residualMean, SIGMAS * residualSd / Math.sqrt(N),
                "mean time left in a spell in progress");
    }

    @Test
    void gammaWithoutSpreadIsTheMean() {
        assertEquals(7.5, Draws.gamma(new SplitMix64(1), 7.5, 0), 0);
    }

    @Test
    void exponentialAndLognormalHaveTheirMeanAndMedian() {
        SplitMix64 random = new SplitMix64(3);
        double sum = 0;
        double[] logs = new double[N];
        for (int i = 0; i < N; i++) {
            sum += Draws.exponential(random, 12.0);
            logs[i] = Draws.lognormal(random, 30.0, 1.2);
        }
        assertEquals(12.0, sum / N, SIGMAS * 12.0 / Math.sqrt(N));
        Arrays.sort(logs);
        // The sample median of a lognormal: Phi^-1 spread of its log is sqrt(pi/2) sigma / sqrt(n).
        double median = logs[N / 2];
        assertEquals(Math.log(30.0), Math.log(median), SIGMAS * 1.2 * Math.sqrt(Math.PI / 2 / N));
    }

    @Test
    void poissonRoundRandomAndCategoricalHaveTheirMeans() {
        SplitMix64 random = new SplitMix64(5);
        double small = 0;
        double large = 0;
        double rounded = 0;
        int[] picks = new int[3];
        double[] weights = {1, 0, 3};
        for (int i = 0; i < N; i++) {
            small += Draws.poisson(random, 3.5);
            large += Draws.poisson(random, 800);
            rounded += Draws.roundRandom(random, 1.3);
            picks[Draws.categorical(random, weights)]++;
        }
        assertEquals(3.5, small / N, SIGMAS * Math.sqrt(3.5 / N));
        assertEquals(800, large / N, SIGMAS * Math.sqrt(800.0 / N));
        assertEquals(1.3, rounded / N, SIGMAS * Math.sqrt(0.21 / N));
        assertEquals(0, picks[1], "a zero weight is never drawn");
        assertEquals(0.25, picks[0] / (double) N, SIGMAS * Math.sqrt(0.25 * 0.75 / N));
    }

    @Test
    void aReseededGeneratorDrawsWhatANewOneDraws() {
        // Opportunities reuse one generator per world, reseeded for each.
        SplitMix64 reused = new SplitMix64(1);
        for (long seed : new long[] {0, 7, -1, Long.MAX_VALUE}) {
            reused.nextGaussian();
            reused.reseed(seed);
            SplitMix64 fresh = new SplitMix64(seed);
            assertEquals(fresh.nextLong(), reused.nextLong(), "from " + seed);
            assertEquals(fresh.nextDouble(), reused.nextDouble(), 0.0, "from " + seed);
        }
    }

    @Test
    void splitMixIsUniformAndItsGaussianStandard() {
        SplitMix64 random = new SplitMix64(9);
        double sum = 0;
        double gaussian = 0;
        double gaussianSquares = 0;
        for (int i = 0; i < N; i++) {
            double u = random.nextDouble();
            assertTrue(u >= 0 && u < 1);
            sum += u;
            double z = random.nextGaussian();
            gaussian += z;
            gaussianSquares += z * z;
        }
        assertEquals(0.5, sum / N, SIGMAS * Math.sqrt(1.0 / 12 / N));
        assertEquals(0, gaussian / N, SIGMAS / Math.sqrt(N));
        assertEquals(1, gaussianSquares / N, SIGMAS * Math.sqrt(2.0 / N));
    }

    @Test
    void poissonByInversionHasItsMeanAndVarianceAndUsesOneDraw() {
        SplitMix64 r = new SplitMix64(11);
        for (double mean : new double[] {0.3, 4.0, 37.5, 800.0}) {
            int n = 40_000;
            double sum = 0;
            double sumSq = 0;
            for (int i = 0; i < n; i++) {
                int k = Draws.poissonInverse(r.nextDouble(), mean);
                sum += k;
                sumSq += (double) k * k;
            }
            double m = sum / n;
            double v = sumSq / n - m * m;
            assertEquals(mean, m, 4 * Math.sqrt(mean / n), "mean at " + mean);
            assertEquals(mean, v, 0.05 * mean + 0.02, "variance at " + mean);
        }
        // Monotone in the mean for a fixed uniform: a larger mean never gives fewer entrants.
        for (double u = 0.01; u < 1; u += 0.07) {
            assertTrue(Draws.poissonInverse(u, 12.0) <= Draws.poissonInverse(u, 12.5));
        }
    }
}
