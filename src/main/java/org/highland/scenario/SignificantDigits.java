package org.highland.scenario;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Values computed from a range (a default times a factor, a point between two ends) rounded to 12
 * significant digits, so that 3 x 0.6 is used, written and printed as 1.8, not
 * 1.7999999999999998: the change (below 5e-13 relative) is far inside any plausible range, and the
 * value the model receives is the one points.csv and {@code params} show.
 */
public final class SignificantDigits {
    private static final MathContext TWELVE = new MathContext(12);

    private SignificantDigits() {
    }

    /** {@code value} to 12 significant digits; NaN, infinities and 0 unchanged. */
    public static double round(double value) {
        if (!Double.isFinite(value) || value == 0) {
            return value;
        }
        return BigDecimal.valueOf(value).round(TWELVE).doubleValue();
    }
}
