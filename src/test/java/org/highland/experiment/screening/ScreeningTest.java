package org.highland.experiment.screening;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The estimators on a known function: y = 3 x1 + x2^2 with x3 inert. */
class ScreeningTest {
    private static final List<Factor> FACTORS = List.of(
            new Factor("x1", 0, 1, 0.5), new Factor("x2", 0, 1, 0.5), new Factor("x3", 0, 1, 0.5));
    private static final List<Output> OUTPUTS = List.of(new Output("y", "A", 2030), new Output("minus y", "A", 2030));
    private static final EffectModel MODEL = x -> {
        double y = 3 * x[0] + x[1] * x[1];
        return PointEffect.exact(y, -y);
    };

    @Test
    void oneAtATimeRanksTheLinearAndQuadraticFactorsAboveTheInertOne() {
        List<double[]> points = OneAtATime.design(FACTORS);
        assertEquals(7, points.size());
        List<ScreeningRow> rows = OneAtATime.estimate(FACTORS, OUTPUTS, Screening.evaluate(points, MODEL, (e, p) -> { }));
        assertEquals(6, rows.size());
        assertEquals(3.0, row(rows, "x1", "y:A:2030").swing(), 1e-12);
        assertEquals(1.0, row(rows, "x2", "y:A:2030").swing(), 1e-12);
        assertEquals(0.0, row(rows, "x3", "y:A:2030").swing());
        assertEquals(3 * 0.5 + 0.25, row(rows, "x3", "y:A:2030").effectNominal(), 1e-12);
        assertEquals(List.of(1, 2, 3), List.of(row(rows, "x1", "y:A:2030").rank(), row(rows, "x2", "y:A:2030").rank(),
                row(rows, "x3", "y:A:2030").rank()));
        assertEquals(-3.0, row(rows, "x1", "minus y:A:2030").swing(), 1e-12);
        assertEquals(1, row(rows, "x1", "minus y:A:2030").rank(), "ranked by the size of the swing, not its sign");
    }

    @Test
    void morrisGivesMuStarOfTheLinearFactorItsSlopeAndZeroForTheInertOne() {
        Morris.Settings settings = new Morris.Settings(20, 4, 7);
        List<double[]> points = Morris.design(FACTORS, settings);
        assertEquals(20 * 4, points.size());
        List<ScreeningRow> rows = Morris.estimate(FACTORS, OUTPUTS, settings, points,
                Screening.evaluate(points, MODEL, (e, p) -> { }));
        ScreeningRow x1 = row(rows, "x1", "y:A:2030");
        ScreeningRow x2 = row(rows, "x2", "y:A:2030");
        ScreeningRow x3 = row(rows, "x3", "y:A:2030");
        assertEquals(3.0, x1.muStar(), 1e-9, "a linear factor's elementary effect is its slope over the range");
        assertEquals(0.0, x1.sigma(), 1e-9);
        assertEquals(3.0, x1.muStarLow(), 1e-9, "equal effects: an interval of one point");
        assertEquals(3.0, x1.muStarHigh(), 1e-9);
        assertTrue(x2.muStarLow() < x2.muStar() && x2.muStar() < x2.muStarHigh(),
                "a varying factor's mu* lies inside its bootstrap interval: " + x2);
        assertEquals(0.0, x3.muStar());
        assertTrue(x2.muStar() > 0 && x2.muStar() < x1.muStar(), "x2: " + x2.muStar());
        assertTrue(x2.sigma() > 0, "a non-linear factor's effects vary over the grid");
        assertEquals(List.of(1, 2, 3), List.of(x1.rank(), x2.rank(), x3.rank()));
    }

