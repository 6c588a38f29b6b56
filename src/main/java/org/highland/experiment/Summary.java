package org.highland.experiment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.highland.run.Metric;
import org.highland.run.ReplicationResult;

/**
 * Cross-replication statistics (mean, sample sd, R-7 percentiles) of every recorded metric value.
 *
 * <p>Replications are first ordered by their replication number, so the result does not depend on
 * the order in which parallel workers finished: floating-point sums are order-sensitive.
 */
public final class Summary {

    private Summary() {
    }

    /**
     * One row per metric, area and year that at least one replication recorded (not NaN).
     *
     * <p>Rows are ordered by the metric order of the first replication (metrics only later
     * replications know follow in order of appearance), then area order the same way, then year.
     */
    public static List<SummaryRow> of(List<ReplicationResult> reps) {
        List<ReplicationResult> ordered = byReplication(reps);
        // Row order follows the caller's first replication (the catalog order of the run).
        Map<String, String> units = metricUnits(reps);
        List<String> areas = areaKeys(reps);
        int firstYear = ordered.stream().mapToInt(ReplicationResult::firstYear).min().orElse(0);
        int lastYear = ordered.stream().mapToInt(ReplicationResult::lastYear).max().orElse(-1);

        List<SummaryRow> rows = new ArrayList<>();
        double[] buffer = new double[ordered.size()];
        for (Map.Entry<String, String> metric : units.entrySet()) {
            int[] metricIdx = indices(ordered, metric.getKey(), true);
            for (String area : areas) {
                int[] areaIdx = indices(ordered, area, false);
                for (int year = firstYear; year <= lastYear; year++) {
                    int n = collect(ordered, metricIdx, areaIdx, year, buffer);
                    if (n > 0) {
                        rows.add(stats(metric.getKey(), area, year, metric.getValue(), buffer, n));
                    }
                }
            }
        }
        return rows;
    }

    /** The row for one metric, area and year, or null when no replication recorded it. */
    public static SummaryRow row(List<ReplicationResult> reps, String metric, String area,
                                 int year) {
        List<ReplicationResult> ordered = byReplication(reps);
        String unit = metricUnits(ordered).get(metric);
        if (unit == null) {
            return null;
        }
        double[] buffer = new double[ordered.size()];
        int n = collect(ordered, indices(ordered, metric, true), indices(ordered, area, false),
                year, buffer);
        return n == 0 ? null : stats(metric, area, year, unit, buffer, n);
    }

    private static List<ReplicationResult> byReplication(List<ReplicationResult> reps) {
        List<ReplicationResult> ordered = new ArrayList<>(reps);
        // Stable sort: equal replication numbers keep their given order.
        ordered.sort(Comparator.comparingInt(ReplicationResult::replication));
        return ordered;
    }

    /** Metric name to unit, in order of first appearance. */
    private static Map<String, String> metricUnits(List<ReplicationResult> reps) {
        Map<String, String> units = new LinkedHashMap<>();
        for (ReplicationResult rep : reps) {
            for (Metric m : rep.metrics()) {
                units.putIfAbsent(m.name(), m.unit());
            }
        }
        return units;
    }

    private static List<String> areaKeys(List<ReplicationResult> reps) {
        Set<String> areas = new LinkedHashSet<>();
        for (ReplicationResult rep : reps) {
            areas.addAll(rep.areas());
        }
        return new ArrayList<>(areas);
    }

    private static int[] indices(List<ReplicationResult> reps, String key, boolean metric) {
        int[] idx = new int[reps.size()];
        for (int r = 0; r < idx.length; r++) {
            ReplicationResult rep = reps.get(r);
            idx[r] = metric ? rep.metricIndex(key) : rep.areaIndex(key);
        }
        return idx;
    }

    /** Copies the non-NaN values into {@code out}; returns how many. */
    private static int collect(List<ReplicationResult> reps, int[] metricIdx, int[] areaIdx,
                               int year, double[] out) {
        int n = 0;
        for (int r = 0; r < out.length; r++) {
            if (metricIdx[r] < 0 || areaIdx[r] < 0) {
                continue;
            }
            double v = reps.get(r).value(metricIdx[r], areaIdx[r], year);
            if (!Double.isNaN(v)) {
                out[n++] = v;
            }
        }
        return n;
    }

    static SummaryRow stats(String metric, String area, int year, String unit,
                                    double[] values, int n) {
        double mean = StatUtils.mean(values, 0, n);
        // Undefined for one value (n - 1 = 0): NaN, written as an empty cell, never 0 ("no spread").
        double sd = n > 1 ? Math.sqrt(StatUtils.variance(values, mean, 0, n)) : Double.NaN;
        // A fresh Percentile per row: the class caches data and is not thread-safe.
        Percentile percentile = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        percentile.setData(values, 0, n);
        return new SummaryRow(metric, area, year, unit, mean, sd, percentile.evaluate(5.0),
                percentile.evaluate(50.0), percentile.evaluate(95.0), n);
    }
}
