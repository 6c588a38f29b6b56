package org.highland.experiment.compare;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.highland.run.Metrics;
import org.highland.run.TerminalFigures;

/**
 * Cost per unit as {@code compare} prints it: per province whose public outlay the variant
 * changed and horizon, the extra outlay and what each 100 M yuan of it bought, each as the
 * ratio of means with the 5-95 % range of the per-replication ratios.
 */
public final class CostEffectivenessTable {
    /** Below this size a ratio prints as 0.000: a thousandth of a firm or talent per 100 M yuan is nothing. */
    static final double SMALLEST = 0.0005;

    private CostEffectivenessTable() {
    }

    public static String render(String variant, List<CostEffectivenessRow> rows) {
        StringBuilder sb = new StringBuilder();
        sb.append(variant).append(": cost-effectiveness: extra outlay (million yuan, cumulative to the year) and what"
                + " it bought: output in yuan per yuan; approvals (cumulative), firms and talents (at the year) per"
                + " 100 M yuan; ratio of means [p05, p95 of per-replication ratios]\n");
        List<List<String>> table = new ArrayList<>();
        table.add(List.of("region", "year", "extra outlay M", "output yuan/yuan", "innov approvals", "firms",
                "leading talents"));
        Map<String, List<String>> noise = new LinkedHashMap<>();
        boolean undefined = false;
        boolean saves = false;
        for (CostEffectivenessRow r : rows) {
            if (!r.variant().equals(variant)) {
                continue;
            }
            if (!r.outlayChanged()) {
                if (r.extraOutlayMillion() != 0) {
                    noise.computeIfAbsent(r.ratioNote(), k -> new ArrayList<>()).add(String.format(Locale.ROOT,
                            "%s %d (%s M)", r.region(), r.year(),
                            TerminalFigures.signed(Metrics.POLICY_OUTLAY, r.extraOutlayMillion())));
                }
                continue;
            }
            CostEffectivenessRow.Intervals i = r.intervals();
            Interval outlay = i.extraOutlay();
            table.add(List.of(r.region(), Integer.toString(r.year()),
                    TerminalFigures.value(Metrics.POLICY_OUTLAY, r.extraOutlayMillion()) + " ["
                            + TerminalFigures.value(Metrics.POLICY_OUTLAY, outlay.p05()) + ", "
                            + TerminalFigures.value(Metrics.POLICY_OUTLAY, outlay.p95()) + "]",
                    cell(r.outputPerYuan(), i.outputPerYuan()), cell(r.approvalsPer100m(), i.approvalsPer100m()),
                    cell(r.enterprisesPer100m(), i.enterprisesPer100m()),
                    cell(r.leadingTalentsPer100m(), i.leadingTalentsPer100m())));
            saves |= r.extraOutlayMillion() < 0;
            undefined |= Stream.of(i.outputPerYuan(), i.approvalsPer100m(), i.enterprisesPer100m(),
                    i.leadingTalentsPer100m()).anyMatch(x -> !Double.isFinite(x.p05()));
        }
        if (table.size() == 1) {
            sb.append("(no province's outlay changed beyond noise)\n");
        } else {
            sb.append(TextColumns.render(table));
        }
        if (saves) {
            // Both signs flip for a cut: a positive ratio there is what the saving costs, not what it buys.
            sb.append("negative extra outlay: the variant spends less; its ratios are what each yuan or 100 M yuan saved"
                    + " lost (a positive ratio: output, approvals, firms or talents lost; a negative one: gained)\n");
        }
        if (undefined) {
            sb.append("[-]: no interval, because in some replication the extra outlay was too small to divide by\n");
        }
        noise.forEach((why, where) -> sb.append("no ratios, ").append(why).append(": ")
                .append(String.join(", ", where)).append('\n'));
        return sb.toString();
    }

    private static String cell(double value, Interval interval) {
        String v = figure(value);
        if (!Double.isFinite(interval.p05())) {
            return v + " [-]";
        }
        return v + " [" + figure(interval.p05()) + ", " + figure(interval.p95()) + "]";
    }

    /**
     * A ratio in plain notation, with three significant digits and whole numbers from 100 on: a
     * planner reads "9273", not "9.27e+03". Zero of either sign prints as "0", never "-0.00", and a
     * value below {@link #SMALLEST} in size as "0.000" (rounded to zero, not exactly zero), not as
     * a string of zeros before three digits of noise.
     */
    static String figure(double value) {
        if (!Double.isFinite(value)) {
            return "-";
        }
        if (value == 0) {
            return "0";
        }
        String text;
        if (Math.abs(value) >= 100) {
            text = String.format(Locale.ROOT, "%.0f", value);
        } else if (Math.abs(value) < SMALLEST) {
            text = "0.000";
        } else {
            BigDecimal rounded = new BigDecimal(value).round(new MathContext(3, RoundingMode.HALF_EVEN));
            text = rounded.signum() == 0 ? "0" : rounded.toPlainString();
        }
        return text.equals("-0") ? "0" : text;
    }
}
