package org.highland.experiment.sensitivity;

import java.util.List;
import org.highland.experiment.screening.PointEffect;

/**
 * Morris elementary effects from trajectories on the unit cube: along trajectory t the step from
 * point p to p + 1 changes one factor i by d (in units of its range), and
 * EE_i,t = (f(x_p+1) - f(x_p)) / d. Per factor: mu* = mean_t |EE| (Campolongo et al. 2007), mu =
 * mean_t EE, sigma = sd_t EE (n - 1); mu* with a bootstrap interval over trajectories. Given the
 * variance of each point's replication mean, also the noise of mu*: the standard error of one
 * elementary effect, averaged over the trajectories. When every point ran with the same streams
 * (common random numbers), replication k of p and of p + 1 are paired and the standard error is
 * that of the per-replication elementary effects, sd_k(y_k,p+1 - y_k,p) / sqrt(n) / |d|, as
 * {@code screen} computes it; otherwise (independent streams per point) the two means' variances
 * add, sqrt(var_p + var_p+1) / |d|. An output with one value at every point (a policy effect
 * before the policy starts) has every EE, mu*, mu, sigma and noise 0: it has nothing to rank and
 * nothing to tell from noise ({@link #withoutVariation}).
 */
public final class MorrisIndices {
    /**
     * Per factor: mu* with its interval, mu, sigma and the noise standard error of an elementary
     * effect (NaN without replication variances).
     */
    public record Result(Interval[] muStar, double[] mu, double[] sigma, double[] noise) {
    }

    private MorrisIndices() {
    }

    /**
     * Whether the output's replication mean takes one value at every point of the design (exact
     * equality), so that no step of any trajectory changes it: no factor moves it.
     */
    public static boolean withoutVariation(double[] y) {
        for (double v : y) {
            if (v != y[0]) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param units the design's unit points, r trajectories of k + 1
     * @param y     outputs in design order
     */
    public static Result estimate(List<double[]> units, double[] y, int k, int resamples, long seed) {
        return estimate(units, y, null, k, resamples, seed);
    }

    /** As below, for points with independent streams (or, with null, without replication variances). */
    public static Result estimate(List<double[]> units, double[] y, double[] varianceOfMeans, int k, int resamples,
                                  long seed) {
        return estimate(units, y, varianceOfMeans, null, k, resamples, seed);
    }

    /**
     * @param varianceOfMeans variance of each point's replication mean, in design order, or null
     * @param paired          each point's replication values by replication number, in design
     *                        order, when the points share their streams (then the noise is that of
     *                        the paired changes); null when they do not
     */
    public static Result estimate(List<double[]> units, double[] y, double[] varianceOfMeans, double[][] paired,
                                  int k, int resamples, long seed) {
        int r = units.size() / (k + 1);
        if (units.size() != r * (k + 1) || y.length != units.size()) {
            throw new IllegalArgumentException("expected trajectories of " + (k + 1) + " points");
        }
        double[][] ee = new double[k][r];
        double[] noise = new double[k];
        for (int t = 0; t < r; t++) {
            for (int s = 0; s < k; s++) {
                int p = t * (k + 1) + s;
                double[] from = units.get(p);
                double[] to = units.get(p + 1);
                for (int i = 0; i < k; i++) {
                    if (from[i] != to[i]) {
                        ee[i][t] = (y[p + 1] - y[p]) / (to[i] - from[i]);
                        double se = paired != null ? PointEffect.pairedChangeSe(paired[p], paired[p + 1])
                                : varianceOfMeans == null ? Double.NaN
                                : Math.sqrt(varianceOfMeans[p] + varianceOfMeans[p + 1]);
                        noise[i] += se / Math.abs(to[i] - from[i]) / r;
                    }
                }
            }
        }
        Interval[] muStar = Bootstrap.intervals(r, resamples, seed, sample -> {
            double[] m = new double[k];
            for (int i = 0; i < k; i++) {
                for (int t : sample) {
                    m[i] += Math.abs(ee[i][t]) / sample.length;
                }
            }
            return m;
        });
        double[] mu = new double[k];
        double[] sigma = new double[k];
        for (int i = 0; i < k; i++) {
            for (int t = 0; t < r; t++) {
                mu[i] += ee[i][t] / r;
            }
            double ss = 0;
            for (int t = 0; t < r; t++) {
                ss += (ee[i][t] - mu[i]) * (ee[i][t] - mu[i]);
            }
            sigma[i] = r < 2 ? Double.NaN : Math.sqrt(ss / (r - 1));
        }
        return new Result(muStar, mu, sigma, noise);
    }
}
