package org.highland.scenario;

/**
 * A parameter's plausible range for sensitivity analysis, distinct from its validity bounds
 * ({@code @Param(min, max)}): the values a careful modeller would still defend.
 *
 * @param low    lower end; NaN for input and data parameters
 * @param high   upper end; NaN for input and data parameters
 * @param basis  why the range is what it is
 * @param source citation (basis {@code source}) or rationale
 */
public record PlausibleRange(double low, double high, RangeBasis basis, String source) {
    /** Whether this range can be screened: behavioural and of positive width. */
    public boolean screenable() {
        return basis.behavioural() && high > low;
    }
}
