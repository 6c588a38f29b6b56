package org.highland.report;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.highland.experiment.SummaryRow;
import org.highland.policy.InstrumentNotes;
import org.highland.policy.PolicySpec;
import org.highland.report.chart.Labels;

/**
 * The report's policy table: each instrument of a resolved scenario, what it does (its type and
 * settings, in the scenario's own words) and what it cost (mean outlay summed over the run).
 */
final class ReportPolicies {
    /**
     * A tax expenditure's budget at or above this (1 trillion yuan a year, several times a
     * province's whole fiscal revenue) is the default that never binds, not a quota.
     */
    static final double UNCAPPED_MILLION = 1e6;
    /** Fields shown in their own columns, so left out of the settings cell. */
    private static final Set<String> OWN_COLUMNS = Set.of("type", "region", "startYear", "endYear",
            "annualBudgetMillion");
    /**
     * How a budget is spent: every instrument has the field, only one that spends a budget reads
     * it, so it is left out for the others ("budgetMode: STOP" beside a tax expenditure misleads).
     */
    private static final Set<String> SPENDING_FIELDS = Set.of("budgetMode");

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
            rows.add(List.of(Labels.instrument(e.getKey()), Labels.instrumentType(p.path("type").asText()),
                    p.path("region").asText(), p.path("startYear").asText() + "–" + p.path("endYear").asText(""),
                    budget(p), settings(p), summary == null ? "" : outlay(summary, e.getKey())));
        }
        if (rows.isEmpty()) {
            return "<p class=\"note\">No policy instruments.</p>\n";
        }
        return Html.table(List.of("instrument", "what it is", "region", "years", "budget, M yuan a year per region",
                "settings", summary == null ? "" : "outlay over the run, M yuan (mean, all regions)"), rows);
    }

    /**
     * The annual budget as a planner reads it: with thousands separators; "no budget (no outlay)"
     * for a regulation, whose budget field is unused; "no budget (tax expenditure)" for a tax
     * expenditure left at its too-large-to-bind default (printing 1000000000 would read as a
     * trillion-yuan budget), its quota when one is set.
     */
    static String budget(JsonNode policy) {
        if (!policy.has("annualBudgetMillion")) {
            return "";
        }
        InstrumentNotes.Budget kind = budgetKind(policy);
        if (kind == InstrumentNotes.Budget.NO_OUTLAY) {
            return "no budget (no outlay)";
        }
        double budget = policy.path("annualBudgetMillion").asDouble();
        if (kind == InstrumentNotes.Budget.TAX_EXPENDITURE && budget >= UNCAPPED_MILLION) {
            return "no budget (tax expenditure)";
        }
        return budget == Math.rint(budget) ? String.format(Locale.ROOT, "%,.0f", budget) : Numbers.format(budget);
    }

    /** Whether the instrument spends a budget, is a tax expenditure or costs nothing; null for an unknown type. */
    private static InstrumentNotes.Budget budgetKind(JsonNode policy) {
        InstrumentNotes.Note note = InstrumentNotes.of(typeClass(policy.path("type").asText()));
        return note == null ? null : note.budget();
    }

    /** The record class of a YAML {@code type:}, or null for an unknown one. */
    private static Class<?> typeClass(String type) {
        for (JsonSubTypes.Type t : PolicySpec.class.getAnnotation(JsonSubTypes.class).value()) {
            if (t.name().equals(type)) {
                return t.value();
            }
        }
        return null;
    }

    private static String settings(JsonNode p) {
        // An unknown type (not from this build) keeps every field: nothing says which it reads.
        InstrumentNotes.Budget kind = budgetKind(p);
        boolean spends = kind == null || kind == InstrumentNotes.Budget.SPENDS;
        List<String> parts = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = p.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> f = it.next();
            if (OWN_COLUMNS.contains(f.getKey()) || (f.getValue().isArray() && f.getValue().isEmpty())
                    || (!spends && SPENDING_FIELDS.contains(f.getKey()))) {
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
        return any ? String.format(Locale.ROOT, "%,.0f", total) : "";
    }
}
