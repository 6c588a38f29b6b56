package org.highland.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.highland.report.chart.ChartPlan;
import org.highland.report.chart.NamedChart;

/**
 * The report of a screen folder: per output, the tornado chart and the factors in rank order with
 * the effect at either end of their range (one at a time) or mu* with its interval and mu
 * (Morris), to the digits the console prints, and whether each stands above the simulation noise.
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
        for (Map<String, String> r : ranked(folder.screening().rows())) {
            boolean morris = "morris".equals(r.get("method"));
            rows.add(List.of(r.get("output"), r.get("rank"), r.get("factor"),
                    morris ? "mu* " + shown(r, "mu_star") + " [" + shown(r, "mu_star_low") + ", "
                            + shown(r, "mu_star_high") + "], mu " + shown(r, "mu")
                            : shown(r, "effect_at_low") + " to " + shown(r, "effect_at_high") + " (swing "
                            + shown(r, "swing") + ")",
                    "false".equals(r.get("above_noise")) ? "no" : "yes"));
        }
        b.append(Html.table(List.of("output", "rank", "factor", "effect over the factor's range", "above the noise"),
                rows));
    }

    /**
     * The rows of screening.csv (written in factor order) with each output's factors in rank
     * order, the outputs in the order the file gives them: the table reads as the ranking the
     * console printed and the tornado draws.
     */
    static List<Map<String, String>> ranked(List<Map<String, String>> rows) {
        Map<String, List<Map<String, String>>> byOutput = new LinkedHashMap<>();
        rows.forEach(r -> byOutput.computeIfAbsent(r.get("output"), k -> new ArrayList<>()).add(r));
        List<Map<String, String>> ranked = new ArrayList<>();
        for (List<Map<String, String>> output : byOutput.values()) {
            output.sort(Comparator.comparingInt(r -> Integer.parseInt(r.get("rank"))));
            ranked.addAll(output);
        }
        return ranked;
    }

    /**
     * A value of screening.csv, which keeps every digit of a double, to four significant digits
     * as the console prints it (1.283, not 1.2830495158882655), without an exponent or trailing
     * zeros; empty where the file has none.
     */
    static String shown(Map<String, String> row, String column) {
        String text = row.getOrDefault(column, "");
        if (text.isBlank()) {
            return "";
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text.strip()).round(new MathContext(4, RoundingMode.HALF_EVEN));
        } catch (NumberFormatException notANumber) {
            return text; // not a number highland wrote: shown as it stands
        }
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }
}
