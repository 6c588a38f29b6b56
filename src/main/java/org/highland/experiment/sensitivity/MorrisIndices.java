package org.highland.experiment.sensitivity;

import java.util.List;
import org.highland.experiment.screening.PointEffect;
import org.highland.experiment.sweep.SweepFactor;

/**
 * Morris elementary effects from trajectories of positions in each factor's range, 0 at its low
 * end and 1 at its high end ({@link #positions}): along trajectory t the step from point p to
 * p + 1 changes one factor i by d and EE_i,t = (f(x_p+1) - f(x_p)) / d. Over a range d is the
 * grid's step; a factor given by levels takes the level nearest the grid position, so d is the
 * change of its level as simulated, which one grid step can make one of its levels, two (grid
 * levels 6 on three levels) or none (levels of equal value): dividing by the grid's step would
 * misstate its effect. A step that leaves every factor as it was moved nothing and gives no
 * elementary effect; a factor's indices are over its effects ({@link #effects}), NaN without any.
 * The trajectories stay on the grid (rather than moving such a factor one level at a time) because
 * a sweep's design is rebuilt from its descriptor for every analysis: a new design would no longer
 * match the points of sweeps already run. Per factor: mu* = mean |EE| (Campolongo et al. 2007),
 * mu = mean EE, sigma = sd EE (n - 1); mu* with a bootstrap interval over trajectories. Given the
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
     * Each unit point of a design as the positions in their factors' ranges of the values it gives
     * ({@link SweepFactor#rangePosition}): the unit point itself when every factor is over a range.
     */
    public static List<double[]> positions(List<SweepFactor> factors, List<double[]> units) {
        return units.stream().map(u -> {
            double[] x = new double[u.length];
            for (int i = 0; i < u.length; i++) {
                x[i] = factors.get(i).rangePosition(u[i]);
            }
            return x;
        }).toList();
    }

    /** Per factor, the number of trajectories whose step changes it: its elementary effects. */
    public static int[] effects(List<double[]> positions, int k) {
        int[] n = new int[k];
        boolean[][] moved = moved(positions, k);
        for (int i = 0; i < k; i++) {
            for (boolean m : moved[i]) {
                n[i] += m ? 1 : 0;
            }
        }
        return n;
    }

    /** Per factor and trajectory, whether the trajectory's step changes the factor. */
    private static boolean[][] moved(List<double[]> positions, int k) {
        int r = positions.size() / (k + 1);
        boolean[][] moved = new boolean[k][r];
        for (int t = 0; t < r; t++) {
            for (int s = 0; s < k; s++) {
                int p = t * (k + 1) + s;
                for (int i = 0; i < k; i++) {
                    moved[i][t] |= positions.get(p)[i] != positions.get(p + 1)[i];
                }
            }
        }
        return moved;
    }

    /**
     * @param positions the design's points as positions in the factors' ranges, r trajectories of k + 1
     * @param y         outputs in design order
     */
    public static Result estimate(List<double[]> positions, double[] y, int k, int resamples, long seed) {
        return estimate(positions, y, null, k, resamples, seed);
    }

    /** As below, for points with independent streams (or, with null, without replication variances). */
    public static Result estimate(List<double[]> positions, double[] y, double[] varianceOfMeans, int k,
                                  int resamples, long seed) {
        return estimate(positions, y, varianceOfMeans, null, k, resamples, seed);
    }

    /**
     * @param varianceOfMeans variance of each point's replication mean, in design order, or null
     * @param paired          each point's replication values by replication number, in design
     *                        order, when the points share their streams (then the noise is that of
     *                        the paired changes); null when they do not
     */
    public static Result estimate(List<double[]> positions, double[] y, double[] varianceOfMeans, double[][] paired,
                                  int k, int resamples, long seed) {
        int r = positions.size() / (k + 1);
        if (positions.size() != r * (k + 1) || y.length != positions.size()) {
            throw new IllegalArgumentException("expected trajectories of " + (k + 1) + " points");
        }
        double[][] ee = new double[k][r];
        double[][] eeSe = new double[k][r];
        for (int t = 0; t < r; t++) {
            for (int s = 0; s < k; s++) {
                int p = t * (k + 1) + s;
                double[] from = positions.get(p);
                double[] to = positions.get(p + 1);
                for (int i = 0; i < k; i++) {
                    if (from[i] != to[i]) {
                        ee[i][t] = (y[p + 1] - y[p]) / (to[i] - from[i]);
                        double se = paired != null ? PointEffect.pairedChangeSe(paired[p], paired[p + 1])
                                : varianceOfMeans == null ? Double.NaN
                                : Math.sqrt(varianceOfMeans[p] + varianceOfMeans[p + 1]);
                        eeSe[i][t] = se / Math.abs(to[i] - from[i]);
                    }
                }
            }
        }
        boolean[][] moved = moved(positions, k);
        int[] effects = effects(positions, k);
        // A bootstrap sample without any of a factor's effects has no mu* for it (NaN), and the
        // percentiles are of the samples that have one.
        Interval[] muStar = Bootstrap.intervals(r, resamples, seed, sample -> {
            double[] m = new double[k];
            for (int i = 0; i < k; i++) {
                int n = 0;
                for (int t : sample) {
                    n += moved[i][t] ? 1 : 0;
                }
                for (int t : sample) {
                    m[i] += moved[i][t] ? Math.abs(ee[i][t]) / n : 0;
                }
                m[i] = n == 0 ? Double.NaN : m[i];
            }
            return m;
        });
        double[] mu = new double[k];
        double[] sigma = new double[k];
        double[] noise = new double[k];
        for (int i = 0; i < k; i++) {
            int n = effects[i];
            double ss = 0;
            for (int t = 0; t < r; t++) {
                mu[i] += moved[i][t] ? ee[i][t] / n : 0;
                noise[i] += moved[i][t] ? eeSe[i][t] / n : 0;
            }
            for (int t = 0; t < r; t++) {
                ss += moved[i][t] ? (ee[i][t] - mu[i]) * (ee[i][t] - mu[i]) : 0;
            }
            mu[i] = n == 0 ? Double.NaN : mu[i];
            noise[i] = n == 0 ? Double.NaN : noise[i];
            sigma[i] = n < 2 ? Double.NaN : Math.sqrt(ss / (n - 1));
        }
        return new Result(muStar, mu, sigma, noise);
    }
}
