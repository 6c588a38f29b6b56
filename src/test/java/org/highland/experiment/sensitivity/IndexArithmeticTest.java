package org.highland.experiment.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.math3.stat.StatUtils;
import org.junit.jupiter.api.Test;

/**
 * The sensitivity indices a user reads in sensitivity.csv, on designs small enough to work out by
 * hand (the estimators recovering known functions are in {@link EstimatorsTest}; these pin the
 * arithmetic exactly).
 */
class IndexArithmeticTest {
    /**
     * One factor, two Saltelli blocks (A, AB, B) = (1, 3, 2) and (4, 5, 6). V over A and B:
     * mean 13 / 4 = 3.25, V = 57 / 4 - 3.25^2 = 3.6875. S = mean B (AB - A) / V = (2 x 2 + 6 x 1) / 2
     * / V; ST = mean (A - AB)^2 / (2 V) = (4 + 1) / 4 / V.
     */
    @Test
    void sobolIndicesOfATwoBlockDesignByHand() {
        double[] y = {1, 3, 2, 4, 5, 6};
        SobolIndices.Result r = SobolIndices.estimate(y, 1, 0, 1);
        double v = 57.0 / 4 - 3.25 * 3.25;
        assertEquals(5 / v, r.first()[0].value(), 1e-12);
        assertEquals(1.25 / v, r.total()[0].value(), 1e-12);
    }

    /**
     * Two factors, so that A, AB^1, AB^2 and B are four different columns: blocks
     * (A, AB1, AB2, B) = (0, 1, 2, 4) and (2, 2, 5, 1). Mean of A and B 7 / 4, V = 21 / 4 - (7/4)^2.
     */
    @Test
    void sobolIndicesReadEachColumnOfItsBlock() {
        double[] y = {0, 1, 2, 4, 2, 2, 5, 1};
        SobolIndices.Result r = SobolIndices.estimate(y, 2, 0, 1);
        double v = 21.0 / 4 - 49.0 / 16;
        // S1 = (4 (1 - 0) + 1 (2 - 2)) / 2 / V; S2 = (4 (2 - 0) + 1 (5 - 2)) / 2 / V.
        assertEquals(2.0 / v, r.first()[0].value(), 1e-12);
        assertEquals(5.5 / v, r.first()[1].value(), 1e-12);
        // ST1 = (1 + 0) / 4 / V; ST2 = (4 + 9) / 4 / V.
        assertEquals(0.25 / v, r.total()[0].value(), 1e-12);
        assertEquals(3.25 / v, r.total()[1].value(), 1e-12);
    }

    /** Two trajectories of one factor with effects 1 and 3: mu* = mu = 2, sigma = sqrt(2) (n - 1). */
    @Test
    void morrisSigmaExistsFromTwoTrajectories() {
        List<double[]> units = List.of(new double[] {0}, new double[] {0.5}, new double[] {0.5}, new double[] {0});
        double[] y = {10, 10.5, 20, 18.5};
        MorrisIndices.Result r = MorrisIndices.estimate(units, y, 1, 0, 1);
        assertEquals(2, r.muStar()[0].value(), 1e-12);
        assertEquals(2, r.mu()[0], 1e-12);
        assertEquals(Math.sqrt(2), r.sigma()[0], 1e-12);
        // Three trajectories with effects 1, 3 and 5: sigma = sqrt((4 + 0 + 4) / 2) = 2.
        List<double[]> three = List.of(new double[] {0}, new double[] {0.5}, new double[] {0.5}, new double[] {0},
                new double[] {0}, new double[] {0.5});
        double[] y3 = {10, 10.5, 20, 18.5, 0, 2.5};
        assertEquals(2, MorrisIndices.estimate(three, y3, 1, 0, 1).sigma()[0], 1e-12);
    }

    /**
     * The noise of mu*: per trajectory sqrt(var_p + var_p+1) / |step|, averaged. Trajectory 1 steps
     * 0.5 between points with mean variances 0.01 and 0.03 (se 0.2 / 0.5 = 0.4), trajectory 2 between
     * 0.03 and 0.06 (se 0.3 / 0.5 = 0.6): noise 0.5.
     */
    @Test
    void morrisNoiseIsTheMeanStandardErrorOfAnElementaryEffect() {
        List<double[]> units = List.of(new double[] {0}, new double[] {0.5}, new double[] {0.5}, new double[] {0});
        double[] y = {10, 10.5, 20, 18.5};
        MorrisIndices.Result r = MorrisIndices.estimate(units, y, new double[] {0.01, 0.03, 0.03, 0.06}, 1, 0, 1);
        assertEquals(0.5, r.noise()[0], 1e-12);
        assertEquals(Double.NaN, MorrisIndices.estimate(units, y, 1, 0, 1).noise()[0], "no noise without replications");
    }

    /**
     * Points that share their streams pair replication by replication: per trajectory the standard
     * error of the per-replication changes over |step|. Trajectory 1 goes from (9, 10, 11) to
     * (9.4, 10.6, 11.5): changes 0.4, 0.6, 0.5, sd 0.1, se 0.1 / sqrt 3, over the step 0.5; trajectory
     * 2 from (19, 20, 21) to (17.6, 18.4, 19.5): changes -1.4, -1.6, -1.5, the same. Their variances
     * of the means (1/3 and 0.37 for trajectory 1) in quadrature would give about 1.7 for it.
     */
    @Test
    void morrisNoiseOfPointsWithCommonStreamsIsThatOfThePairedChanges() {
        List<double[]> units = List.of(new double[] {0}, new double[] {0.5}, new double[] {0.5}, new double[] {0});
        double[][] values = {{9, 10, 11}, {9.4, 10.6, 11.5}, {19, 20, 21}, {17.6, 18.4, 19.5}};
        double[] y = new double[4];
        double[] varianceOfMeans = new double[4];
        for (int p = 0; p < 4; p++) {
            y[p] = StatUtils.mean(values[p]);
            varianceOfMeans[p] = StatUtils.variance(values[p]) / 3;
        }
        double paired = MorrisIndices.estimate(units, y, varianceOfMeans, values, 1, 0, 1).noise()[0];
        assertEquals(0.1 / Math.sqrt(3) / 0.5, paired, 1e-12);
        double independent = MorrisIndices.estimate(units, y, varianceOfMeans, 1, 0, 1).noise()[0];
        assertTrue(independent > 10 * paired, independent + " in quadrature against " + paired + " paired");
    }

    /**
     * The share of replication noise in a Sobol design: blocks (A, AB, B) = (1, 3, 2) and (4, 5, 6)
     * as above (V = 3.6875), the A and B means with variances 0.1, 0.3, 0.2, 0.4: mean 0.25 / V.
     */
    @Test
    void sobolNoiseShareIsTheMeanVarianceOfAPointsMeanOverV() {
        double[] y = {1, 3, 2, 4, 5, 6};
        double[] var = {0.1, 9, 0.3, 0.2, 9, 0.4};
        assertEquals(0.25 / (57.0 / 4 - 3.25 * 3.25), SamplingNotes.noiseShare(y, var, 1), 1e-12);
    }
}
