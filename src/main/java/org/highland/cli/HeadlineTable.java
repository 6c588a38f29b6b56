package org.highland.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.highland.experiment.SummaryRow;
import org.highland.scenario.Scenario;

/** The few numbers a planner looks at first, for every region, at milestone years. */
final class HeadlineTable {
    private static final String[][] METRICS = {
        {"biomedicine_industrial_output", "output B"},
        {"enterprises", "firms"},
        {"innovative_drug_approvals", "innov appr"},
        {"cumulative_clinical_trials", "cum trials"},
        {"biomedicine_provincial_talents", "leading tal"},
        {"biopharma_financing_disclosed", "financing B"},
        {"policy_outlay", "outlay M"},
    };

    private HeadlineTable() {
    }

    static String render(List<SummaryRow> summary, Scenario scenario) {
        Map<String, Double> means = new HashMap<>();
        for (SummaryRow row : summary) {
            means.put(row.metric() + "\u0000" + row.area() + "\u0000" + row.year(), row.mean());
        }
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-10s %5s", "region", "year"));
        for (String[] m : METRICS) {
            sb.append(String.format(Locale.ROOT, " %12s", m[1]));
        }
        sb.append('\n');
        int start = scenario.time().startYear();
        int end = scenario.time().endYear();
        for (String region : scenario.regions().keySet()) {
            for (int year : new int[] {2020, 2025, 2030, 2035}) {
                if (year < start || year > end) {
                    continue;
                }
                sb.append(String.format(Locale.ROOT, "%-10s %5d", region, year));
                for (String[] m : METRICS) {
                    Double mean = means.get(m[0] + "\u0000" + region + "\u0000" + year);
                    sb.append(String.format(Locale.ROOT, " %12.1f", mean == null ? Double.NaN : mean));
                }
                sb.append('\n');
            }
        }
        return sb.toString();
    }
}
