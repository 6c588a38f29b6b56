package org.highland.experiment.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.stat.StatUtils;
import org.highland.run.Metrics;
import org.highland.run.ReplicationResult;
import org.junit.jupiter.api.Test;

/**
 * The noise of a screen follows common random numbers. Synthetic replications: replication k has
 * a large component shared by base and variant at every point (1000 z_k: the histories the
 * streams give), a moderate one in the effect shared by every point (3 w_k: the same streams at
 * each point) and a small one of the point itself (0.1 u_k(x)). The effect at a point has the
 * standard error of the paired differences, blind to 1000 z_k; the change of the effect between
 * two points (an OAT swing, a Morris elementary effect) has that of the paired changes, blind to
 * 3 w_k too. Adding the two points' variances would report about 3 sqrt(2) sd(w) / sqrt(n).
 */
class PairedNoiseTest {
    private static final List<Factor> FACTORS = List.of(new Factor("x1", 0, 1, 0.5), new Factor("x2", 0, 1, 0.5));
    private static final List<Output> OUTPUTS = List.of(new Output("enterprises", "A", 2030));
    private static final double[] Z = {1.2, -0.7, 0.3, -1.5, 0.9, 0.1};
    private static final double[] W = {0.8, -1.1, 0.4, 1.3, -0.6, -0.2};

    private static double u(double[] x, int k) {
        return Math.sin(7 * x[0] + 13 * x[1] + 3 * k);
    }

    private static ReplicationResult result(int k, double value) {
        return new ReplicationResult(k, List.of(Metrics.ENTERPRISES), List.of("A"), 2030,
                new double[][][] {{{value}}});
    }

    /** Base and variant replications at point x: the variant adds 10 x1 + 3 w_k + 0.1 u_k(x). */
    private static PointEffect effects(double[] x) {
        List<ReplicationResult> base = new ArrayList<>();
        List<ReplicationResult> variant = new ArrayList<>();
        for (int k = 0; k < Z.length; k++) {
            double b = 5000 + 1000 * Z[k];
            base.add(result(k, b));
            variant.add(result(k, b + 10 * x[0] + 3 * W[k] + 0.1 * u(x, k)));
        }
        return ScenarioEffect.meanDifferences(base, variant, OUTPUTS);
    }

    /** sd / sqrt(n) of the values. */
    private static double se(double[] v) {
        return Math.sqrt(StatUtils.variance(v) / v.length);
    }

    @Test
    void theEffectAtAPointHasTheStandardErrorOfThePairedDifferences() {
        double[] x = {0.5, 0.5};
        double[] d = new double[Z.length];
        double[] variant = new double[Z.length];
        for (int k = 0; k < Z.length; k++) {
            d[k] = 10 * x[0] + 3 * W[k] + 0.1 * u(x, k);
            variant[k] = 5000 + 1000 * Z[k] + d[k];
        }
        PointEffect e = effects(x);
        assertEquals(StatUtils.mean(d), e.mean()[0], 1e-9);
        assertEquals(se(d), e.se()[0], 1e-9);
        double independent = Math.hypot(se(variant), 1000 * se(Z));
        assertTrue(e.se()[0] < independent / 100, e.se()[0] + " against " + independent + " unpaired");
    }

    @Test
    void aSwingAndAnElementaryEffectHaveTheStandardErrorOfThePairedChanges() {
        List<double[]> points = OneAtATime.design(FACTORS);
        List<PointEffect> effects = Screening.evaluate(points, PairedNoiseTest::effects, (e, p) -> { });
        List<ScreeningRow> oat = OneAtATime.estimate(FACTORS, OUTPUTS, effects);
        double[] low = points.get(1);
        double[] high = points.get(2);
        double[] change = new double[Z.length];
        for (int k = 0; k < Z.length; k++) {
            change[k] = 10 * (high[0] - low[0]) + 0.1 * (u(high, k) - u(low, k));
        }
        ScreeningRow x1 = oat.stream().filter(r -> r.factor().equals("x1")).findFirst().orElseThrow();
        assertEquals(se(change), x1.noise(), 1e-9, "the swing's noise is that of the paired changes");
        double quadrature = Math.hypot(effects.get(1).se()[0], effects.get(2).se()[0]);
        assertTrue(x1.noise() < quadrature / 5, x1.noise() + " against " + quadrature + " in quadrature");
        assertTrue(x1.aboveNoise(), "a swing of 10 is well above the noise of 0.1 u");

        Morris.Settings settings = new Morris.Settings(3, 4, 5);
        List<double[]> design = Morris.design(FACTORS, settings);
        List<PointEffect> at = Screening.evaluate(design, PairedNoiseTest::effects, (e, p) -> { });
        double expected = 0;
        for (int t = 0; t < 3; t++) {
            for (int j = 0; j < 2; j++) {
                int p = t * 3 + j;
                double[] a = design.get(p);
                double[] b = design.get(p + 1);
                if (a[0] != b[0]) {
                    double[] ee = new double[Z.length];
                    for (int k = 0; k < Z.length; k++) {
                        ee[k] = (10 * (b[0] - a[0]) + 0.1 * (u(b, k) - u(a, k))) / Math.abs(b[0] - a[0]);
                    }
                    expected += se(ee) / 3;
                }
            }
        }
        ScreeningRow m = Morris.estimate(FACTORS, OUTPUTS, settings, design, at).stream()
                .filter(r -> r.factor().equals("x1")).findFirst().orElseThrow();
        assertEquals(expected, m.noise(), 1e-9, "mean over the trajectories of the paired elementary effect's se");
        assertTrue(m.aboveNoise());
    }
}
