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
import org.highland.experiment.io.Numbers;
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
        return table(policies, summary, only, null, null);
    }

    /**
     * As {@link #table(JsonNode, SummaryTable, Set)}, for a variant of {@code base}: each policy
     * is marked added, changed or replaced, and a changed one gives beside each value that differs
     * the base's (budget, years, settings, outlay), since the variant's values alone do not say
     * what the variant changes, and its whole outlay is not what the change costs.
     */
    static String table(JsonNode policies, SummaryTable summary, Set<String> only, JsonNode base,
            SummaryTable baseSummary) {
        List<List<String>> rows = new ArrayList<>();
        int[] years = summary == null ? null : runYears(summary);
        Iterator<Map.Entry<String, JsonNode>> it = policies.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (only != null && !only.contains(e.getKey())) {
                continue;
            }
            JsonNode p = e.getValue();
            JsonNode was = base == null ? null : base.get(e.getKey());
            boolean sameType = was != null && was.path("type").equals(p.path("type"));
            String name = Labels.instrument(e.getKey());
            if (base != null) {
                name += was == null ? " (added)" : sameType ? " (changed)" : " (replaces the base's "
                        + Labels.instrumentType(was.path("type").asText()) + ")";
            }
            JsonNode old = sameType ? was : null;
            String outlay = summary == null ? "" : outlay(summary, e.getKey());
            String paid = summary == null ? "" : paid(summary, e.getKey(), p);
            if (old != null && baseSummary != null) {
                outlay = withBase(outlay, outlay(baseSummary, e.getKey()));
                paid = withBase(paid, paid(baseSummary, e.getKey(), old));
            }
            List<String> row = new ArrayList<>(List.of(name, Labels.instrumentType(p.path("type").asText()),
                    withBase(p.path("region").asText(), old == null ? null : old.path("region").asText()),
                    withBase(years(p), old == null ? null : years(old)) + idle(p, years),
                    withBase(budget(p), old == null ? null : budget(old)), settings(p, old), outlay));
            if (summary != null) {
                row.add(paid);
            }
            rows.add(row);
        }
        if (rows.isEmpty()) {
            return "<p class=\"note\">No policy instruments.</p>\n";
        }
        List<String> header = new ArrayList<>(List.of("instrument", "what it is", "region", "years",
                "budget, M yuan a year per region", "settings",
                summary == null ? "" : "outlay over the run, M yuan (mean, all regions)"));
        if (summary != null) {
            header.add("claims paid (mean)");
        }
        return Html.table(header, rows);
    }

    /** What the column of claims paid says, once under the policy tables of a report. */
    static final String PAID_NOTE = "<p class=\"note\">Claims paid: the share of a policy's claims its budget"
            + " paid over its years in force in the run (policy_outlay / (policy_outlay + policy_shortfall) of the"
            + " policy, means over replications summed over those years), per province with claims. Below "
            + Math.round(100 * PolicyFunding.WARN_BELOW) + " % the budget binds and the policy acts well below its"
            + " stated rate (firms, for one, count on a grant only in the share its budget paid the year before); the"
            + " years named are those in which claims exceeded the budget in at least half of the replications, and"
            + " run, validate and compare warn about such a policy.</p>\n";

    /**
     * The share of the policy's claims paid per province with claims ({@link PolicyFunding}), the
     * province named when the policy acts in several, and the years its budget bound when it paid
     * below the threshold; empty when it had no claims (or the summary records no shortfall per policy).
     */
    private static String paid(SummaryTable summary, String instrument, JsonNode policy) {
        List<PolicyFunding.Share> shares = PolicyFunding.of(instrument, policy.path("startYear").asInt(Integer.MIN_VALUE),
                policy.path("endYear").asInt(Integer.MAX_VALUE), summary.rows());
        boolean several = shares.size() > 1 || policy.path("region").asText().equals("all");
        if (several && shares.stream().noneMatch(PolicyFunding.Share::binds)
                && shares.stream().map(sh -> PolicyFunding.percent(sh.paid())).distinct().count() == 1) {
            // A policy of every region that no budget bound: one figure, not four alike.
            return PolicyFunding.percent(shares.get(0).paid()) + " in " + (shares.size() == 1 ? shares.get(0).region()
                    : "each of " + shares.size() + " provinces");
        }
        List<String> parts = new ArrayList<>();
        for (PolicyFunding.Share share : shares) {
            String part = (several ? share.region() + " " : "") + PolicyFunding.percent(share.paid());
            if (share.binds() && !share.boundYears().isEmpty()) {
                part += ", budget bound " + share.whenBound("–");
            }
            parts.add(part);
        }
        return String.join("; ", parts);
    }

    /** A value, and the base's in brackets when it differs. */
    private static String withBase(String value, String base) {
        return base == null || base.equals(value) ? value : value + " (base: " + base + ")";
    }

    private static String years(JsonNode p) {
        return p.path("startYear").asText() + "–" + p.path("endYear").asText("");
    }

    /**
     * A note when {@code run} (first and last simulated year) is known and the policy is in force
     * only outside it: a run cut short before a policy starts shows no outlay for it, which its
     * years alone would present as the policy's cost.
     */
    private static String idle(JsonNode p, int[] run) {
        if (run != null && (p.path("startYear").asInt() > run[1] || p.path("endYear").asInt() < run[0])) {
            return " (not in force in the run, " + run[0] + "–" + run[1] + ")";
        }
        return "";
    }

    /** The first and last year of the run's summary, or null when it has none. */
    private static int[] runYears(SummaryTable summary) {
        if (summary.rows().isEmpty()) {
            return null;
        }
        return new int[] {summary.rows().stream().mapToInt(SummaryRow::year).min().getAsInt(),
            summary.rows().stream().mapToInt(SummaryRow::year).max().getAsInt()};
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

    /** The settings cell; with {@code base} (the base's same policy), each differing value gives the base's. */
    private static String settings(JsonNode p, JsonNode base) {
        // An unknown type (not from this build) keeps every field: nothing says which it reads.
        InstrumentNotes.Budget kind = budgetKind(p);
        boolean spends = kind == null || kind == InstrumentNotes.Budget.SPENDS;
        List<String> parts = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = p.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> f = it.next();
            JsonNode was = base == null ? null : base.get(f.getKey());
            // An empty list is left out, unless it empties the base's list.
            boolean emptied = was != null && was.isArray() && !was.isEmpty();
            if (OWN_COLUMNS.contains(f.getKey()) || (f.getValue().isArray() && f.getValue().isEmpty() && !emptied)
                    || (!spends && SPENDING_FIELDS.contains(f.getKey()))) {
                continue;
            }
            String value = text(f.getValue());
            parts.add(f.getKey() + ": " + (base == null ? value : withBase(value, was == null ? "" : text(was))));
        }
        return String.join("; ", parts);
    }

    private static String text(JsonNode value) {
        if (value.isArray()) {
            return value.isEmpty() ? "[]" : value.toString().replaceAll("[\\[\\]\"]", "");
        }
        // A number as the scenario would write it: 40, not the resolved tree's 40.0.
        return value.isNumber() ? Numbers.format(value.asDouble()) : value.asText();
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
