package org.highland.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.highland.experiment.SummaryRow;
import org.highland.report.chart.Labels;

/**
 * The report's policy table: each instrument of a resolved scenario, what it does (its type and
 * settings, in the scenario's own words) and what it cost (mean outlay summed over the run).
 */
final class ReportPolicies {
    /** Fields shown in their own columns, so left out of the settings cell. */
    private static final Set<String> OWN_COLUMNS = Set.of("type", "region", "startYear", "endYear",
            "annualBudgetMillion");

    private ReportPolicies() {
    }

    /** The scenario's {@code policies:} block, or an empty node. */
    static JsonNode policies(Path resolvedYaml) throws IOException {
        if (!Files.isRegularFile(resolvedYaml)) {
            return new YAMLMapper().createObjectNode();
        }
        return new YAMLMapper().readTree(resolvedYaml.toFile()).path("policies");
    }

    /** A string field of the resolved scenario (name, description), or empty. */
    static String field(Path resolvedYaml, String name) throws IOException {
        if (!Files.isRegularFile(resolvedYaml)) {
            return "";
        }
        return new YAMLMapper().readTree(resolvedYaml.toFile()).path(name).asText("");
    }

    static String table(JsonNode policies, SummaryTable summary, Set<String> only) {
        List<List<String>> rows = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = policies.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (only != null && !only.contains(e.getKey())) {
                continue;
            }
            JsonNode p = e.getValue();
            rows.add(List.of(Labels.instrument(e.getKey()), p.path("type").asText().replace('-', ' '),
                    p.path("region").asText(), p.path("startYear").asText() + "–" + p.path("endYear").asText(""),
                    p.has("annualBudgetMillion") ? Numbers.format(p.path("annualBudgetMillion").asDouble()) : "",
                    settings(p), summary == null ? "" : outlay(summary, e.getKey())));
        }
        if (rows.isEmpty()) {
            return "<p class=\"note\">No policy instruments.</p>\n";
        }
        return Html.table(List.of("instrument", "what it is", "region", "years", "budget, M yuan a year",
                "settings", summary == null ? "" : "outlay over the run, M yuan (mean)"), rows);
    }

    private static String settings(JsonNode p) {
        List<String> parts = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = p.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> f = it.next();
            if (OWN_COLUMNS.contains(f.getKey()) || (f.getValue().isArray() && f.getValue().isEmpty())) {
                continue;
            }
            String value = f.getValue().isArray() ? f.getValue().toString().replaceAll("[\\[\\]\"]", "")
                    : f.getValue().asText();
            parts.add(f.getKey() + ": " + value);
        }
        return String.join("; ", parts);
    }

    /** Mean outlay of the instrument summed over the run's years and the provinces. */
    private static String outlay(SummaryTable summary, String instrument) {
        String metric = Labels.OUTLAY_PREFIX + instrument;
        double total = 0;
        boolean any = false;
        for (SummaryRow r : summary.rows()) {
            if (r.metric().equals(metric) && !r.area().contains("/")) {
                total += r.mean();
                any = true;
            }
        }
        return any ? String.format(java.util.Locale.ROOT, "%,.0f", total) : "";
    }
}