    /**
     * A whole-number output (as the model's counts are), linear in factors whose grid values are not
     * exact in binary (0.05 + 0.15 / 3 ...): every elementary effect is the same number, so sigma is
     * exactly 0, not 6e-15 as when each step was read back from the factor values.
     */
    @Test
    void morrisEffectsOfALinearFactorAreEqualToTheLastBit() {
        List<Factor> factors = List.of(new Factor("firms.discountRatePerYear", 0.05, 0.2, 0.1),
                new Factor("capital.valueElasticity", 0, 1.5, 0.5), new Factor("x", 1.8, 4.8, 3));
        Morris.Settings settings = new Morris.Settings(6, 4, 20150101);
        List<double[]> points = Morris.design(factors, settings);
        List<ScreeningRow> rows = Morris.estimate(factors, List.of(new Output("y", "A", 2030)), settings, points,
                Screening.evaluate(points, x -> PointEffect.exact(Math.rint(200 * x[0]) - Math.rint(10 * x[1]) + Math.rint(10 * x[2])), (e, p) -> { }));
        for (ScreeningRow r : rows) {
            assertEquals(0.0, r.sigma(), r.factor() + ": equal effects, sigma exactly 0");
        }
        assertEquals(30, row(rows, "firms.discountRatePerYear", "y:A:2030").muStar(), 1e-9);
    }

    @Test
    void morrisDesignIsOnTheGridReproducibleAndMovesOneFactorAtATime() {
        Morris.Settings settings = new Morris.Settings(5, 4, 11);
        List<double[]> a = Morris.design(FACTORS, settings);
        List<double[]> b = Morris.design(FACTORS, settings);
        for (int p = 0; p < a.size(); p++) {
            assertArrayEquals(a.get(p), b.get(p));
            for (double v : a.get(p)) {
                double level = v * 3;
                assertEquals(Math.rint(level), level, 1e-9, "on the 4-level grid: " + v);
            }
        }
        List<double[]> other = Morris.design(FACTORS, new Morris.Settings(5, 4, 12));
        boolean differs = false;
        for (int p = 0; p < a.size(); p++) {
            differs |= !java.util.Arrays.equals(a.get(p), other.get(p));
        }
        assertTrue(differs, "another seed gives another design");
        assertThrows(IllegalArgumentException.class, () -> new Morris.Settings(5, 3, 1));
    }

    @Test
    void theNoiseOfEachEstimateComesFromThePointsStandardErrors() {
        EffectModel noisy = x -> {
            PointEffect e = MODEL.effects(x);
            return new PointEffect(e.mean(), new double[] {0.1, 0.1});
        };
        List<ScreeningRow> oat = OneAtATime.estimate(FACTORS, OUTPUTS,
                Screening.evaluate(OneAtATime.design(FACTORS), noisy, (e, p) -> { }));
        assertEquals(Math.sqrt(0.02), row(oat, "x3", "y:A:2030").noise(), 1e-12, "two ends in quadrature");
        assertTrue(row(oat, "x1", "y:A:2030").aboveNoise());
        assertTrue(!row(oat, "x3", "y:A:2030").aboveNoise(), "an inert factor is within the noise");
        Morris.Settings settings = new Morris.Settings(4, 4, 3);
        List<double[]> points = Morris.design(FACTORS, settings);
        List<ScreeningRow> morris = Morris.estimate(FACTORS, OUTPUTS, settings, points,
                Screening.evaluate(points, noisy, (e, p) -> { }));
        assertEquals(Math.sqrt(0.02) / (2.0 / 3.0), row(morris, "x2", "y:A:2030").noise(), 1e-12,
                "per elementary effect: the step is 2/3 of the range");
        assertTrue(row(morris, "x1", "y:A:2030").aboveNoise() && !row(morris, "x3", "y:A:2030").aboveNoise());
        assertTrue(row(OneAtATime.estimate(FACTORS, OUTPUTS, Screening.evaluate(OneAtATime.design(FACTORS), MODEL,
                (e, p) -> { })), "x3", "y:A:2030").noise() == 0, "an exact model has no noise");
    }

    @Test
    void outputsParseWithAreasHoldingColons() {
        assertEquals(List.of(new Output("enterprises", "Zhejiang/city:Hangzhou", 2030), new Output("x", "A", 2021)),
                Output.parseList("enterprises:Zhejiang/city:Hangzhou:2030, x:A:2021"));
        assertThrows(IllegalArgumentException.class, () -> Output.parseList("enterprises:2030"));
        assertThrows(IllegalArgumentException.class, () -> Output.parseList("enterprises:A:later"));
    }

    private static ScreeningRow row(List<ScreeningRow> rows, String factor, String output) {
        return rows.stream().filter(r -> r.factor().equals(factor) && r.output().equals(output)).findFirst().orElseThrow();
    }
}
