package org.highland.experiment.compare;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.highland.run.Metrics;
import org.highland.run.ReplicationResult;

/**
 * Extra public outlay against what it bought, per province and horizon year. Flows (outlay,
 * output, approvals) are summed from the first recorded year to the horizon, so money spent early
 * is set against everything it led to by then; stocks (firms, leading talents) are taken at the
 * horizon. Each quantity is a mean of paired differences; the ratios are ratios of those means,
 * because a ratio per replication explodes when a replication's extra outlay is near zero.
 */
public final class CostEffectiveness {
    private CostEffectiveness() {
    }

    /**
     * One row per province (an area key without {@code /}) and horizon year; horizons outside the
     * recorded years are left out.
     *
     * @throws IllegalArgumentException if the two lists do not hold the same replication numbers
     */
    public static List<CostEffectivenessRow> of(String variant, List<ReplicationResult> base,
                                                List<ReplicationResult> variantResults, List<Integer> horizons) {
        return of(variant, base, variantResults, horizons, null);
    }

    /**
     * As {@link #of(String, List, List, List)}, with ratios only in the provinces the variant acts
     * in ({@link VariantReach}; null for every province) and in the total when it acts anywhere.
     */
    public static List<CostEffectivenessRow> of(String variant, List<ReplicationResult> base,
                                                List<ReplicationResult> variantResults, List<Integer> horizons,
                                                Set<String> actsIn) {
        List<ReplicationResult> b = PairedComparison.byReplication(base);
        List<ReplicationResult> v = PairedComparison.byReplication(variantResults);
        PairedComparison.checkPaired(b, v);
        List<CostEffectivenessRow> rows = new ArrayList<>();
        if (b.isEmpty()) {
            return rows;
        }
        int first = b.get(0).firstYear();
        int last = b.get(0).lastYear();
        List<String> regions = new ArrayList<>(provinces(b));
        if (regions.size() > 1) {
            regions.add(PairedComparison.TOTAL);
        }
        for (String region : regions) {
            for (int horizon : horizons) {
                if (horizon >= first && horizon <= last) {
                    boolean acts = actsIn == null || (PairedComparison.TOTAL.equals(region) ? !actsIn.isEmpty()
                            : actsIn.contains(region));
                    rows.add(row(variant, region, first, horizon, b, v, !acts));
                }
            }
        }
        return rows;
    }

    private static CostEffectivenessRow row(String variant, String region, int first, int horizon,
                                            List<ReplicationResult> b, List<ReplicationResult> v,
                                            boolean spillOverOnly) {
        int n = b.size();
        double[] baseOutlay = new double[n];
        double[] outlay = new double[n];
        double[] output = new double[n];
        double[] approvals = new double[n];
        double[] firms = new double[n];
        double[] talents = new double[n];
        for (int k = 0; k < n; k++) {
            ReplicationResult x = b.get(k);
            ReplicationResult y = v.get(k);
            baseOutlay[k] = sum(x, Metrics.POLICY_OUTLAY.name(), region, first, horizon);
            outlay[k] = sumDiff(x, y, Metrics.POLICY_OUTLAY.name(), region, first, horizon);
            output[k] = sumDiff(x, y, Metrics.BIOMEDICINE_OUTPUT.name(), region, first, horizon);
            approvals[k] = sumDiff(x, y, Metrics.INNOVATIVE_APPROVALS.name(), region, first, horizon);
            firms[k] = diff(x, y, Metrics.ENTERPRISES.name(), region, horizon);
            talents[k] = diff(x, y, Metrics.LEADING_TALENT.name(), region, horizon);
        }
        // Output is in billion yuan, outlay in million: yuan per yuan = 1000 x billion / million.
        double[] outputPerYuan = new double[n];
        for (int k = 0; k < n; k++) {
            outputPerYuan[k] = output[k] * 1000.0;
        }
        CostEffectivenessRow.Intervals intervals = new CostEffectivenessRow.Intervals(
                Interval.of(outlay), Interval.of(output), Interval.of(approvals), Interval.of(firms),
                Interval.of(talents),
                ratioInterval(outputPerYuan, outlay, baseOutlay, 1.0),
                ratioInterval(approvals, outlay, baseOutlay, 100.0),
                ratioInterval(firms, outlay, baseOutlay, 100.0),
                ratioInterval(talents, outlay, baseOutlay, 100.0));
        CostEffectivenessRow row = new CostEffectivenessRow(variant, region, horizon, mean(baseOutlay), mean(outlay),
                mean(output), mean(approvals), mean(firms), mean(talents), n, intervals, spillOverOnly);
        if (row.outlayChanged()) {
            return row;
        }
        // No ratio where the outlay difference is noise: neither its point value nor its interval.
        return new CostEffectivenessRow(variant, region, horizon, row.baseOutlayMillion(), row.extraOutlayMillion(),
                row.extraOutputBillion(), row.extraApprovals(), row.extraEnterprises(), row.extraLeadingTalents(), n,
                new CostEffectivenessRow.Intervals(intervals.extraOutlay(), intervals.extraOutput(),
                        intervals.extraApprovals(), intervals.extraEnterprises(), intervals.extraLeadingTalents(),
                        Interval.NONE, Interval.NONE, Interval.NONE, Interval.NONE), spillOverOnly);
    }

    /**
     * The interval of amount / (outlay / per) replication by replication; undefined unless every
     * replication's outlay changed enough to divide by.
     */
    private static Interval ratioInterval(double[] amount, double[] outlay, double[] baseOutlay, double per) {
        double[] ratios = new double[amount.length];
        for (int k = 0; k < amount.length; k++) {
            if (!CostEffectivenessRow.outlayChanged(outlay[k], baseOutlay[k])) {
                return Interval.NONE;
            }
            ratios[k] = amount[k] / (outlay[k] / per);
        }
        return Interval.of(ratios);
    }

    private static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    private static double sumDiff(ReplicationResult base, ReplicationResult variant, String metric, String region,
                                  int first, int horizon) {
        double sum = 0;
        for (int year = first; year <= horizon; year++) {
            double d = diff(base, variant, metric, region, year);
            if (!Double.isNaN(d)) {
                sum += d;
            }
        }
        return sum;
    }

    private static double sum(ReplicationResult r, String metric, String region, int first, int horizon) {
        double sum = 0;
        for (int year = first; year <= horizon; year++) {
            double v = value(r, metric, region, year);
            if (!Double.isNaN(v)) {
                sum += v;
            }
        }
        return sum;
    }

    private static double diff(ReplicationResult base, ReplicationResult variant, String metric, String region,
                               int year) {
        return PairedDifference.of(value(base, metric, region, year), value(variant, metric, region, year));
    }

    /** A province's value, or for {@link PairedComparison#TOTAL} the sum over the provinces. */
    private static double value(ReplicationResult r, String metric, String region, int year) {
        if (!PairedComparison.TOTAL.equals(region)) {
            return r.value(metric, region, year);
        }
        double sum = 0;
        for (String province : provinces(List.of(r))) {
            sum += r.value(metric, province, year);
        }
        return sum;
    }

    private static Set<String> provinces(List<ReplicationResult> reps) {
        Set<String> provinces = new LinkedHashSet<>();
        for (String area : reps.get(0).areas()) {
            if (!area.contains("/")) {
                provinces.add(area);
            }
        }
        return provinces;
    }
}
