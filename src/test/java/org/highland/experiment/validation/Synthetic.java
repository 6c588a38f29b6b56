package org.highland.experiment.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.highland.run.Metric;
import org.highland.run.Metrics;
import org.highland.run.ReplicationResult;

/** Builds replication results whose outputs are set by hand (also used by the calibration tests). */
public final class Synthetic {
    static final int FIRST = 2015;
    static final int YEARS = 10; // 2015-2024: the last figure is of 2024

    private final List<String> areas;
    private final double[][][] values;

    public Synthetic(List<Target> targets) {
        Set<String> keys = new LinkedHashSet<>();
        for (Target t : targets) {
            keys.add(t.mapping().area());
            if (!t.mapping().refArea().isEmpty()) {
                keys.add(t.mapping().refArea());
            }
        }
        areas = new ArrayList<>(keys);
        values = new double[Metrics.REGION.size()][areas.size()][YEARS];
        for (double[][] m : values) {
            for (double[] a : m) {
                Arrays.fill(a, Double.NaN);
            }
        }
    }

    public void set(String metric, String area, int year, double v) {
        values[metricIndex(metric)][areas.indexOf(area)][year - FIRST] = v;
    }

    public double get(String metric, String area, int year) {
        return values[metricIndex(metric)][areas.indexOf(area)][year - FIRST];
    }

    private static int metricIndex(String metric) {
        return Metrics.REGION.stream().map(Metric::name).toList().indexOf(metric);
    }

    /** Sets the outputs so that each target's simulated quantity equals its figure. */
    public void matchAll(List<Target> targets) {
        // Plain values first, so a growth rate is fitted around the level its end year must have.
        List<Target> ordered = new ArrayList<>(targets);
        ordered.sort((a, b) -> Boolean.compare(a.mapping().derived() != Derivation.VALUE,
                b.mapping().derived() != Derivation.VALUE));
        for (Target t : ordered) {
            TargetMapping m = t.mapping();
            double value = t.figure().value();
            switch (m.derived()) {
                case VALUE -> set(m.metric(), m.area(), m.year(), value);
                case CAGR -> {
                    double growth = Math.pow(1 + value / 100, m.year() - m.baseYear());
                    double end = get(m.metric(), m.area(), m.year());
                    double base = get(m.metric(), m.area(), m.baseYear());
                    if (Double.isNaN(end) && !Double.isNaN(base)) {
                        // A growth rate from a published level onwards (e.g. 2020-2022 from 2020's figure).
                        set(m.metric(), m.area(), m.year(), base * growth);
                    } else {
                        if (Double.isNaN(end)) {
                            end = 100;
                            set(m.metric(), m.area(), m.year(), end);
                        }
                        set(m.metric(), m.area(), m.baseYear(), end / growth);
                    }
                }
                case RATIO -> {
                    set(m.metric(), m.refArea(), m.year(), 10);
                    set(m.metric(), m.area(), m.year(), 10 * value);
                }
                case FLOW_SINCE -> {
                    // Spread evenly, so the flow since the base year equals the figure it bounds.
                    int years = m.year() - m.baseYear() + 1;
                    for (int y = m.baseYear(); y <= m.year(); y++) {
                        set(m.metric(), m.area(), y, value / years);
                    }
                }
            }
        }
    }

    public ReplicationResult result(int replication) {
        double[][][] copy = new double[values.length][][];
        for (int i = 0; i < values.length; i++) {
            copy[i] = new double[values[i].length][];
            for (int j = 0; j < values[i].length; j++) {
                copy[i][j] = values[i][j].clone();
            }
        }
        return new ReplicationResult(replication, Metrics.REGION, areas, FIRST, copy);
    }
}
