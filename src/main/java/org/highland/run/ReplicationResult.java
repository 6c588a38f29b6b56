package org.highland.run;

import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The yearly outputs of one replication: {@code value(metric, area, year)}.
 *
 * <p>Areas are keyed as {@code Zhejiang} (a province), {@code Zhejiang/city:Hangzhou} (a city) and
 * {@code Zhejiang/park:Qiantang Pharmaceutical Port} (a park). A metric that is not recorded for an
 * area (most metrics for parks) holds {@link Double#NaN} there and is not written out.
 */
public final class ReplicationResult implements Serializable {
    private static final long serialVersionUID = 1L;
    private final int replication;
    private final List<Metric> metrics;
    private final List<String> areas;
    private final int firstYear;
    private final int years;
    private final double[][][] values;
    private final Map<String, Integer> metricIndex = new HashMap<>();
    private final Map<String, Integer> areaIndex = new HashMap<>();

    /** Takes ownership of {@code values}, indexed [metric][area][year - firstYear]. */
    public ReplicationResult(int replication, List<Metric> metrics, List<String> areas,
                             int firstYear, double[][][] values) {
        this.replication = replication;
        this.metrics = List.copyOf(metrics);
        this.areas = List.copyOf(areas);
        this.firstYear = firstYear;
        this.years = values.length == 0 || values[0].length == 0 ? 0 : values[0][0].length;
        this.values = values;
        for (int m = 0; m < this.metrics.size(); m++) {
            metricIndex.put(this.metrics.get(m).name(), m);
        }
        for (int a = 0; a < this.areas.size(); a++) {
            areaIndex.put(this.areas.get(a), a);
        }
    }

    public int replication() {
        return replication;
    }

    public List<Metric> metrics() {
        return metrics;
    }

    public List<String> areas() {
        return areas;
    }

    public int firstYear() {
        return firstYear;
    }

    public int lastYear() {
        return firstYear + years - 1;
    }

    /** Index of a metric by name, or -1. */
    public int metricIndex(String name) {
        return metricIndex.getOrDefault(name, -1);
    }

    /** Index of an area by key, or -1. */
    public int areaIndex(String key) {
        return areaIndex.getOrDefault(key, -1);
    }

    public double value(int metric, int area, int year) {
        int y = year - firstYear;
        if (y < 0 || y >= years) {
            return Double.NaN;
        }
        return values[metric][area][y];
    }

    /** The value, or NaN when the metric, area or year is unknown or not recorded. */
    public double value(String metric, String area, int year) {
        int m = metricIndex(metric);
        int a = areaIndex(area);
        return m < 0 || a < 0 ? Double.NaN : value(m, a, year);
    }

    /** A copy of one metric's yearly series for one area. */
    public double[] series(int metric, int area) {
        return Arrays.copyOf(values[metric][area], years);
    }
}
