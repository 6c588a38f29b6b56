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
    /** Area key of the sum over the provinces (areas without '/'), for additive metrics. */
    public static final String TOTAL = "Total";
    /** Units whose values add up across areas; shares, rates and wages do not. */
    private static final Set<String> ADDITIVE = Set.of("count", "billion_yuan", "million_yuan", "mu", "tonnes");

    private PairedComparison() {
    }

    /**
     * One row per metric, area and year that either scenario recorded. Rows follow the base's
     * metric and area order (then those only the variant has, then {@link #TOTAL}, the sum over the
     * provinces), then year. A policy's own outlay and shortfall metrics are 0 in a scenario
     * without that policy, and an additive metric (a count or an amount) is 0 in an area a scenario
     * does not have (a park only the variant builds), so such areas are compared too.
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
        List<String> provinces = areas.stream().filter(a -> !a.contains("/")).toList();
        if (provinces.size() > 1) {
            areas.add(TOTAL);
        }
        List<ComparisonRow> rows = new ArrayList<>();
        for (Map.Entry<String, String> metric : units.entrySet()) {
            for (String area : areas) {
                for (int year = first; year <= last; year++) {
                    ComparisonRow row = pairedRow(variant, metric.getKey(), metric.getValue(), area, year, b, v,
                            provinces);
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
        return pairedRow(variant, metric, unit, area, year, b, v, List.of());
    }

    /** {@link #row} on lists already ordered and checked. */
    private static ComparisonRow pairedRow(String variant, String metric, String unit, String area, int year,
                                           List<ReplicationResult> b, List<ReplicationResult> v,
                                           List<String> provinces) {
        double[] bs = new double[b.size()];
        double[] vs = new double[b.size()];
        double[] ds = new double[b.size()];
        int n = 0;
        for (int k = 0; k < b.size(); k++) {
            double x = value(b.get(k), metric, unit, area, year, provinces);
            double y = value(v.get(k), metric, unit, area, year, provinces);
            if (!Double.isNaN(x) && !Double.isNaN(y)) {
                bs[n] = x;
                vs[n] = y;
                ds[n] = PairedDifference.of(x, y);
                n++;
            }
        }
        if (n == 0) {
            return null;
        }
        double baseMean = StatUtils.mean(bs, 0, n);
        double diffMean = StatUtils.mean(ds, 0, n);
        // Undefined for one pair (n - 1 = 0), like the interval of the mean below: NaN, not 0.
        double diffSd = n > 1 ? Math.sqrt(StatUtils.variance(ds, diffMean, 0, n)) : Double.NaN;
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
     * The value, with a policy's outlay and shortfall counted as 0 in a scenario that lacks the
     * policy (the metric exists only where the policy does) but not in a region or year it did not
     * record.
     */
    static double value(ReplicationResult r, String metric, String unit, String area, int year,
                        List<String> provinces) {
        boolean additive = ADDITIVE.contains(unit);
        if (TOTAL.equals(area)) {
            if (!additive || provinces.isEmpty()) {
                return Double.NaN;
            }
            double sum = 0;
            for (String province : provinces) {
                sum += value(r, metric, unit, province, year, provinces);
            }
            return sum;
        }
        boolean recorded = r.metricIndex(metric) >= 0 || Metrics.perPolicy(metric) != null;
        if (additive && recorded && r.areaIndex(area) < 0 && year >= r.firstYear() && year <= r.lastYear()) {
            return 0.0; // the area does not exist in this scenario
        }
        return value(r, metric, area, year);
    }

    static double value(ReplicationResult r, String metric, String area, int year) {
        if (Metrics.perPolicy(metric) != null && r.metricIndex(metric) < 0
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
