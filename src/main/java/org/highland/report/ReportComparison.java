package org.highland.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.highland.experiment.compare.OwnOutcomes;
import org.highland.experiment.compare.VariantReach;
import org.highland.report.chart.ChartPlan;
import org.highland.report.chart.CompareCharts;
import org.highland.report.chart.Footnote;
import org.highland.report.chart.PolicyCharts;
import org.highland.run.Metric;
import org.highland.scenario.Scenario;
import org.highland.scenario.ScenarioException;
import org.highland.scenario.Scenarios;

/**
 * The report of a {@code compare} folder: what each variant's policies add and cost, the
 * cost-effectiveness table with its intervals, the effects on the headline metrics
 * ({@link ReportEffects}) and, for the provinces the variants act in ({@link #chartAreas}), each
 * variant against the base and the paired difference over the years, for the metrics of the table
 * of effects in its order ({@link ChartPlan#headline}).
 */
final class ReportComparison {
    /** The province whose per-metric charts a compare report draws when its variants act everywhere or nowhere. */
    static final String COMPARE_AREA = "Zhejiang";

    private ReportComparison() {
    }

    static void section(StringBuilder b, ResultsFolder folder, Footnote footnote) throws IOException {
        b.append("<h2>Policies of the variants: what each adds, changes or removes and what it costs</h2>\n");
        Path baseYaml = folder.base() == null ? null : folder.dir().resolve("scenarios/" + folder.base() + ".resolved.yaml");
        JsonNode basePolicies = baseYaml == null ? null : ReportPolicies.policies(baseYaml);
        boolean tables = false;
        for (String v : folder.variants()) {
            Path yaml = folder.dir().resolve("scenarios/" + ResultsFolder.safe(v) + ".resolved.yaml");
            JsonNode policies = ReportPolicies.policies(yaml);
            Set<String> changed = new HashSet<>();
            Iterator<String> names = policies.fieldNames();
            while (names.hasNext()) {
                String n = names.next();
                if (basePolicies == null || !policies.path(n).equals(basePolicies.path(n))) {
                    changed.add(n);
                }
            }
            Set<String> removed = removed(basePolicies, policies);
            b.append("<h3>").append(Html.esc(v)).append("</h3>\n<p>").append(Html.esc(ReportPolicies.field(yaml, "description")))
                    .append("</p>\n");
            if (changed.isEmpty() && removed.isEmpty()) {
                b.append("<p class=\"note\">Its policies are the base's; it differs in other settings"
                        + " (its resolved scenario is in scenarios/).</p>\n");
            }
            tables |= !changed.isEmpty() || !removed.isEmpty();
            if (!changed.isEmpty()) {
                b.append(ReportPolicies.table(policies, folder.scenarioSummary(v), changed, basePolicies,
                        folder.base() == null ? null : folder.scenarioSummary(folder.base())));
            }
            if (!removed.isEmpty()) {
                // A removed policy is no longer in the variant's scenario: shown as the base has it.
                b.append("<p>Removes these policies of the base (outlay: the base's over the run):</p>\n");
                b.append(ReportPolicies.table(basePolicies, folder.scenarioSummary(folder.base()), removed));
            }
        }
        if (tables) {
            b.append(ReportPolicies.PAID_NOTE);
        }
        CsvRows costs = folder.costs();
        if (costs != null) {
            b.append("<h2>Cost-effectiveness</h2>\n");
            costTable(b, costs);
            if (!PolicyCharts.spending(costs).isEmpty()) {
                b.append(HtmlReport.svg(PolicyCharts.costEffectiveness(costs, footnote)));
            }
        }
        b.append("<h2>Effects on the headline metrics</h2>\n");
        b.append(ReportEffects.tables(folder.comparison(), folder.variants(), ownOutcomes(folder)));
        SummaryTable base = folder.base() == null ? null : folder.scenarioSummary(folder.base());
        List<String> known = folder.comparison().rows().stream().map(r -> r.get("metric")).distinct().toList();
        List<String> areas = chartAreas(folder);
        for (String area : areas) {
            b.append("<h2>Effects on the headline metrics, ").append(Html.esc(area)).append(", over the years</h2>\n");
            if (area.equals(areas.get(0))) {
                b.append("<p class=\"note\">Charts for the other provinces: <code>highland chart RESULTS</code>.</p>\n");
            }
            for (String metric : ChartPlan.headline(folder)) {
                if (!known.contains(metric)) {
                    continue;
                }
                if (base != null && !base.series(metric, area).isEmpty()) {
                    Map<String, SummaryTable> variants = new LinkedHashMap<>();
                    folder.variants().stream().filter(v -> folder.scenarioSummary(v) != null)
                            .forEach(v -> variants.put(v, folder.scenarioSummary(v)));
                    b.append(HtmlReport.svg(CompareCharts.variants(folder.base(), base, variants, metric, area, footnote)));
                }
                b.append(HtmlReport.svg(CompareCharts.difference(folder.comparison(), folder.variants(), metric, area,
                        footnote)));
            }
        }
    }

