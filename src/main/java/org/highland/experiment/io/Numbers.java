package org.highland.experiment.io;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Locale- and thread-independent number formatting for output files.
 *
 * <p>{@code java.text.NumberFormat} depends on the default locale and is not thread-safe, and
 * {@code Double.toString} switches to exponent notation and (before JDK 19) sometimes prints one
 * digit more than needed. Output files must be byte-identical across machines, thread counts and
 * JDK versions, hence this helper.
 */
public final class Numbers {

    private Numbers() {
    }

    /**
     * The shortest decimal that reads back as {@code d}, in plain notation (no exponent).
     *
     * <p>Examples: {@code 1e7 -> "10000000"}, {@code 0.1 -> "0.1"},
     * {@code -2.5e-7 -> "-0.00000025"}, {@code 3.0 -> "3"}; zero (either sign) is {@code "0"}.
     *
     * @throws IllegalArgumentException if {@code d} is NaN or infinite
     */
    public static String format(double d) {
        if (!Double.isFinite(d)) {
            throw new IllegalArgumentException("Cannot format a non-finite number: " + d);
        }
        if (d == 0.0) {
            return "0"; // also for -0.0, which would otherwise print as "-0" or "0" by path
        }
        return shortest(d).stripTrailingZeros().toPlainString();
    }

    /**
     * Double.toString always round-trips but may carry one superfluous digit on older JDKs.
     * Rounding the exact binary value to fewer significant digits is monotone (if p digits
     * round-trip, so do p + 1), so we shorten while the result still reads back as {@code d}.
     */
    private static BigDecimal shortest(double d) {
        BigDecimal best = BigDecimal.valueOf(d);
        BigDecimal exact = new BigDecimal(d);
        for (int digits = best.stripTrailingZeros().precision() - 1; digits >= 1; digits--) {
            BigDecimal candidate = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
            if (candidate.doubleValue() != d) {
                break;
            }
            best = candidate;
        }
        return best;
    }
}
