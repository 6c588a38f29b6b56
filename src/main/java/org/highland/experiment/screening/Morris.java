package org.highland.experiment.screening;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.highland.model.random.Draws;
import org.highland.model.random.SplitMix64;

/**
 * Morris elementary-effects screen (Morris 1991; mu* as in Campolongo, Cariboni and Saltelli
 * 2007). Each factor's range is mapped to [0, 1] and cut into {@code levels} grid levels; a
 * trajectory starts at a random grid point and moves every factor once, in random order, by
 * delta = levels / (2 (levels - 1)), up or down. The elementary effect of factor i is the change
 * of the output's effect divided by the step in units of its range, so mu* reads as "how much the
 * policy's effect moves when this factor crosses its whole plausible range", comparable across
 * factors; sigma large against mu* flags interactions or non-linearity. r trajectories cost
 * r (k + 1) points. The design is drawn from a seeded generator, so it is reproducible.
 */
public final class Morris {
    public static final String METHOD = "morris";
    /** Bootstrap resamples of the trajectories behind mu*'s 95 % interval (as sensitivity's default). */
    static final int RESAMPLES = 1000;

    private Morris() {
    }

    /**
     * @param trajectories number of trajectories r (at least 2 for a sigma)
     * @param levels       grid levels p (even, at least 2)
     * @param seed         seed of the design
     */
    public record Settings(int trajectories, int levels, long seed) {
        public Settings {
            if (trajectories < 1 || levels < 2 || levels % 2 != 0) {
                throw new IllegalArgumentException("Morris needs at least 1 trajectory and an even number of levels"
                        + " of at least 2 (got " + trajectories + " trajectories, " + levels + " levels)");
            }
        }

        double delta() {
            return levels / (2.0 * (levels - 1));
        }
    }

    /** r trajectories of k + 1 points each, as factor values, trajectory after trajectory. */
    public static List<double[]> design(List<Factor> factors, Settings settings) {
        List<double[]> points = new ArrayList<>();
        for (double[] unit : unitDesign(factors.size(), settings)) {
            points.add(values(factors, unit));
        }
        return points;
    }

    /**
     * The same trajectories on the unit cube, exact grid positions (a sweep maps them to values
     * itself; going through a [0, 1] factor would round them to 12 digits).
     */
    public static List<double[]> unitDesign(int k, Settings settings) {
        double delta = settings.delta();
        // Start levels leave room for a step up: 0, 1/(p-1), ..., 1 - delta.
        int startLevels = settings.levels() / 2;
        SplitMix64 random = new SplitMix64(settings.seed());
        List<double[]> points = new ArrayList<>();
        for (int t = 0; t < settings.trajectories(); t++) {
            double[] unit = new double[k];
            boolean[] up = new boolean[k];
            for (int i = 0; i < k; i++) {
                double start = (int) (random.nextDouble() * startLevels) / (double) (settings.levels() - 1);
                up[i] = random.nextDouble() < 0.5;
                unit[i] = up[i] ? start : start + delta;
            }
            int[] order = Draws.permutation(k, random);
            points.add(unit.clone());
            for (int step = 0; step < k; step++) {
                int i = order[step];
                unit[i] += up[i] ? delta : -delta;
                points.add(unit.clone());
            }
        }
        return points;
    }

