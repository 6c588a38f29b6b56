package org.highland.experiment.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cost per unit as {@code compare} prints it: per province whose public outlay the variant
 * changed and horizon, the extra outlay and what each 100 M yuan of it bought, each as the
 * ratio of means with the 5-95 % range of the per-replication ratios.
 */
public final class CostEffectivenessTable {
    private CostEffectivenessTable() {
    }

    public static String render(String variant, List<CostEffectivenessRow> rows) {
        StringBuilder sb = new StringBuilder();
        sb.append(variant).append(": cost-effectiveness, per 100 M yuan of extra outlay (cumulative to the year;"
                + " firms and talents at the year), ratio of means [p05, p95 of per-replication ratios]\n");
        sb.append(String.format(Locale.ROOT, "%-9s %-5s %-28s %-28s %-28s %-28s %-28s%n", "region", "year",
                "extra outlay M", "output yuan/yuan", "innov approvals", "firms", "leading talents"));
        int shown = 0;
        List<String> noise = new ArrayList<>();
        for (CostEffectivenessRow r : rows) {
            if (!r.variant().equals(variant)) {
                continue;
            }
            if (!r.outlayChanged()) {
                if (r.extraOutlayMillion() != 0) {
                    noise.add(String.format(Locale.ROOT, "%s %d (%+.1f M: %s)", r.region(), r.year(),
                            r.extraOutlayMillion(), r.ratioNote()));
                }
                continue;
            }
            CostEffectivenessRow.Intervals i = r.intervals();
            sb.append(String.format(Locale.ROOT, "%-9s %-5d %-28s %-28s %-28s %-28s %-28s%n", r.region(), r.year(),
                    cell(r.extraOutlayMillion(), i.extraOutlay()), cell(r.outputPerYuan(), i.outputPerYuan()),
                    cell(r.approvalsPer100m(), i.approvalsPer100m()), cell(r.enterprisesPer100m(), i.enterprisesPer100m()),
                    cell(r.leadingTalentsPer100m(), i.leadingTalentsPer100m())));
            shown++;
        }
        if (shown == 0) {
            sb.append("(no province's outlay changed beyond noise)\n");
        }
        if (!noise.isEmpty()) {
            sb.append("no ratios for ").append(String.join("; ", noise)).append('\n');
        }
        return sb.toString();
    }

    private static String cell(double value, Interval interval) {
        String v = Double.isFinite(value) ? String.format(Locale.ROOT, "%.3g", value) : "-";
        if (!Double.isFinite(interval.p05())) {
            return v + " [-]";
        }
        return String.format(Locale.ROOT, "%s [%.3g, %.3g]", v, interval.p05(), interval.p95());
    }
}
