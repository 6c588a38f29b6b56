package org.highland.experiment.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.highland.run.Headline;
import org.highland.run.Metric;
import org.highland.run.ReplicationResult;
import org.highland.run.TerminalFigures;

/**
 * The few differences a planner looks at first: per headline metric and province, the base level
 * and the paired difference with its 5-95 % range, at milestone years. The metrics, labels and
 * years are {@link Headline#COMPARE}'s, which the compare report's table of effects shows too.
 */
public final class HeadlineComparison {
    private HeadlineComparison() {
    }

    /**
     * The table of one variant against its base for the given provinces, years not run left out:
     * the headline metrics, then a row per province for each of {@code own}, the outcomes of the
     * variant's instruments the headline metrics leave out ({@link OwnOutcomes}).
     */
    public static String render(String baseName, String variant, List<ReplicationResult> base,
                                List<ReplicationResult> variantResults, List<String> regions, double scale,
                                List<Metric> own) {
        List<Metric> metrics = new ArrayList<>(Headline.COMPARE.metrics());
        List<String> labels = new ArrayList<>(Headline.COMPARE.labels());
        for (Metric m : own) {
            metrics.add(m);
            labels.add(OwnOutcomes.label(m));
        }
        List<ReplicationResult> b = PairedComparison.byReplication(base);
        List<ReplicationResult> v = PairedComparison.byReplication(variantResults);
        PairedComparison.checkPaired(b, v);
        List<Integer> years = b.isEmpty() ? List.of()
                : Headline.COMPARE.years(b.get(0).firstYear(), b.get(0).lastYear());
        StringBuilder sb = new StringBuilder();
        sb.append(variant).append(" vs ").append(baseName).append(": base mean, paired difference (variant - base) mean")
                .append(" [p05, p95] over ").append(TerminalFigures.basis(b.size(), scale)).append('\n');
        List<List<String>> table = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("metric", "region"));
        years.forEach(year -> header.add(Integer.toString(year)));
        table.add(header);
        for (int m = 0; m < metrics.size(); m++) {
            for (String region : regions) {
                List<String> row = new ArrayList<>(List.of(labels.get(m), region));
                for (int year : years) {
                    ComparisonRow r = PairedComparison.row(variant, metrics.get(m).name(), metrics.get(m).unit(), region,
                            year, b, v);
                    row.add(r == null ? "-" : cell(metrics.get(m), r));
                }
                table.add(row);
            }
        }
        sb.append(TextColumns.render(table));
        sb.append("legend (flows are the year's, not cumulative; cost_effectiveness.csv sums them to the horizon):\n");
        TerminalFigures.legend(labels, metrics).forEach(line -> sb.append(line).append('\n'));
        return sb.toString();
    }

    private static String cell(Metric metric, ComparisonRow r) {
        return String.format(Locale.ROOT, "%9s %8s [%s, %s]", TerminalFigures.value(metric, r.baseMean()),
                TerminalFigures.signed(metric, r.diffMean()), TerminalFigures.signed(metric, r.diffP05()),
                TerminalFigures.signed(metric, r.diffP95()));
    }
}
