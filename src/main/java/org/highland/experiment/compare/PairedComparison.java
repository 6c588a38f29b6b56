package org.highland.experiment.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.highland.run.Metric;
import org.highland.run.Metrics;
import org.highland.run.ReplicationResult;

/**
 * Paired differences between a variant and its base. Replication k of both was run with the
 * random streams of (seed, k) (common random numbers), so the difference within a pair is the
 * policy's effect on that history; its spread across pairs is far smaller than the spread of
 * either scenario alone. The interval reported is the 5th to 95th percentile (R-7, as in
 * {@link org.highland.experiment.Summary}) of the paired differences: it describes where the
 * effect falls across replications, not a confidence interval for the mean effect (that would be
 * about {@code sqrt(n)} times narrower); the rows carry that one too (t interval, 90 %).
 */
public final class PairedComparison {
    private static final String OUTLAY_PREFIX = Metrics.outlayName("");

    private PairedComparison() {
    }

    /**
     * One row per metric, area and year that both scenarios recorded in at least one common
     * replication. Rows follow the base's metric and area order (then those only the variant
     * has), then year. A policy's own outlay metric is 0 in a scenario without that policy.
     *
     * @throws IllegalArgumentException if the two lists do not hold the same replication numbers
     */
    public static List<ComparisonRow> of(String variant, List<ReplicationResult> base,
                                         List<ReplicationResult> variantResults) {
        List<ReplicationResult> b = byReplication(base);
        List<ReplicationResult> v = byReplication(variantResults);
        checkPaired(b, v);
        Map<String, String> units = new LinkedHashMap<>();
        Set<String> areas = new LinkedHashSet<>();
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (ReplicationResult r : concat(b, v)) {
            for (Metric m : r.metrics()) {
                units.putIfAbsent(m.name(), m.unit());
            }
            areas.addAll(r.areas());
            first = Math.min(first, r.firstYear());
            last = Math.max(last, r.lastYear());
        }
        List<ComparisonRow> rows = new ArrayList<>();
        for (Map.Entry<String, String> metric : units.entrySet()) {
            for (String area : areas) {
                for (int year = first; year <= last; year++) {
                    ComparisonRow row = pairedRow(variant, metric.getKey(), metric.getValue(), area, year, b, v);
                    if (row != null) {
                        rows.add(row);
                    }
                }
            }
        }
        return rows;
    }

    /** The row for one metric, area and year, or null when no pair recorded it. */
    public static ComparisonRow row(String variant, String metric, String unit, String area, int year,
                                    List<ReplicationResult> base, List<ReplicationResult> variantResults) {
        List<ReplicationResult> b = byReplication(base);
        List<ReplicationResult> v = byReplication(variantResults);
        checkPaired(b, v);
        return pairedRow(variant, metric, unit, area, year, b, v);
    }

    /** {@link #row} on lists already ordered and checked. */
    private static ComparisonRow pairedRow(String variant, String metric, String unit, String area, int year,
                                           List<ReplicationResult> b, List<ReplicationResult> v) {
        double[] bs = new double[b.size()];
        double[] vs = new double[b.size()];
        double[] ds = new double[b.size()];
        int n = 0;
        for (int k = 0; k < b.size(); k++) {
            double x = value(b.get(k), metric, area, year);
            double y = value(v.get(k), metric, area, year);
            if (!Double.isNaN(x) && !Double.isNaN(y)) {
                bs[n] = x;
                vs[n] = y;
                ds[n] = y - x;
                n++;
            }
        }
        if (n == 0) {
            return null;
        }
        double baseMean = StatUtils.mean(bs, 0, n);
        double diffMean = StatUtils.mean(ds, 0, n);
        double diffSd = n > 1 ? Math.sqrt(StatUtils.variance(ds, diffMean, 0, n)) : 0.0;
        // A fresh Percentile per row: the class caches data and is not thread-safe.
        Percentile percentile = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        percentile.setData(ds, 0, n);
        double rel = baseMean != 0 ? diffMean / baseMean : Double.NaN;
        double half = n > 1 ? new TDistribution(null, n - 1).inverseCumulativeProbability(0.95) * diffSd / Math.sqrt(n)
                : Double.NaN;
        return new ComparisonRow(variant, metric, area, year, unit, baseMean, StatUtils.mean(vs, 0, n),
                diffMean, diffSd, percentile.evaluate(5.0), percentile.evaluate(95.0), rel, n, diffMean - half,
                diffMean + half);
    }

    /**
     * The value, with a policy's outlay counted as 0 in a scenario that lacks the policy (the
     * metric exists only where the policy does) but not in a region or year it did not record.
     */
    static double value(ReplicationResult r, String metric, String area, int year) {
        if (metric.startsWith(OUTLAY_PREFIX) && r.metricIndex(metric) < 0
                && r.areaIndex(area) >= 0 && year >= r.firstYear() && year <= r.lastYear()
                && !Double.isNaN(r.value(Metrics.POLICY_OUTLAY.name(), area, year))) {
            return 0.0;
        }
        return r.value(metric, area, year);
    }

    static List<ReplicationResult> byReplication(List<ReplicationResult> reps) {
        List<ReplicationResult> ordered = new ArrayList<>(reps);
        ordered.sort(Comparator.comparingInt(ReplicationResult::replication));
        return ordered;
    }

    static void checkPaired(List<ReplicationResult> base, List<ReplicationResult> variant) {
        boolean same = base.size() == variant.size();
        for (int k = 0; same && k < base.size(); k++) {
            same = base.get(k).replication() == variant.get(k).replication();
        }
        if (!same) {
            throw new IllegalArgumentException("paired comparison needs the same replications in base and variant, got "
                    + numbers(base) + " and " + numbers(variant));
        }
    }

    private static List<Integer> numbers(List<ReplicationResult> reps) {
        return reps.stream().map(ReplicationResult::replication).toList();
    }

    private static List<ReplicationResult> concat(List<ReplicationResult> a, List<ReplicationResult> b) {
        List<ReplicationResult> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
