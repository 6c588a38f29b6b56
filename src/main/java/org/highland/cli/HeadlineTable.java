package org.highland.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.highland.experiment.SummaryRow;
import org.highland.experiment.compare.TextColumns;
import org.highland.run.Metric;
import org.highland.run.TerminalFigures;
import org.highland.run.Metrics;
import org.highland.scenario.Scenario;

/**
 * The few numbers a planner looks at first, for every region, at milestone years (and the last
 * simulated year): the mean over replications and its 90 % range (5th-95th percentile).
 */
final class HeadlineTable {
    private static final List<Metric> METRICS = List.of(Metrics.BIOMEDICINE_OUTPUT, Metrics.ENTERPRISES,
            Metrics.INNOVATIVE_APPROVALS, Metrics.CUM_TRIALS, Metrics.LEADING_TALENT, Metrics.FINANCING,
            Metrics.POLICY_OUTLAY);
    private static final List<String> LABELS = List.of("output B", "firms", "innov appr", "cum trials", "leading tal",
            "financing B", "outlay M");
    private static final List<Integer> MILESTONES = List.of(2020, 2025, 2030, 2035);

    private HeadlineTable() {
    }

    static String render(List<SummaryRow> summary, Scenario scenario, double scale) {
        Map<String, SummaryRow> rows = new HashMap<>();
        for (SummaryRow row : summary) {
            rows.put(row.metric() + "\u0000" + row.area() + "\u0000" + row.year(), row);
        }
        StringBuilder sb = new StringBuilder();
        sb.append("mean [p05, p95] over ").append(TerminalFigures.basis(scenario.replications(), scale)).append('\n');
        List<List<String>> table = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("region", "year"));
        header.addAll(LABELS);
        table.add(header);
        List<Integer> years = TerminalFigures.years(MILESTONES, scenario.time().startYear(), scenario.time().endYear());
        for (String region : scenario.regions().keySet()) {
            for (int year : years) {
                List<String> cells = new ArrayList<>(List.of(region, Integer.toString(year)));
                for (Metric m : METRICS) {
                    SummaryRow row = rows.get(m.name() + "\u0000" + region + "\u0000" + year);
                    cells.add(row == null ? "-" : TerminalFigures.value(m, row.mean()) + " ["
                            + TerminalFigures.value(m, row.p05()) + ", " + TerminalFigures.value(m, row.p95()) + "]");
                }
                table.add(cells);
            }
        }
        sb.append(TextColumns.render(table));
        sb.append("legend:\n");
        TerminalFigures.legend(LABELS, METRICS).forEach(line -> sb.append(line).append('\n'));
        sb.append("  all columns, units and flows vs stocks: results/README.md\n");
        return sb.toString();
    }
}
