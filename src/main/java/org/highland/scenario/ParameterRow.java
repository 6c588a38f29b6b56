package org.highland.scenario;

/**
 * One numeric parameter leaf of a scenario, as listed by {@link ParameterCatalog}.
 *
 * @param path  dotted path such as {@code policies.trialSupport.phase3MaxMillion} or {@code shares[1]}
 * @param value the current value, formatted without exponent noise
 * @param unit  unit from {@code @Param}, empty when the component is not annotated
 * @param min   smallest admissible value (negative infinity when unbounded or not annotated)
 * @param max   largest admissible value (positive infinity when unbounded or not annotated)
 * @param doc   one-line description from {@code @Param}, empty when not annotated
 * @param range plausible range and its basis ({@link PlausibleRanges}); null when not looked up
 *              or when no row of the ranges file matches the path
 */
public record ParameterRow(String path, String value, String unit, double min, double max, String doc,
                           PlausibleRange range) {
    /** A row without a plausible range. */
    public ParameterRow(String path, String value, String unit, double min, double max, String doc) {
        this(path, value, unit, min, max, doc, null);
    }

    /** The value as a number. */
    public double number() {
        return Double.parseDouble(value);
    }
}
