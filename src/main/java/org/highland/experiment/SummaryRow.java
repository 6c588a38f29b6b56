package org.highland.experiment;

/**
 * Statistics of one metric for one area and year, across the replications that recorded it.
 *
 * @param metric metric name
 * @param area   area key (written as {@code region} in CSV files)
 * @param year   calendar year
 * @param unit   unit of the metric
 * @param mean   arithmetic mean
 * @param sd     sample standard deviation (n - 1 denominator); NaN when {@code n == 1}, where it
 *               is undefined (written as an empty cell)
 * @param p05    5th percentile (R-7 / Excel / NumPy default interpolation)
 * @param p50    median
 * @param p95    95th percentile
 * @param n      number of replications with a value
 */
public record SummaryRow(String metric, String area, int year, String unit, double mean, double sd,
                         double p05, double p50, double p95, int n) {
}
