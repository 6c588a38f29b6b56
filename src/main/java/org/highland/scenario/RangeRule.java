package org.highland.scenario;

import java.util.regex.Pattern;

/**
 * One row of the plausible-ranges file: a path pattern, its bounds and their basis.
 *
 * <p>A pattern is a parameter path in which {@code *} stands for any run of characters within one
 * dotted segment ({@code regions.*.growthShift}, {@code stages[*]}, {@code *Elasticity}) and
 * {@code **} for any run across segments. A bound is a number, or {@code *F}: F times the
 * parameter's value in the scenario at hand (for families whose members differ, e.g. every
 * sector's growth rate); such bounds are ordered and clipped to the parameter's validity bounds.
 *
 * @param pattern path pattern
 * @param low     lower bound as written (empty for input/data rows)
 * @param high    upper bound as written (empty for input/data rows)
 * @param basis   source, assumption, input or data
 * @param source  citation or rationale
 * @param line    line of the file, for messages
 */
public record RangeRule(String pattern, String low, String high, RangeBasis basis, String source, int line) {
    /** The pattern as a regular expression over whole paths. */
    Pattern regex() {
        return glob(pattern);
    }

    /** A path pattern ({@code *} within a segment, {@code **} across) as a regular expression. */
    public static Pattern glob(String pattern) {
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '*' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '*') {
                re.append(".*");
                i++;
            } else if (c == '*') {
                re.append("[^.]*");
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(re.toString());
    }

    /** Whether a bound is relative to the parameter's value ({@code *F}). */
    static boolean relative(String bound) {
        return bound.strip().startsWith("*");
    }

    /** The number of a bound: the factor of a relative one, the value of an absolute one. */
    static double number(String bound) {
        String b = bound.strip();
        return Double.parseDouble(relative(b) ? b.substring(1) : b);
    }

    /**
     * The range for a parameter whose current value is {@code value} and validity bounds
     * {@code [min, max]}; null for input/data rows.
     */
    public PlausibleRange resolve(double value, double min, double max) {
        if (!basis.behavioural()) {
            return new PlausibleRange(Double.NaN, Double.NaN, basis, source);
        }
        double lo = bound(low, value, min, max);
        double hi = bound(high, value, min, max);
        return new PlausibleRange(Math.min(lo, hi), Math.max(lo, hi), basis, source);
    }

    private static double bound(String bound, double value, double min, double max) {
        if (!relative(bound)) {
            return number(bound);
        }
        double v = SignificantDigits.round(value * number(bound));
        return Math.max(min, Math.min(max, v));
    }
}