    /**
     * The provinces whose charts the report draws: those where a variant changes a policy (a
     * planner comparing a Shanghai policy sees Shanghai), in the base's order; {@link #COMPARE_AREA}
     * when the variants change policies everywhere or nowhere (or their scenarios are not at hand).
     */
    static List<String> chartAreas(ResultsFolder folder) throws IOException {
        Path baseYaml = folder.base() == null ? null : folder.dir().resolve("scenarios/" + ResultsFolder.safe(folder.base())
                + ".resolved.yaml");
        if (baseYaml == null || !Files.isRegularFile(baseYaml)) {
            return List.of(COMPARE_AREA);
        }
        Scenario base;
        Set<String> reached = new LinkedHashSet<>();
        try {
            base = Scenarios.load(baseYaml, List.of());
            for (String v : folder.variants()) {
                Path yaml = folder.dir().resolve("scenarios/" + ResultsFolder.safe(v) + ".resolved.yaml");
                if (Files.isRegularFile(yaml)) {
                    reached.addAll(VariantReach.provincesActedIn(base, Scenarios.load(yaml, List.of())));
                }
            }
        } catch (ScenarioException e) {
            // A folder written by another version may hold fields this one no longer reads.
            return List.of(COMPARE_AREA);
        }
        List<String> areas = base.regions().keySet().stream().filter(reached::contains).toList();
        return areas.isEmpty() || areas.size() == base.regions().size() ? List.of(COMPARE_AREA) : areas;
    }

    /**
     * Per variant, the metrics its instruments act on that the headline metrics leave out
     * ({@link OwnOutcomes}); none when the resolved scenarios are not at hand or not readable.
     */
    static Map<String, List<Metric>> ownOutcomes(ResultsFolder folder) {
        Map<String, List<Metric>> own = new LinkedHashMap<>();
        if (folder.base() == null) {
            return own;
        }
        Optional<Scenario> base = ResultsFolder.resolvedScenario(resolved(folder, folder.base()));
        if (base.isEmpty()) {
            return own;
        }
        for (String v : folder.variants()) {
            ResultsFolder.resolvedScenario(resolved(folder, v)).ifPresent(variant -> own.put(v,
                    OwnOutcomes.of(base.get(), variant)));
        }
        return own;
    }

    private static Path resolved(ResultsFolder folder, String scenario) {
        return folder.dir().resolve("scenarios/" + ResultsFolder.safe(scenario) + ".resolved.yaml");
    }

    /** The base's policies the variant no longer has, in the base's order. */
    private static Set<String> removed(JsonNode base, JsonNode variant) {
        Set<String> removed = new LinkedHashSet<>();
        if (base != null) {
            base.fieldNames().forEachRemaining(n -> {
                if (!variant.has(n)) {
                    removed.add(n);
                }
            });
        }
        return removed;
    }

    private static void costTable(StringBuilder b, CsvRows costs) {
        int year = PolicyCharts.horizon(costs);
        List<List<String>> rows = new ArrayList<>();
        for (Map<String, String> r : costs.rows()) {
            if (Integer.parseInt(r.get("year")) == year) {
                rows.add(List.of(r.get("variant"), r.get("region"),
                        interval(r, "extra_cumulative_outlay_million_yuan", "million_yuan"),
                        interval(r, "extra_cumulative_output_billion_yuan", "billion_yuan"),
                        interval(r, "extra_cumulative_innovative_drug_approvals", HtmlReport.COUNT),
                        interval(r, "extra_enterprises", HtmlReport.COUNT),
                        interval(r, "extra_biomedicine_provincial_talents", HtmlReport.COUNT),
                        interval(r, "innovative_drug_approvals_per_100m_yuan", "ratio")));
            }
        }
        b.append("<p>Differences from the base, mean [5-95 % over paired replications]: outlay, output and"
                + " approvals summed over the years to ").append(year).append(", enterprises and leading talents at the"
                + " end of ").append(year).append(". Approvals per 100 M yuan is blank in a province where the variant changes"
                + " no instrument that pays (its outlay there moved by spill-over) or where the extra outlay is noise (under"
                + " 0.1 % of the base's, or its 5-95 % range spans zero); where a variant spends less, it is what"
                + " each 100 M yuan saved lost.</p>\n");
        b.append(Html.table(List.of("variant", "region", "extra outlay, M yuan", "extra output, bn yuan",
                "extra innovative approvals", "extra enterprises", "extra leading talents", "approvals per 100 M yuan"),
                rows));
    }

    /** A mean with its 5-95 % range from {@code column}, {@code column_p05} and {@code column_p95}. */
    private static String interval(Map<String, String> r, String column, String unit) {
        double mean = CsvRows.number(r, column);
        if (Double.isNaN(mean)) {
            return "";
        }
        double lo = CsvRows.number(r, column + "_p05");
        double hi = CsvRows.number(r, column + "_p95");
        String num = HtmlReport.num(mean, unit);
        return Double.isNaN(lo) ? num : num + " [" + HtmlReport.num(lo, unit) + " – " + HtmlReport.num(hi, unit) + "]";
    }
}
