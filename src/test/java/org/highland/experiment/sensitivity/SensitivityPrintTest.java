package org.highland.experiment.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The console table of {@code highland sensitivity}: each output's figures to one number of
 * decimals, so that what is zero up to rounding reads 0 (sensitivity.csv keeps every digit).
 */
class SensitivityPrintTest {
    private static final String ENTERPRISES = "base:enterprises:Zhejiang:2017";

    private static String print(List<SensitivityRow> rows) {
        StringWriter text = new StringWriter();
        try (PrintWriter out = new PrintWriter(text)) {
            Sensitivity.print(out, rows, 10, Map.of());
        }
        return text.toString();
    }

    private static SensitivityRow morris(int rank, String factor, Interval muStar, double mu, double sigma) {
        return new SensitivityRow(ENTERPRISES, factor, "morris", rank, muStar, mu, sigma, Interval.NONE, Interval.NONE,
                Double.NaN);
    }

    /** Effects of 90 and -120 that cancel leave mu 3.6e-15 in doubles: printed beside mu* 102.9 as 0.0. */
    @Test
    void roundingNoiseBesideTheOutputsOtherFiguresPrintsAsZero() {
        String out = print(List.of(
                morris(1, "talent.leadingPerClinicalProject", new Interval(102.857142857, 94.2857, 115.714), 3.55e-15,
                        112.2497),
                morris(2, "firms.shortageDelay", new Interval(0.04, 0, 0.12), -2.2e-16, 0.05)));
        List<String> lines = out.lines().toList();
        assertEquals("     1  102.9 [94.3, 115.7]                 0.0      112.2  talent.leadingPerClinicalProject",
                lines.get(3), out);
        assertEquals("     2  0.0 [0.0, 0.1]                      0.0        0.1  firms.shortageDelay", lines.get(4), out);
        assertFalse(out.contains("e-") || out.contains("-0.0"), "no exponent, no negative zero: " + out);
    }

    @Test
    void smallOutputsKeepFourSignificantDigitsOfTheirLargestFigure() {
        assertEquals(3, Sensitivity.morrisDecimals(List.of(morris(1, "a", new Interval(1.515, 1.048, 1.922), -0.74,
                1.616)), ENTERPRISES));
        assertEquals(0, Sensitivity.morrisDecimals(List.of(morris(1, "a", new Interval(1110, 1028, 1182), 1110,
                105.6)), ENTERPRISES));
        assertEquals("0.000", Sensitivity.fixed(-1e-17, 3));
        assertEquals("-0.740", Sensitivity.fixed(-0.74, 3));
    }

    @Test
    void sobolIndicesPrintToThreeDecimalsWithoutNegativeZero() {
        SensitivityRow row = new SensitivityRow(ENTERPRISES, "firms.shortageDelay", "sobol", 1, Interval.NONE,
                Double.NaN, Double.NaN, new Interval(-1e-17, -0.02, 0.03), new Interval(0.4567, 0.3, 0.6), Double.NaN);
        String out = print(List.of(row));
        assertTrue(out.contains("0.457 [0.300, 0.600]") && out.contains("0.000 [-0.020, 0.030]"), out);
    }
}
