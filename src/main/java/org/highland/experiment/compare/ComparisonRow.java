package org.highland.experiment.compare;

/**
 * A variant against its base for one metric, area and year, over the replications both recorded.
 *
 * @param variant     variant name
 * @param metric      metric name
 * @param area        area key (written as {@code region} in CSV files)
 * @param year        calendar year
 * @param unit        unit of the metric
 * @param baseMean    mean of the base over the paired replications
 * @param variantMean mean of the variant over the paired replications
 * @param diffMean    mean of the paired differences (variant minus base, replication by replication)
 * @param diffSd      sample standard deviation of the paired differences; NaN when {@code n == 1},
 *                    where it is undefined
 * @param diffP05     5th percentile of the paired differences
 * @param diffP95     95th percentile of the paired differences
 * @param relDiff     {@code diffMean / baseMean}; NaN when the base mean is 0
 * @param n           number of paired replications
 * @param meanLow90   lower end of the 90 % confidence interval of the mean effect,
 *                    {@code diffMean - t(0.95, n - 1) diffSd / sqrt(n)}; NaN when {@code n < 2}
 * @param meanHigh90  upper end of that interval
 */
public record ComparisonRow(String variant, String metric, String area, int year, String unit,
                            double baseMean, double variantMean, double diffMean, double diffSd,
                            double diffP05, double diffP95, double relDiff, int n, double meanLow90,
                            double meanHigh90) {
}