    /** Rows per output, then factor: mu*, mu and sigma over the trajectories; ranked by mu*. */
    public static List<ScreeningRow> estimate(List<Factor> factors, List<Output> outputs, Settings settings,
                                              List<double[]> points, List<PointEffect> effects) {
        int k = factors.size();
        int r = settings.trajectories();
        if (points.size() != r * (k + 1) || effects.size() != points.size()) {
            throw new IllegalArgumentException("expected " + r * (k + 1) + " points and effects, got "
                    + points.size() + " and " + effects.size());
        }
        List<ScreeningRow> rows = new ArrayList<>();
        for (int o = 0; o < outputs.size(); o++) {
            double[][] ee = new double[k][r];
            double[][] eeSe = new double[k][r];
            for (int t = 0; t < r; t++) {
                for (int j = 0; j < k; j++) {
                    int p = t * (k + 1) + j;
                    int i = changed(points.get(p), points.get(p + 1));
                    // Every step of the design is +-delta (a screen's factors are ranges, never levels, so
                    // none is quantized); read only its sign from the values, so that equal changes give
                    // equal effects (and sigma 0), not effects 1e-15 apart.
                    double step = Math.copySign(settings.delta(),
                            factors.get(i).unit(points.get(p + 1)[i]) - factors.get(i).unit(points.get(p)[i]));
                    PointEffect a = effects.get(p);
                    PointEffect b = effects.get(p + 1);
                    ee[i][t] = (b.mean()[o] - a.mean()[o]) / step;
                    // Both points ran with the same streams: the noise of the paired change.
                    eeSe[i][t] = PointEffect.changeSe(a, b, o) / Math.abs(step);
                }
            }
            double[][] muStar = muStarIntervals(ee, settings.seed() + o);
            List<ScreeningRow> block = new ArrayList<>();
            for (int i = 0; i < k; i++) {
                Factor f = factors.get(i);
                block.add(new ScreeningRow(f.path(), outputs.get(o).label(), METHOD, f.low(), f.high(),
                        Double.NaN, Double.NaN, Double.NaN, Double.NaN, meanAbs(ee[i]), StatUtils.mean(ee[i]), sd(ee[i]), r,
                        StatUtils.mean(eeSe[i]), 0, muStar[i][0], muStar[i][1]));
            }
            rows.addAll(Screening.ranked(block));
        }
        return rows;
    }

    /**
     * Per factor, the 95 % percentile bootstrap interval of mu* over the trajectories (resampled
     * with replacement, {@value #RESAMPLES} times, from a seeded generator: reproducible), as
     * {@code sensitivity} gives for a sweep's Morris design. Kept here rather than shared with the
     * sensitivity package, which depends on this one.
     */
    private static double[][] muStarIntervals(double[][] ee, long seed) {
        int k = ee.length;
        int r = k == 0 ? 0 : ee[0].length;
        double[][] draws = new double[k][RESAMPLES];
        SplitMix64 random = new SplitMix64(seed);
        int[] sample = new int[r];
        for (int b = 0; b < RESAMPLES; b++) {
            for (int t = 0; t < r; t++) {
                sample[t] = (int) (random.nextDouble() * r);
            }
            for (int i = 0; i < k; i++) {
                double m = 0;
                for (int t : sample) {
                    m += Math.abs(ee[i][t]) / r;
                }
                draws[i][b] = m;
            }
        }
        double[][] out = new double[k][];
        Percentile percentile = new Percentile();
        for (int i = 0; i < k; i++) {
            out[i] = new double[] {percentile.evaluate(draws[i], 2.5), percentile.evaluate(draws[i], 97.5)};
        }
        return out;
    }

    private static int changed(double[] a, double[] b) {
        int found = -1;
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                if (found >= 0) {
                    throw new IllegalArgumentException("consecutive Morris points differ in more than one factor");
                }
                found = i;
            }
        }
        if (found < 0) {
            throw new IllegalArgumentException("consecutive Morris points do not differ");
        }
        return found;
    }

    private static double[] values(List<Factor> factors, double[] unit) {
        double[] v = new double[unit.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = factors.get(i).at(unit[i]);
        }
        return v;
    }


    private static double meanAbs(double[] x) {
        double s = 0;
        for (double v : x) {
            s += Math.abs(v);
        }
        return s / x.length;
    }

    /** Sample standard deviation (n - 1); NaN for fewer than two values. */
    private static double sd(double[] x) {
        return x.length < 2 ? Double.NaN : Math.sqrt(StatUtils.variance(x));
    }
}
