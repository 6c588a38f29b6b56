package org.highland.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.highland.report.chart.ChartPlan;
import org.highland.report.chart.NamedChart;

/**
 * The report of a screen folder: per output, the tornado chart and the ranked factors with the
 * effect at either end of their range (one at a time) or mu* with its interval (Morris), and
 * whether each stands above the simulation noise.
 */
final class ReportScreening {
    private ReportScreening() {
    }

    static void section(StringBuilder b, ResultsFolder folder) throws IOException {
        b.append("<h2>What the policy's effect hangs on</h2>\n<p class=\"note\">How far each parameter, moved over"
                + " its plausible range, moves the variant's effect (variant minus base, common random numbers):"
                + " one at a time, the effect with the factor at either end of its range; Morris, mu*, the mean"
                + " absolute change of the effect over the factor's range, with its 95 % bootstrap interval. A factor"
                + " not above the noise moves the effect by less than twice its simulation noise at this scale and"
                + " number of replications.</p>\n");
        for (NamedChart c : ChartPlan.build(folder, List.of(), List.of(), List.of())) {
            b.append(HtmlReport.svg(c));
        }
        List<List<String>> rows = new ArrayList<>();
        for (Map<String, String> r : folder.screening().rows()) {
            boolean morris = "morris".equals(r.get("method"));
            rows.add(List.of(r.get("output"), r.get("rank"), r.get("factor"),
                    morris ? "mu* " + r.get("mu_star") + " [" + r.get("mu_star_low") + ", " + r.get("mu_star_high") + "]"
                            : r.get("effect_at_low") + " to " + r.get("effect_at_high") + " (swing " + r.get("swing") + ")",
                    "false".equals(r.get("above_noise")) ? "no" : "yes"));
        }
        b.append(Html.table(List.of("output", "rank", "factor", "effect over the factor's range", "above the noise"),
                rows));
    }
}
