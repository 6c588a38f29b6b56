package org.highland.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.highland.experiment.SummaryRow;
import org.highland.experiment.compare.TextColumns;
import org.highland.run.Headline;
import org.highland.run.Metric;
import org.highland.run.TerminalFigures;
import org.highland.scenario.Scenario;

/**
 * The few numbers a planner looks at first, for every region, at milestone years (and the last
 * simulated year): the mean over replications and its 90 % range (5th-95th percentile). The
 * metrics, labels and years are {@link Headline#RUN}'s, which the headline table of report.html
 * shows too.
 */
final class HeadlineTable {
    private HeadlineTable() {
    }

    static String render(List<SummaryRow> summary, Scenario scenario, double scale) {
        Map<String, SummaryRow> rows = new HashMap<>();
        for (SummaryRow row : summary) {
            rows.put(row.metric() + "\u0000" + row.area() + "\u0000" + row.year(), row);
        }
        Headline headline = Headline.RUN;
        StringBuilder sb = new StringBuilder();
        sb.append("mean [p05, p95] over ").append(TerminalFigures.basis(scenario.replications(), scale)).append('\n');
        List<List<String>> table = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("region", "year"));
        header.addAll(headline.labels());
        table.add(header);
        List<Integer> years = headline.years(scenario.time().startYear(), scenario.time().endYear());
        for (String region : scenario.regions().keySet()) {
            for (int year : years) {
                List<String> cells = new ArrayList<>(List.of(region, Integer.toString(year)));
                for (Metric m : headline.metrics()) {
                    SummaryRow row = rows.get(m.name() + "\u0000" + region + "\u0000" + year);
                    cells.add(row == null ? "-" : TerminalFigures.interval(m, row.mean(), row.p05(), row.p95()));
                }
                table.add(cells);
            }
        }
        sb.append(TextColumns.render(table));
        sb.append("legend:\n");
        TerminalFigures.legend(headline.labels(), headline.metrics()).forEach(line -> sb.append(line).append('\n'));
        sb.append("  all columns, units and flows vs stocks: results/README.md\n");
        return sb.toString();
    }
}
